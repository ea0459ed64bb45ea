//! Why an NHA use case (administrators, tenants, onboarding, offboarding) refused.

use cowin_core::{ErrorCode, MessageArg};
use cowin_licence::LicenceRefusal;
use sea_orm::DbErr;

use crate::failure::{Failure, database_code, parameter};
use crate::passwords::PasswordError;
use crate::rate_limits::Limited;
use crate::tokens::TokenError;

/// An NHA use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum PlatformError {
    /// Unknown e-mail, wrong password or disabled administrator (not told apart).
    #[error("sign-in failed")]
    LoginFailed,
    /// Too many attempts.
    #[error(transparent)]
    Limited(#[from] Limited),
    /// A field is missing or malformed (named).
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// No such tenant.
    #[error("no such tenant")]
    TenantNotFound,
    /// The tenant configuration (a zipped folder, or a folder) is not valid.
    #[error("tenant configuration not valid: {0}")]
    InvalidConfig(String),
    /// The licence the configuration comes with is refused by the guard.
    #[error("licence refused: {code}: {0}", code = .0.code().as_str())]
    Licence(LicenceRefusal),
    /// A destructive action was not confirmed by repeating the tenant's code.
    #[error("confirmation does not repeat {0}")]
    ConfirmationMismatch(String),
    /// The offboarding archive or the object store failed.
    #[error("offboarding: {0}")]
    Offboarding(String),
    /// The tenant is on this database cluster, not the platform's; it must be moved back before an archive.
    #[error("the tenant is on database cluster {0}: move it to cluster main first (`cowin tenant move XX --to main`)")]
    OnOtherCluster(String),
    /// Password hashing failed or stayed busy.
    #[error(transparent)]
    Password(#[from] PasswordError),
    /// A token could not be signed.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// Something else of ours failed (the cause is logged).
    #[error("{0}")]
    Fault(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for PlatformError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::LoginFailed => ErrorCode::StaffLoginFailed,
            Self::Limited(limited) => limited.code(),
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::TenantNotFound => ErrorCode::TenantNotFound,
            Self::InvalidConfig(_) => ErrorCode::TenantConfigInvalid,
            Self::Licence(refusal) => refusal.code(),
            Self::ConfirmationMismatch(_) => ErrorCode::ConfirmationMismatch,
            Self::OnOtherCluster(_) => ErrorCode::TenantOnOtherCluster,
            Self::Password(error) => error.code(),
            Self::Offboarding(_) | Self::Token(_) | Self::Fault(_) => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Limited(limited) => limited.arguments(),
            Self::InvalidField(field) => parameter(field),
            Self::InvalidConfig(reason) => vec![("reason", MessageArg::Text(reason.clone()))],
            Self::ConfirmationMismatch(code) => vec![("code", MessageArg::Text(code.clone()))],
            Self::OnOtherCluster(cluster) => vec![("cluster", MessageArg::Text(cluster.clone()))],
            _ => Vec::new(),
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            Self::Limited(limited) => limited.retry_after(),
            _ => None,
        }
    }
}

impl From<cowin_store::tenants::TenantAdminError> for PlatformError {
    fn from(error: cowin_store::tenants::TenantAdminError) -> Self {
        match error {
            cowin_store::tenants::TenantAdminError::NotFound(_) => Self::TenantNotFound,
            cowin_store::tenants::TenantAdminError::Database(error) => Self::Database(error),
            other => Self::Fault(other.to_string()),
        }
    }
}
