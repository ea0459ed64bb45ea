//! sea-orm entities. Platform entities name schema `platform`; tenant entities name no schema, so they
//! resolve to whichever tenant schema the [`crate::TenantTxn`] pinned.

pub mod platform;
pub mod tenant;
