//! Vaccination: the desk, dose records, adverse events and corrections, citizens' requests, reminders of due doses.

pub mod aefi;
pub mod corrections;
pub mod desk;
pub mod doses;
pub mod error;
pub mod reminders;
pub mod requests;

pub use error::VaccinationError;
