//! CoWIN v2 registration metadata and centre search by location.

pub(crate) mod centres_near;
pub(crate) mod genders;
pub(crate) mod id_types;
