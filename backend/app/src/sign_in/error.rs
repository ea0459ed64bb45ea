//! Why a citizen's sign-in (or e-mail change) refused.

use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

use crate::failure::{Failure, database_code, parameter};
use crate::rate_limits::Limited;
use crate::tokens::TokenError;

/// A sign-in use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum SignInError {
    /// The mobile number does not match the tenant's format.
    #[error("invalid mobile number")]
    InvalidMobile,
    /// The e-mail address is missing or not one mail can be sent to.
    #[error("invalid e-mail address")]
    InvalidEmail,
    /// Too many OTPs for this mobile or from this client, or too many confirmations of one.
    #[error(transparent)]
    Limited(#[from] Limited),
    /// The OTP could not be sent.
    #[error("OTP delivery failed: {0}")]
    Delivery(String),
    /// The OTP transaction is unknown, expired, used, or not the caller's.
    #[error("OTP transaction expired or unknown")]
    Expired,
    /// A wrong OTP.
    #[error("wrong OTP")]
    Invalid,
    /// Too many wrong OTPs: the transaction is closed.
    #[error("too many wrong OTPs")]
    AttemptsExceeded,
    /// The signed-in account no longer exists.
    #[error("unknown account")]
    UnknownAccount,
    /// A stored address could not be opened.
    #[error("sealed contact: {0}")]
    Sealed(String),
    /// A token could not be signed.
    #[error(transparent)]
    Token(#[from] TokenError),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for SignInError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidMobile => ErrorCode::InvalidMobile,
            Self::InvalidEmail => ErrorCode::InvalidParameter,
            Self::Limited(limited) => limited.code(),
            Self::Delivery(_) => ErrorCode::OtpDeliveryFailed,
            Self::Expired => ErrorCode::OtpExpired,
            Self::Invalid => ErrorCode::OtpInvalid,
            Self::AttemptsExceeded => ErrorCode::OtpAttemptsExceeded,
            Self::UnknownAccount => ErrorCode::Unauthenticated,
            Self::Sealed(_) | Self::Token(_) => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidEmail => parameter("email"),
            Self::Limited(limited) => limited.arguments(),
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
