//! The day's work at a facility: the desk's view of appointments and beneficiaries, and dose records.

pub mod aefi;
pub mod certification;
pub mod corrections;
pub mod desk;
pub mod dose_group;
pub mod doses;
pub mod group_writer;
pub mod past_doses;
pub mod reminders;
