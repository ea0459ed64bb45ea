//! CoWIN v2 appointments: schedule, reschedule, cancel.

pub(crate) mod cancel;
mod checks;
pub(crate) mod reschedule;
pub(crate) mod schedule;
pub(crate) mod slip;
