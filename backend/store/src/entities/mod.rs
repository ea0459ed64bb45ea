//! sea-orm entities of the tenant schemas. They name no schema, so they resolve to whichever tenant schema the
//! [`crate::TenantTxn`] pinned. Platform tables have none: they are reached through [`crate::platform_txn`].

pub mod tenant;
