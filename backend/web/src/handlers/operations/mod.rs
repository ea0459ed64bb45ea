//! Facilities and sessions run by staff.

pub(crate) mod facilities;
pub(crate) mod sessions;
