//! Restoring a country from its backup archive (`cowin tenant export`) into a deployment that does not serve it:
//! an empty cluster after a loss, or another deployment it moves to. One transaction creates its schema with this
//! release's migrations, loads every row of every table as archived, its platform rows, its sequences' positions and
//! its sealed keys and secrets; its objects are written before the commit, so a failure leaves no country half there
//! (objects written by a failed run are overwritten by the next). The counts are checked against the manifest.
//!
//! The archive must come from the same release (the same tenant migrations): rows are loaded as they were stored,
//! and a column added since would be empty. The deployment must have the same master key, which sealed the ID
//! numbers, mobiles and private keys in it.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Read, Seek};

use cowin_core::TenantCode;
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, FromQueryResult, TransactionTrait};
use serde::Deserialize;

use crate::audit::{self, AuditEvent};
use crate::objects::{ObjectError, ObjectStore, tenant_prefix};
use crate::{platform_txn, statements};

/// Rows loaded per statement.
const BATCH: usize = 1_000;

/// Why a restore stopped; nothing of the country was kept in the database.
#[derive(Debug, thiserror::Error)]
pub enum RestoreError {
    #[error("tenant {0} is already served by this deployment")]
    AlreadyServed(TenantCode),
    #[error("the archive is not a backup that can be restored: {0}")]
    NotABackup(String),
    #[error("the archive comes from another release: {0}")]
    OtherRelease(String),
    #[error("{entry}: {loaded} rows loaded, the manifest says {expected}")]
    Count { entry: String, loaded: u64, expected: u64 },
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error(transparent)]
    Objects(#[from] ObjectError),
    #[error("archive: {0}")]
    Archive(String),
}

archive_failures_into!(RestoreError);

/// What the archive's manifest says.
#[derive(Debug, Deserialize)]
struct Manifest {
    tenant: String,
    tables: Vec<(String, u64)>,
    #[serde(default)]
    sequences: Vec<Sequence>,
    #[serde(default)]
    contents: String,
}

#[derive(Debug, Deserialize)]
struct Sequence {
    name: String,
    last_value: Option<i64>,
}

/// What a restore brought back.
#[derive(Debug, Clone)]
pub struct Restored {
    /// The country.
    pub tenant: TenantCode,
    /// Each table entry with the rows loaded.
    pub tables: Vec<(String, u64)>,
    /// Objects written.
    pub objects: usize,
}

#[derive(FromQueryResult)]
struct Name {
    name: String,
}

/// The columns of `schema.table` a restore writes: all but a platform table's generated identity (the audit log's and
/// licence events' own numbering, which nothing refers to and which another country's rows may already use).
async fn columns(txn: &DatabaseTransaction, schema: &str, table: &str, keep_identity: bool) -> Result<Vec<String>, DbErr> {
    let names: Vec<Name> = statements::all(
        txn,
        "SELECT column_name::text AS name FROM information_schema.columns \
         WHERE table_schema = $1 AND table_name = $2 AND ($3 OR is_identity = 'NO') ORDER BY ordinal_position",
        vec![schema.into(), table.into(), keep_identity.into()],
    )
    .await?;
    Ok(names
        .into_iter()
        .map(|name| format!("\"{}\"", name.name.replace('"', "\"\"")))
        .collect())
}

/// The statement inserting a JSON array of rows (`$1`, objects keyed by column) into `schema.table`, with the
/// columns [`columns`] keeps; `None` when the table is not there.
pub(crate) async fn insert_rows_sql(
    txn: &DatabaseTransaction,
    schema: &str,
    table: &str,
    keep_identity: bool,
) -> Result<Option<String>, DbErr> {
    let columns = columns(txn, schema, table, keep_identity).await?;
    if columns.is_empty() {
        return Ok(None);
    }
    let columns = columns.join(", ");
    let target = format!("\"{schema}\".\"{}\"", table.replace('"', "\"\""));
    Ok(Some(format!(
        "INSERT INTO {target} ({columns}) OVERRIDING SYSTEM VALUE SELECT {columns} FROM json_populate_recordset(NULL::{target}, $1::json)"
    )))
}

/// Loads the archive entry `entry` (one JSON row per line) into `schema.table`; returns the rows loaded.
async fn load<R: Read + Seek>(
    txn: &DatabaseTransaction,
    archive: &mut zip::ZipArchive<R>,
    entry: &str,
    schema: &str,
    table: &str,
    keep_identity: bool,
) -> Result<u64, RestoreError> {
    let Some(insert) = insert_rows_sql(txn, schema, table, keep_identity).await? else {
        return Err(RestoreError::OtherRelease(format!("{entry}: no such table here")));
    };
    let reader = BufReader::new(archive.by_name(&format!("{entry}.ndjson"))?);
    let mut loaded = 0;
    let mut batch = Vec::with_capacity(BATCH);
    let mut lines = reader.lines();
    loop {
        let line = lines.next().transpose()?;
        if let Some(line) = line.filter(|line| !line.is_empty()) {
            batch.push(line);
            if batch.len() < BATCH {
                continue;
            }
        }
        if batch.is_empty() {
            break;
        }
        let rows = format!("[{}]", batch.join(","));
        loaded += statements::execute(txn, &insert, vec![rows.into()]).await?;
        batch.clear();
    }
    Ok(loaded)
}

/// The MIME type an object was stored with, from its name.
fn content_type(key: &str) -> &'static str {
    match key.rsplit('.').next() {
        Some("pdf") => "application/pdf",
        Some("png") => "image/png",
        Some("svg") => "image/svg+xml",
        Some("json") => "application/json",
        Some("jpg" | "jpeg") => "image/jpeg",
        _ => "application/octet-stream",
    }
}

/// Brings back the country archived in `archive` (named `name` in the audit log).
pub async fn restore<R: Read + Seek>(
    db: &DatabaseConnection,
    objects: &dyn ObjectStore,
    archive: R,
    name: &str,
    actor: &str,
) -> Result<Restored, RestoreError> {
    let mut archive = zip::ZipArchive::new(archive)?;
    let manifest: Manifest = serde_json::from_reader(archive.by_name("manifest.json")?)
        .map_err(|error| RestoreError::NotABackup(format!("manifest.json: {error}")))?;
    if manifest.contents != "backup" {
        return Err(RestoreError::NotABackup(
            "an offboarding archive holds no private keys; restore a `cowin tenant export` archive".to_owned(),
        ));
    }
    let tenant = TenantCode::parse(&manifest.tenant).map_err(|_| RestoreError::NotABackup(format!("tenant {:?}", manifest.tenant)))?;
    let schema = tenant.schema();
    let txn = db.begin().await?;
    let served: Option<Name> = platform_txn::one(
        &txn,
        "SELECT code::text AS name FROM platform.tenants WHERE code = $1",
        vec![tenant.as_str().into()],
    )
    .await?;
    if served.is_some() {
        return Err(RestoreError::AlreadyServed(tenant));
    }
    // Rows go in as archived, in any order: foreign keys and triggers (the audit log's refusal of changes, the
    // tenant-change notices) are not run for rows that already passed them once. The notice is sent below.
    let (migrations, _) = super::empty_tenant_schema(&txn, tenant).await?;
    let mut restored = Restored {
        tenant,
        tables: Vec::new(),
        objects: 0,
    };
    for (entry, expected) in &manifest.tables {
        let loaded = match entry.split_once('/') {
            Some(("tenant", table)) => load(&txn, &mut archive, entry, schema.as_str(), table, true).await?,
            Some(("platform", table)) => load(&txn, &mut archive, entry, "platform", table, false).await?,
            _ => return Err(RestoreError::NotABackup(format!("unknown entry {entry}"))),
        };
        if loaded != *expected {
            return Err(RestoreError::Count {
                entry: entry.clone(),
                loaded,
                expected: *expected,
            });
        }
        restored.tables.push((entry.clone(), loaded));
    }
    let archived: BTreeSet<String> =
        statements::all::<Name, _>(&txn, &format!("SELECT version AS name FROM {schema}.seaql_migrations"), vec![])
            .await?
            .into_iter()
            .map(|row| row.name)
            .collect();
    let here: BTreeSet<String> = migrations.into_iter().collect();
    if archived != here {
        let missing: Vec<_> = here.difference(&archived).collect();
        let unknown: Vec<_> = archived.difference(&here).collect();
        return Err(RestoreError::OtherRelease(format!(
            "migrations this release has and the archive lacks: {missing:?}; the archive's unknown here: {unknown:?}"
        )));
    }
    for sequence in manifest.sequences.iter().filter(|sequence| sequence.last_value.is_some()) {
        let name = format!("{schema}.\"{}\"", sequence.name.replace('"', "\"\""));
        statements::execute(
            &txn,
            "SELECT setval($1::regclass, $2, true)",
            vec![name.into(), sequence.last_value.into()],
        )
        .await?;
    }
    let prefix = tenant_prefix(tenant);
    for index in 0..archive.len() {
        let mut file = archive.by_index(index)?;
        let Some(key) = file.name()?.strip_prefix("objects/").map(str::to_owned) else {
            continue;
        };
        if !key.starts_with(&prefix) {
            return Err(RestoreError::NotABackup(format!("object {key} is not {tenant}'s")));
        }
        let mut bytes = Vec::with_capacity(usize::try_from(file.size()).unwrap_or(0));
        file.read_to_end(&mut bytes)?;
        objects.put(&key, content_type(&key), bytes).await?;
        restored.objects += 1;
    }
    let rows: u64 = restored.tables.iter().map(|(_, rows)| rows).sum();
    let detail = serde_json::json!({ "archive": name, "rows": rows, "objects": restored.objects });
    audit::record(&txn, AuditEvent::on_tenant(actor, tenant, "tenant.restore", detail)).await?;
    // Every server reloads its tenants and serves the country from the commit on.
    txn.execute_unprepared("SELECT pg_notify('cowin_tenants', 'tenants')").await?;
    txn.commit().await?;
    Ok(restored)
}
