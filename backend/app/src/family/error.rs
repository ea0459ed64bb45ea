//! Why a family use case (registering, listing, deleting beneficiaries) refused.

use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

use crate::failure::{Failure, database_code, parameter};

/// A family use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum FamilyError {
    /// A field is missing or malformed (named).
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// The document number does not match its type's format (the type's name, in the caller's language).
    #[error("invalid identity document number")]
    InvalidDocument(String),
    /// The document is registered already in this tenant.
    #[error("document already registered")]
    DocumentRegistered,
    /// The account has the tenant's maximum of members.
    #[error("member limit {0} reached")]
    MemberLimit(i64),
    /// No such beneficiary on this account.
    #[error("no such beneficiary")]
    NotFound,
    /// A vaccinated beneficiary cannot be deleted.
    #[error("beneficiary vaccinated")]
    Vaccinated,
    /// No free reference after several random tries (all but impossible).
    #[error("no free beneficiary reference")]
    NoReference,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for FamilyError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::InvalidDocument(_) => ErrorCode::InvalidIdDocument,
            Self::DocumentRegistered => ErrorCode::IdDocumentRegistered,
            Self::MemberLimit(_) => ErrorCode::MemberLimitReached,
            Self::NotFound => ErrorCode::BeneficiaryNotFound,
            Self::Vaccinated => ErrorCode::BeneficiaryVaccinated,
            Self::NoReference => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidField(field) => parameter(field),
            Self::InvalidDocument(document) => vec![("document", MessageArg::Text(document.clone()))],
            Self::MemberLimit(limit) => vec![("limit", MessageArg::Number(u64::try_from(*limit).unwrap_or(0)))],
            _ => Vec::new(),
        }
    }
}
