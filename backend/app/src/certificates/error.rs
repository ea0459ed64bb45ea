//! Why a certificate could not be read, completed, rendered or delivered.

use cowin_core::ErrorCode;
use sea_orm::DbErr;

use crate::failure::{Failure, database_code};

/// A certificate use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum CertificateError {
    /// No such beneficiary on the caller's account.
    #[error("no such beneficiary on this account")]
    BeneficiaryNotFound,
    /// The beneficiary has no valid certificate.
    #[error("no valid certificate")]
    NotFound,
    /// A passport number added for travel is not one.
    #[error("not a passport number")]
    InvalidPassport,
    /// The country's keys could not be read.
    #[error("signing keys: {0}")]
    Keys(String),
    /// A stored certificate could not be opened, or a new one sealed.
    #[error("sealing: {0}")]
    Sealing(String),
    /// A format could not be signed.
    #[error("signing: {0}")]
    Signing(String),
    /// The PDF could not be rendered.
    #[error("rendering: {0}")]
    Rendering(String),
    /// The object store failed.
    #[error("{0}")]
    Objects(#[from] cowin_store::objects::ObjectError),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for CertificateError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::BeneficiaryNotFound => ErrorCode::BeneficiaryNotFound,
            Self::NotFound => ErrorCode::CertificateNotFound,
            Self::InvalidPassport => ErrorCode::InvalidPassport,
            Self::Keys(_) | Self::Sealing(_) | Self::Signing(_) | Self::Rendering(_) => ErrorCode::Internal,
            // An object store out of reach is a dependency away for now, like the database.
            Self::Objects(_) => ErrorCode::Unavailable,
            Self::Database(error) => database_code(error),
        }
    }
}
