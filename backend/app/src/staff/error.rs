//! Why a staff account use case refused.

use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

use crate::failure::{Failure, database_code, parameter};
use crate::passwords::PasswordError;
use crate::rate_limits::Limited;
use crate::tokens::TokenError;

/// Shortest password a staff member may choose.
pub const MIN_PASSWORD_LENGTH: usize = 12;

/// A staff account use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    /// Unknown e-mail, wrong password or disabled account (deliberately not told apart).
    #[error("sign-in failed")]
    LoginFailed,
    /// Too many attempts from this client or on this account.
    #[error(transparent)]
    Limited(#[from] Limited),
    /// The invitation is unknown, used or expired.
    #[error("invitation not valid")]
    InvitationInvalid,
    /// The chosen password is shorter than [`MIN_PASSWORD_LENGTH`].
    #[error("password too short")]
    WeakPassword,
    /// Someone with this e-mail is staff of the tenant already.
    #[error("e-mail already registered")]
    EmailRegistered,
    /// No such staff member in this tenant.
    #[error("no such staff member")]
    NotFound,
    /// A field of an invitation does not fit the tenant or the role.
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// The invitation e-mail could not be sent (nothing was created).
    #[error("invitation e-mail: {0}")]
    Mail(String),
    /// Password hashing failed or stayed busy.
    #[error(transparent)]
    Password(#[from] PasswordError),
    /// A token could not be signed.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for StaffError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::LoginFailed => ErrorCode::StaffLoginFailed,
            Self::Limited(limited) => limited.code(),
            Self::InvitationInvalid => ErrorCode::InvitationInvalid,
            Self::WeakPassword => ErrorCode::WeakPassword,
            Self::EmailRegistered => ErrorCode::StaffEmailRegistered,
            Self::NotFound => ErrorCode::StaffNotFound,
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::Mail(_) => ErrorCode::MailDeliveryFailed,
            Self::Password(error) => error.code(),
            Self::Token(_) => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Limited(limited) => limited.arguments(),
            Self::WeakPassword => vec![("length", MessageArg::Number(MIN_PASSWORD_LENGTH as u64))],
            Self::InvalidField(field) => parameter(field),
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
