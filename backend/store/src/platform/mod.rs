//! NHA's administration of the platform: its own users, every tenant's usage, offboarding and restoring, the audit log read, tenants' secrets.

/// A failure reading or writing a tenant's zip archive (offboarding, export, restore) becomes `$error::Archive`, with
/// the zip library's or the file system's message.
macro_rules! archive_failures_into {
    ($error:ty) => {
        impl From<zip::result::ZipError> for $error {
            fn from(error: zip::result::ZipError) -> Self {
                Self::Archive(error.to_string())
            }
        }

        impl From<std::io::Error> for $error {
            fn from(error: std::io::Error) -> Self {
                Self::Archive(error.to_string())
            }
        }
    };
}

use cowin_core::TenantCode;
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr, FromQueryResult};

use crate::statements;

#[derive(FromQueryResult)]
struct TableName {
    name: String,
}

/// The base tables of `schema`, by name.
pub(crate) async fn schema_tables(on: &impl ConnectionTrait, schema: &str) -> Result<Vec<String>, DbErr> {
    let tables: Vec<TableName> = statements::all(
        on,
        "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' \
         ORDER BY table_name",
        vec![schema.into()],
    )
    .await?;
    Ok(tables.into_iter().map(|table| table.name).collect())
}

/// Creates `tenant`'s schema in `txn` with this release's migrations and empties it, ready for rows loaded as they
/// were stored elsewhere (a backup's, another cluster's): for the rest of `txn` no foreign key or trigger runs, since
/// those rows passed them once. The migrations' own bookkeeping rows go too, to be replaced by the loaded ones.
/// Returns the migrations applied and the schema's tables.
pub(crate) async fn empty_tenant_schema(txn: &DatabaseTransaction, tenant: TenantCode) -> Result<(Vec<String>, Vec<String>), DbErr> {
    txn.execute_unprepared("SET LOCAL session_replication_role = replica").await?;
    let migrations = cowin_migrations::migrate_tenant_in(txn, tenant).await?;
    let schema = tenant.schema();
    let tables = schema_tables(txn, schema.as_str()).await?;
    let qualified: Vec<String> = tables.iter().map(|table| format!("\"{schema}\".\"{table}\"")).collect();
    txn.execute_unprepared(&format!("TRUNCATE {}", qualified.join(", "))).await?;
    Ok((migrations, tables))
}

pub mod audit_log;
pub mod audit_relay;
pub mod nha_users;
pub mod offboarding;
pub mod restore;
pub mod tenant_move;
pub mod tenant_secrets;
pub mod usage;
