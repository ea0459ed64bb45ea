//! Why a facility or session change refused.

use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

use crate::failure::{Failure, database_code, parameter};

/// A facility or session use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum OperationsError {
    /// A field is missing or malformed (named).
    #[error("invalid {0}")]
    InvalidField(String),
    /// The caller does not run the facility's district (or does not work there).
    #[error("not in the caller's scope")]
    Forbidden,
    /// No such facility (or it is closed).
    #[error("no such facility")]
    FacilityNotFound,
    /// The facility is defined in tenant.toml: change it there.
    #[error("facility managed by the configuration")]
    ManagedByConfig,
    /// The facility already has a session of this vaccine that day.
    #[error("session exists")]
    SessionExists,
    /// No such session.
    #[error("no such session")]
    SessionNotFound,
    /// Capacity below the places already booked.
    #[error("capacity below booked")]
    BelowBooked,
    /// People are booked: the day, the age band and booked slots stay as they are.
    #[error("the session has bookings")]
    SessionHasBookings,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for OperationsError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::Forbidden => ErrorCode::Forbidden,
            Self::FacilityNotFound => ErrorCode::FacilityNotFound,
            Self::ManagedByConfig => ErrorCode::FacilityManagedByConfig,
            Self::SessionExists => ErrorCode::SessionExists,
            Self::SessionNotFound => ErrorCode::SessionNotFound,
            Self::BelowBooked => ErrorCode::CapacityBelowBooked,
            Self::SessionHasBookings => ErrorCode::SessionHasBookings,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidField(field) => parameter(field),
            _ => Vec::new(),
        }
    }
}
