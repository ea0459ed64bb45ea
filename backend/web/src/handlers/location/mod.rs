//! CoWIN v2 location metadata: `/v2/admin/location/...`.

pub(crate) mod districts;
pub(crate) mod states;
