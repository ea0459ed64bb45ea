//! Corrections by tenant admins, with the old values kept in an append-only trail.

pub(crate) mod beneficiary;
pub(crate) mod dose;
pub(crate) mod trail;
