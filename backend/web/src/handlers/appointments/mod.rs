//! CoWIN v2 appointments: schedule, reschedule, cancel, and the slip.

pub(crate) mod cancel;
pub(crate) mod reschedule;
pub(crate) mod schedule;
pub(crate) mod slip;
