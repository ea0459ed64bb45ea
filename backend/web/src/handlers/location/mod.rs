//! CoWIN v2 location metadata: `/v2/admin/location/...`.

pub(crate) mod districts;
pub(crate) mod states;

/// How long clients may cache location lists, in hours (as CoWIN's `ttl`).
const LOCATION_TTL_HOURS: u32 = 24;
