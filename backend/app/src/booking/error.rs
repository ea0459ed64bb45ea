//! Why a booking use case refused.

use cowin_core::eligibility::Refusal;
use cowin_core::{ErrorCode, MessageArg};
use sea_orm::DbErr;

use crate::failure::{Failure, database_code, parameter};

/// A booking use case's refusal or fault.
#[derive(Debug, thiserror::Error)]
pub enum BookingError {
    /// A field is missing or malformed (named).
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// No such session.
    #[error("no such session")]
    SessionNotFound,
    /// The session's day has passed.
    #[error("session closed")]
    SessionClosed,
    /// The slot is not one of the session's.
    #[error("slot not offered")]
    SlotNotOffered,
    /// No such beneficiary on this account.
    #[error("no such beneficiary")]
    BeneficiaryNotFound,
    /// The booking rules refuse this dose at this session.
    #[error("not eligible: {0:?}")]
    NotEligible(Refusal),
    /// No capacity left.
    #[error("no capacity")]
    NoCapacity,
    /// An appointment for this dose exists already.
    #[error("already booked")]
    AlreadyBooked,
    /// No such appointment on this account.
    #[error("no such appointment")]
    AppointmentNotFound,
    /// The appointment was completed.
    #[error("appointment completed")]
    AppointmentCompleted,
    /// Stored data does not read back (a fault).
    #[error("stored data: {0}")]
    Stored(String),
    /// The slip could not be rendered.
    #[error("rendering: {0}")]
    Rendering(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for BookingError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::SessionNotFound => ErrorCode::SessionNotFound,
            Self::SessionClosed => ErrorCode::SessionClosed,
            Self::SlotNotOffered => ErrorCode::SlotNotOffered,
            Self::BeneficiaryNotFound => ErrorCode::BeneficiaryNotFound,
            Self::NotEligible(refusal) => refusal_code(refusal),
            Self::NoCapacity => ErrorCode::NoCapacity,
            Self::AlreadyBooked => ErrorCode::AlreadyBooked,
            Self::AppointmentNotFound => ErrorCode::AppointmentNotFound,
            Self::AppointmentCompleted => ErrorCode::AppointmentCompleted,
            Self::Stored(_) | Self::Rendering(_) => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidField(field) => parameter(field),
            Self::NotEligible(refusal) => refusal_arguments(refusal),
            _ => Vec::new(),
        }
    }
}

/// The code of an eligibility refusal (the same at booking and at the desk).
pub fn refusal_code(refusal: &Refusal) -> ErrorCode {
    match refusal {
        Refusal::AgeNotEligible => ErrorCode::AgeNotEligible,
        Refusal::DoseOutOfOrder | Refusal::VaccineNotInForce => ErrorCode::DoseOutOfOrder,
        Refusal::TooEarly { .. } => ErrorCode::DoseTooEarly,
        Refusal::VaccineMismatch { .. } => ErrorCode::VaccineMismatch,
    }
}

/// The values an eligibility refusal's message names: the first allowed day, the vaccine required.
pub fn refusal_arguments(refusal: &Refusal) -> Vec<(&'static str, MessageArg)> {
    match refusal {
        Refusal::TooEarly { from } => vec![("date", MessageArg::Date(*from))],
        Refusal::VaccineMismatch { required } => vec![("vaccine", MessageArg::Text(required.as_str().to_owned()))],
        Refusal::AgeNotEligible | Refusal::DoseOutOfOrder | Refusal::VaccineNotInForce => Vec::new(),
    }
}
