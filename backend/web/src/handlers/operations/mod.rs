//! Facilities and sessions run by staff.

pub(crate) mod facilities;
mod facility_body;
pub(crate) mod sessions;
