//! Migrations of every tenant schema (`tenant_<code>`).

use sea_orm_migration::prelude::*;

use crate::sql_migration::SqlMigration;

const TENANT_BASE_SQL: &str = include_str!("m0001_tenant_base.up.sql");

/// Migrates one tenant schema; the caller's transaction sets the search path to it.
#[derive(Debug)]
pub struct TenantMigrator;

/// Every tenant migration, oldest first: name, up SQL, down SQL. Append only.
const MIGRATIONS: [(&str, &str, &str); 14] = [
    ("m0001_tenant_base", TENANT_BASE_SQL, include_str!("m0001_tenant_base.down.sql")),
    (
        "m0002_citizens",
        include_str!("m0002_citizens.up.sql"),
        include_str!("m0002_citizens.down.sql"),
    ),
    (
        "m0003_staff",
        include_str!("m0003_staff.up.sql"),
        include_str!("m0003_staff.down.sql"),
    ),
    (
        "m0004_vaccination",
        include_str!("m0004_vaccination.up.sql"),
        include_str!("m0004_vaccination.down.sql"),
    ),
    (
        "m0005_staff_facilities",
        include_str!("m0005_staff_facilities.up.sql"),
        include_str!("m0005_staff_facilities.down.sql"),
    ),
    (
        "m0006_aefi_corrections",
        include_str!("m0006_aefi_corrections.up.sql"),
        include_str!("m0006_aefi_corrections.down.sql"),
    ),
    (
        "m0007_reference_text",
        include_str!("m0007_reference_text.up.sql"),
        include_str!("m0007_reference_text.down.sql"),
    ),
    (
        "m0008_certificates",
        include_str!("m0008_certificates.up.sql"),
        include_str!("m0008_certificates.down.sql"),
    ),
    (
        "m0009_certificate_rows",
        include_str!("m0009_certificate_rows.up.sql"),
        include_str!("m0009_certificate_rows.down.sql"),
    ),
    (
        "m0010_hardening",
        include_str!("m0010_hardening.up.sql"),
        include_str!("m0010_hardening.down.sql"),
    ),
    (
        "m0011_dose_tallies",
        include_str!("m0011_dose_tallies.up.sql"),
        include_str!("m0011_dose_tallies.down.sql"),
    ),
    (
        "m0012_citizen_requests",
        include_str!("m0012_citizen_requests.up.sql"),
        include_str!("m0012_citizen_requests.down.sql"),
    ),
    (
        "m0013_dose_reminders",
        include_str!("m0013_dose_reminders.up.sql"),
        include_str!("m0013_dose_reminders.down.sql"),
    ),
    (
        "m0014_travel_passports",
        include_str!("m0014_travel_passports.up.sql"),
        include_str!("m0014_travel_passports.down.sql"),
    ),
];

/// Every tenant migration's up SQL, in order, so the onboarding benchmark can time PostgreSQL running the
/// same DDL without the migrator around it.
pub fn tenant_up_sql() -> impl Iterator<Item = &'static str> {
    MIGRATIONS.iter().map(|&(_, up, _)| up)
}

impl MigratorTrait for TenantMigrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        MIGRATIONS
            .iter()
            .map(|&(name, up, down)| Box::new(SqlMigration { name, up, down }) as Box<dyn MigrationTrait>)
            .collect()
    }
}
