//! Migrations of schema `platform` on a cluster other than the platform's: the tables a tenant transaction writes
//! beside its tenant's schema (usage counters, an audit spool), and nothing of the platform's own.

use sea_orm_migration::prelude::*;

use crate::sql_migration::SqlMigration;

/// Migrates schema `platform` of another cluster.
#[derive(Debug)]
pub struct ClusterMigrator;

impl MigratorTrait for ClusterMigrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![Box::new(SqlMigration {
            name: "m0001_cluster_spool",
            up: include_str!("m0001_cluster_spool.up.sql"),
            down: include_str!("m0001_cluster_spool.down.sql"),
        })]
    }
}
