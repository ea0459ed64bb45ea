//! Migrations of schema `platform`: tenants, their hostnames and config versions, the audit log, licences,
//! signing keys and usage, NHA's administrators, tenants' secrets.

use sea_orm_migration::prelude::*;

use crate::sql_migration::SqlMigration;

/// Migrates schema `platform`.
#[derive(Debug)]
pub struct PlatformMigrator;

impl MigratorTrait for PlatformMigrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(SqlMigration {
                name: "m0001_platform_base",
                up: include_str!("m0001_platform_base.up.sql"),
                down: include_str!("m0001_platform_base.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0002_licences",
                up: include_str!("m0002_licences.up.sql"),
                down: include_str!("m0002_licences.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0003_signing_keys",
                up: include_str!("m0003_signing_keys.up.sql"),
                down: include_str!("m0003_signing_keys.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0004_nha_users",
                up: include_str!("m0004_nha_users.up.sql"),
                down: include_str!("m0004_nha_users.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0005_tenant_secrets",
                up: include_str!("m0005_tenant_secrets.up.sql"),
                down: include_str!("m0005_tenant_secrets.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0006_tenant_notify",
                up: include_str!("m0006_tenant_notify.up.sql"),
                down: include_str!("m0006_tenant_notify.down.sql"),
            }),
            Box::new(SqlMigration {
                name: "m0007_clusters",
                up: include_str!("m0007_clusters.up.sql"),
                down: include_str!("m0007_clusters.down.sql"),
            }),
        ]
    }
}
