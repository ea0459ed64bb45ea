//! Schema migrations.
//!
//! Three migrators: [`PlatformMigrator`] for schema `platform`, [`TenantMigrator`] for every `tenant_<code>`
//! schema, and [`ClusterMigrator`] for schema `platform` of a cluster other than the platform's. Each schema keeps its own `seaql_migrations` bookkeeping table, because every migration runs in a
//! transaction whose search path names that schema alone. [`runner`] applies them: one schema at a time
//! under a per-schema advisory lock, or every tenant with bounded parallelism.

mod cluster;
mod platform;
pub mod runner;
mod sql_migration;
mod tenant;

pub use cluster::ClusterMigrator;
pub use platform::PlatformMigrator;
pub use runner::{
    MigrationReport, SchemaOutcome, migrate_all_tenants, migrate_cluster, migrate_platform, migrate_tenant_in, pending_cluster_migrations,
    pending_migrations,
};
pub use tenant::{TenantMigrator, tenant_up_sql};
