//! CoWIN v2 beneficiaries of the signed-in account.

pub(crate) mod delete;
pub(crate) mod list;
pub(crate) mod register;
pub(crate) mod registration;
