//! The vaccinator's desk: the day's appointments, identifying beneficiaries, walk-ins, recording doses.

pub(crate) mod appointments;
pub(crate) mod bulk_doses;
mod dose_body;
pub(crate) mod record_dose;
pub(crate) mod verify;
pub(crate) mod walk_in;
