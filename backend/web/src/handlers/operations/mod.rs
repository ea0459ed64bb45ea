//! Facilities and sessions run by staff.

pub(crate) mod facilities;
mod facility_body;
pub(crate) mod facility_import;
pub(crate) mod facility_list;
pub(crate) mod session_list;
pub(crate) mod sessions;
