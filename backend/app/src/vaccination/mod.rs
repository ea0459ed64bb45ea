//! Vaccination: the desk, dose records, adverse events and corrections.

pub mod aefi;
pub mod corrections;
pub mod desk;
pub mod doses;
pub mod error;
pub mod requests;

pub use error::VaccinationError;
