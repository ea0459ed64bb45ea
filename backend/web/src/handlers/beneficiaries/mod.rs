//! CoWIN v2 beneficiaries: register, list, delete.

pub(crate) mod body;
pub(crate) mod delete;
pub(crate) mod list;
pub(crate) mod register;
