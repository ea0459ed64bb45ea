//! Offboarding a country: everything it has on the platform (every table of its schema, its rows in the platform
//! tables, its objects) written to one zip archive, and only then dropped. The export reads one snapshot, so the
//! archive is consistent even if requests were still arriving; rows stream through a cursor, never all at once.
//!
//! Sealed columns (mobiles, ID numbers, certificates) stay sealed in the archive, as they were stored. Public
//! signing keys and licences stay on the platform after the drop (their private halves are erased), and so does
//! the audit log: what was issued under them must still be explainable.

use std::io::{Seek, Write};

use cowin_core::TenantCode;
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, FromQueryResult, TransactionTrait};
use serde::Serialize;

use crate::audit::{self, AuditEvent};
use crate::objects::{ObjectError, ObjectStore, tenant_prefix};
use crate::platform_txn;
use crate::statements;

/// Rows fetched from the cursor at a time.
const FETCH: u32 = 5_000;

/// Why offboarding stopped (nothing is dropped unless the archive was complete).
#[derive(Debug, thiserror::Error)]
pub enum OffboardError {
    #[error("tenant {0} is not registered")]
    NotFound(TenantCode),
    #[error(
        "tenant {tenant} is on cluster {cluster}; an archive is written from the platform's cluster: `cowin tenant move {tenant} --to main` first"
    )]
    OnOtherCluster { tenant: TenantCode, cluster: String },
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Objects(#[from] ObjectError),
    #[error("archive: {0}")]
    Archive(String),
}

archive_failures_into!(OffboardError);

/// What an archive holds.
#[derive(Debug, Clone, Default, Serialize)]
pub struct ExportSummary {
    /// Each exported table (`tenant/<table>` or `platform/<table>`) with its row count.
    pub tables: Vec<(String, u64)>,
    /// Objects copied.
    pub objects: usize,
}

/// One exported row, as a line of JSON.
#[derive(FromQueryResult)]
struct Line {
    line: String,
}

/// A name read back from the database (a table's, or the tenant's code when checking it is registered).
#[derive(FromQueryResult)]
struct TableName {
    table_name: String,
}

/// What an archive is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArchiveContents {
    /// The country's copy of its data as it leaves: private key halves and secrets stay on the platform.
    Offboarding,
    /// A backup `cowin tenant restore` can bring back whole: also the private halves of the signing keys and the
    /// country's secrets, still sealed under the deployment's master key (useless without it).
    Backup,
}

/// The platform tables' rows of one tenant, as `(entry name, query)`; `$1` is the code. Private key halves are
/// left out: they never leave the platform in an offboarding archive ([`BACKUP_ROWS`] replaces the keys' query).
const PLATFORM_ROWS: [(&str, &str); 8] = [
    (
        "platform/tenants",
        "SELECT row_to_json(t)::text AS line FROM platform.tenants t WHERE code = $1",
    ),
    (
        "platform/tenant_hostnames",
        "SELECT row_to_json(t)::text AS line FROM platform.tenant_hostnames t WHERE tenant_code = $1",
    ),
    (
        "platform/tenant_config_versions",
        "SELECT row_to_json(t)::text AS line FROM platform.tenant_config_versions t WHERE tenant_code = $1",
    ),
    (
        "platform/licences",
        "SELECT row_to_json(t)::text AS line FROM platform.licences t WHERE tenant_code = $1",
    ),
    (
        "platform/licence_events",
        "SELECT row_to_json(t)::text AS line FROM platform.licence_events t WHERE tenant_code = $1",
    ),
    (
        "platform/signing_keys",
        "SELECT row_to_json(t)::text AS line FROM (SELECT id, tenant_code, purpose, kid, public_key, certificate, created_at, retired_at \
         FROM platform.signing_keys WHERE tenant_code = $1) t",
    ),
    (
        "platform/usage_daily",
        "SELECT row_to_json(t)::text AS line FROM platform.usage_daily t WHERE tenant_code = $1",
    ),
    (
        "platform/audit_events",
        "SELECT row_to_json(t)::text AS line FROM platform.audit_events t WHERE tenant_code = $1",
    ),
];

/// What a backup holds beyond [`PLATFORM_ROWS`]: the keys with their sealed private halves (replacing the
/// offboarding query of the same entry), and the tenant's sealed secrets.
const BACKUP_ROWS: [(&str, &str); 2] = [
    (
        "platform/signing_keys",
        "SELECT row_to_json(t)::text AS line FROM platform.signing_keys t WHERE tenant_code = $1",
    ),
    (
        "platform/tenant_secrets",
        "SELECT row_to_json(t)::text AS line FROM platform.tenant_secrets t WHERE tenant_code = $1",
    ),
];

/// A sequence of the tenant's schema and its last value (`None` before its first use).
#[derive(FromQueryResult, Serialize)]
struct SequenceValue {
    name: String,
    last_value: Option<i64>,
}

/// Streams the rows of `query` (one JSON object per line) into the archive entry `name`; returns the count. The
/// cursor lives in the export's snapshot transaction, whose statements reach a tenant's schema and the platform's
/// alike, so they go through [`statements`] rather than a tenant or platform helper.
async fn export_rows<W: Write + Seek>(
    txn: &DatabaseTransaction,
    archive: &mut zip::ZipWriter<W>,
    name: &str,
    query: &str,
    values: Vec<sea_orm::Value>,
) -> Result<u64, OffboardError> {
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    archive.start_file(format!("{name}.ndjson"), options)?;
    statements::execute(txn, &format!("DECLARE offboard_rows NO SCROLL CURSOR FOR {query}"), values).await?;
    let fetch = format!("FETCH {FETCH} FROM offboard_rows");
    let mut count = 0;
    loop {
        let lines: Vec<Line> = statements::all(txn, &fetch, vec![]).await?;
        if lines.is_empty() {
            break;
        }
        for line in &lines {
            archive.write_all(line.line.as_bytes())?;
            archive.write_all(b"\n")?;
        }
        count += lines.len() as u64;
    }
    statements::execute(txn, "CLOSE offboard_rows", vec![]).await?;
    Ok(count)
}

/// Writes everything `tenant` has into `archive` (a zip) from one consistent snapshot.
pub async fn export<W: Write + Seek>(
    db: &DatabaseConnection,
    objects: &dyn ObjectStore,
    tenant: TenantCode,
    archive: W,
    contents: ArchiveContents,
) -> Result<ExportSummary, OffboardError> {
    let txn = db
        .begin_with_config(Some(sea_orm::IsolationLevel::RepeatableRead), Some(sea_orm::AccessMode::ReadOnly))
        .await?;
    let schema = tenant.schema();
    // The archive is read in one snapshot of one cluster: the platform's rows and the tenant's schema together.
    let placed: Option<TableName> = platform_txn::one(
        &txn,
        "SELECT cluster AS table_name FROM platform.tenants WHERE code = $1",
        vec![tenant.as_str().into()],
    )
    .await?;
    match placed {
        None => return Err(OffboardError::NotFound(tenant)),
        Some(placed) if placed.table_name != crate::clusters::MAIN_CLUSTER => {
            return Err(OffboardError::OnOtherCluster {
                tenant,
                cluster: placed.table_name,
            });
        }
        Some(_) => {}
    }
    let tables = super::schema_tables(&txn, schema.as_str()).await?;
    let mut archive = zip::ZipWriter::new(archive);
    let mut summary = ExportSummary::default();
    for table in tables {
        // Names come from the catalogue, quoted anyway.
        let query = format!(
            "SELECT row_to_json(t)::text AS line FROM {schema}.\"{}\" t",
            table.replace('"', "\"\"")
        );
        let name = format!("tenant/{}", table);
        let rows = export_rows(&txn, &mut archive, &name, &query, vec![]).await?;
        summary.tables.push((name, rows));
    }
    let backup = if contents == ArchiveContents::Backup {
        &BACKUP_ROWS[..]
    } else {
        &[]
    };
    let platform_rows = PLATFORM_ROWS
        .iter()
        .filter(|(name, _)| !backup.iter().any(|(replaced, _)| replaced == name))
        .chain(backup);
    for (name, query) in platform_rows {
        let rows = export_rows(&txn, &mut archive, name, query, vec![tenant.as_str().into()]).await?;
        summary.tables.push(((*name).to_owned(), rows));
    }
    let sequences: Vec<SequenceValue> = statements::all(
        &txn,
        "SELECT sequencename::text AS name, last_value FROM pg_sequences WHERE schemaname = $1 ORDER BY sequencename",
        vec![schema.as_str().into()],
    )
    .await?;
    txn.commit().await?;
    let stored = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Stored);
    for key in objects.list(&tenant_prefix(tenant)).await? {
        if let Some(bytes) = objects.get(&key).await? {
            archive.start_file(format!("objects/{key}"), stored)?;
            archive.write_all(&bytes)?;
            summary.objects += 1;
        }
    }
    archive.start_file("manifest.json", zip::write::SimpleFileOptions::default())?;
    let manifest = serde_json::json!({
        "tenant": tenant.as_str(),
        "exported_at": chrono::Utc::now(),
        "tables": summary.tables,
        "objects": summary.objects,
        "sequences": sequences,
        "contents": if contents == ArchiveContents::Backup { "backup" } else { "offboarding" },
        "note": "Rows as stored: sealed columns stay sealed with the tenant's keys.",
    });
    archive.write_all(manifest.to_string().as_bytes())?;
    archive.finish()?;
    Ok(summary)
}

/// Drops `tenant` after its archive (named `archive` in the audit log) was written: its schema, its platform rows
/// (hostnames and config versions with it), the private halves of its keys, then its objects.
pub async fn drop_tenant(
    db: &DatabaseConnection,
    objects: &dyn ObjectStore,
    tenant: TenantCode,
    archive: &str,
    summary: &ExportSummary,
    actor: &str,
) -> Result<(), OffboardError> {
    // Not a PlatformTxn: the same commit drops the tenant's schema.
    let txn = db.begin().await?;
    // Only a tenant on the platform's cluster, whose archive `export` could write.
    let deleted = platform_txn::execute(
        &txn,
        "DELETE FROM platform.tenants WHERE code = $1 AND cluster = 'main'",
        vec![tenant.as_str().into()],
    )
    .await?;
    if deleted == 0 {
        return Err(OffboardError::NotFound(tenant));
    }
    // Unprepared: DDL without parameters, run once per tenant, is not worth a cached prepared statement.
    txn.execute_unprepared(&format!("DROP SCHEMA IF EXISTS {} CASCADE", tenant.schema()))
        .await?;
    platform_txn::execute(
        &txn,
        "UPDATE platform.signing_keys SET private_key_sealed = NULL, retired_at = COALESCE(retired_at, now()) WHERE tenant_code = $1",
        vec![tenant.as_str().into()],
    )
    .await?;
    let rows: u64 = summary.tables.iter().map(|(_, rows)| rows).sum();
    let detail = serde_json::json!({ "archive": archive, "rows": rows, "objects": summary.objects });
    audit::record(&txn, AuditEvent::on_tenant(actor, tenant, "tenant.offboard", detail)).await?;
    txn.commit().await?;
    for key in objects.list(&tenant_prefix(tenant)).await? {
        objects.delete(&key).await?;
    }
    Ok(())
}
