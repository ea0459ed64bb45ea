//! Persistence for CoWIN Global.
//!
//! Platform data lives in schema `platform`; each country's data in its own schema. Tenant data is only
//! reachable through a [`TenantTxn`], which pins the transaction's search path to that tenant's schema; platform
//! data only through the helpers of [`platform_txn`], on a [`PlatformTxn`] or another [`PlatformConnection`].

pub mod apply;
pub mod audit;
pub mod certificates;
pub mod citizens;
pub mod clusters;
pub mod database;
pub mod entities;
pub mod gauges;
pub mod licences;
pub mod objects;
pub mod operations;
pub mod outbox;
pub mod platform;
pub mod platform_txn;
pub mod reference;
pub mod reports;
pub mod row_ids;
pub mod signing_keys;
pub mod staff;
mod statements;
pub mod tenant_changes;
pub mod tenant_txn;
pub mod tenants;
pub mod vaccination;

pub use clusters::Databases;
pub use database::{DatabaseOptions, connect, connect_lazily, is_unavailable, is_unstorable_text};
pub use platform_txn::{PlatformConnection, PlatformTxn};
pub use sea_orm::{DatabaseConnection, DbErr};
pub use tenant_txn::TenantTxn;
