//! Schema migrations.
//!
//! Two migrators: [`PlatformMigrator`] for schema `platform` and [`TenantMigrator`] for every `tenant_<code>`
//! schema. Each schema keeps its own `seaql_migrations` bookkeeping table, because every migration runs in a
//! transaction whose search path names that schema alone. [`runner`] applies them: one schema at a time
//! under a per-schema advisory lock, or every tenant with bounded parallelism.

mod platform;
pub mod runner;
mod sql_migration;
mod tenant;

pub use platform::PlatformMigrator;
pub use runner::{MigrationReport, SchemaOutcome, migrate_all_tenants, migrate_platform, migrate_tenant_in, pending_migrations};
pub use tenant::{TenantMigrator, tenant_up_sql};
