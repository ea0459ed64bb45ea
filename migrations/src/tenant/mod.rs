//! Migrations of every tenant schema (`tenant_<code>`).

use sea_orm_migration::prelude::*;

use crate::sql_migration::SqlMigration;

/// The first tenant migration's SQL, exposed so the onboarding benchmark can time PostgreSQL running the
/// same DDL without the migrator around it.
pub const TENANT_BASE_SQL: &str = include_str!("m0001_tenant_base.up.sql");

/// Migrates one tenant schema; the caller's transaction sets the search path to it.
#[derive(Debug)]
pub struct TenantMigrator;

impl MigratorTrait for TenantMigrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(SqlMigration {
                name: "m0001_tenant_base",
                up: TENANT_BASE_SQL,
                down: include_str!("m0001_tenant_base.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0002_citizens",
                up: include_str!("m0002_citizens.up.sql"),
                down: include_str!("m0002_citizens.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0003_staff",
                up: include_str!("m0003_staff.up.sql"),
                down: include_str!("m0003_staff.down.sql"),
            }),
        ]
    }
}
