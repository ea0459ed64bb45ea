//! Why a vaccination use case (the desk, dose records, adverse events, corrections) refused.

use cowin_core::dose_judgement::DoseRefusal;
use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

use crate::booking::error::{refusal_arguments, refusal_code};
use crate::certificates::CertificateError;
use crate::failure::{Failure, database_code, parameter};
use crate::family::FamilyError;

/// A vaccination use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum VaccinationError {
    /// A field is missing or malformed (named).
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// The caller does not work at the facility (or it does not exist: refused alike, so ids cannot be probed).
    #[error("not in the caller's scope")]
    Forbidden,
    /// The mobile number does not match the tenant's format.
    #[error("invalid mobile number")]
    InvalidMobile,
    /// The security code or document does not identify a beneficiary booked here.
    #[error("verification failed")]
    VerificationFailed,
    /// No such record (dose, report).
    #[error("not found")]
    NotFound,
    /// No such beneficiary.
    #[error("no such beneficiary")]
    BeneficiaryNotFound,
    /// A citizen's request was already decided.
    #[error("request already decided")]
    RequestDecided,
    /// The dose writer refused the record.
    #[error("dose refused: {0:?}")]
    Dose(DoseRefusal),
    /// Registering a walk-in failed.
    #[error(transparent)]
    Family(#[from] FamilyError),
    /// Reissuing certificates failed.
    #[error(transparent)]
    Certificate(#[from] CertificateError),
    /// Stored data does not read back (a fault).
    #[error("stored data: {0}")]
    Stored(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for VaccinationError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::Forbidden | Self::Dose(DoseRefusal::Forbidden) => ErrorCode::Forbidden,
            Self::InvalidMobile => ErrorCode::InvalidMobile,
            Self::VerificationFailed => ErrorCode::VerificationFailed,
            Self::NotFound => ErrorCode::NotFound,
            Self::BeneficiaryNotFound | Self::Dose(DoseRefusal::BeneficiaryNotFound) => ErrorCode::BeneficiaryNotFound,
            Self::Dose(DoseRefusal::KeyReused) => ErrorCode::IdempotencyKeyReused,
            Self::Dose(DoseRefusal::AlreadyRecorded) => ErrorCode::DoseAlreadyRecorded,
            Self::Dose(DoseRefusal::Rule(refusal)) => refusal_code(refusal),
            Self::RequestDecided => ErrorCode::RequestDecided,
            Self::Family(error) => error.code(),
            Self::Certificate(error) => error.code(),
            Self::Stored(_) => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidField(field) => parameter(field),
            Self::Dose(DoseRefusal::Rule(refusal)) => refusal_arguments(refusal),
            Self::Family(error) => error.arguments(),
            _ => Vec::new(),
        }
    }
}
