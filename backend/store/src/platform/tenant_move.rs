//! Moving a country's schema to another database cluster (`cowin tenant move XX --to CLUSTER`).
//!
//! 0. The tenant is paused: `platform.tenants.paused_until`, read by every server with the change notice, makes its
//!    new transactions wait (for at most [`PAUSE_LIMIT`]) until the placement changes; transactions under way finish.
//! 1. The target cluster gets the tenant's schema from this release's migrations, in a transaction left open.
//! 2. On the source cluster, one transaction locks every table of the schema in ACCESS EXCLUSIVE mode: the tenant's
//!    requests wait. That is the pause; it lasts while the rows are copied, so its length follows the tenant's size.
//!    (A weaker lock that let reads go on would leave the final drop waiting on readers, and a reader that goes on to
//!    write waits on this transaction: a deadlock whose victim could be the drop, after the switch.)
//! 3. Every row is copied in batches through a cursor, the sequences' positions and the tenant's usage counters
//!    with them. Each table's row count and order-independent checksum must then be equal on both sides, or the
//!    move stops and nothing has changed.
//! 4. The source schema is dropped, still uncommitted; the target commits; the placement in `platform.tenants`
//!    commits with a change notice (every server reloads and opens the tenant's transactions on the target); the
//!    source commits. Requests that waited on the source's locks then fail on the dropped tables (answered 503:
//!    their clients retry, and the retry lands on the target) rather than writing into a copy no longer served.
//!    Until the placement commits, a failure rolls the target back and leaves the source as it was.

use std::time::{Duration, Instant};

use cowin_core::TenantCode;
use sea_orm::{ConnectionTrait, DatabaseTransaction, DbErr, FromQueryResult, TransactionTrait};

use crate::audit::{self, AuditEvent};
use crate::clusters::MAIN_CLUSTER;
use crate::platform::restore::insert_rows_sql;
use crate::{Databases, platform_txn, statements};

/// The longest a move pauses the tenant's new transactions; past it they begin again on the source, and wait there
/// for the move's locks.
const PAUSE_LIMIT: Duration = Duration::from_secs(30);

/// Rows copied per statement.
const BATCH: u32 = 2_000;

/// Tries at taking the source's locks: a writer already holding one table's lock and waiting for another can make
/// the lock statement a deadlock's victim, and the next try then finds the writer gone.
const LOCK_ATTEMPTS: u32 = 5;

/// Why a move stopped. Nothing changed on either cluster unless the error says otherwise.
#[derive(Debug, thiserror::Error)]
pub enum MoveError {
    #[error("tenant {0} is not registered")]
    UnknownTenant(TenantCode),
    #[error("cluster {0} is not named in database.clusters")]
    UnknownCluster(String),
    #[error("tenant {tenant} is already on cluster {cluster}")]
    AlreadyThere { tenant: TenantCode, cluster: String },
    #[error(
        "cluster {cluster} already has a schema {schema}: a move cut off after the target's commit? Check that the tenant is \
         served from its placement, then drop that schema on {cluster} and move again"
    )]
    TargetHasSchema { cluster: String, schema: String },
    #[error("{table}: the source has {source_rows} rows (checksum {source_sum}), the copy {target_rows} (checksum {target_sum})")]
    Mismatch {
        table: String,
        source_rows: i64,
        source_sum: String,
        target_rows: i64,
        target_sum: String,
    },
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// One table as verified on both sides.
#[derive(Debug, Clone)]
pub struct TableCheck {
    /// The table.
    pub table: String,
    /// Rows on each side.
    pub rows: i64,
    /// The order-independent checksum both sides share.
    pub checksum: String,
}

/// What a move did.
#[derive(Debug, Clone)]
pub struct Moved {
    /// The country.
    pub tenant: TenantCode,
    /// Where it was.
    pub from: String,
    /// Where it is.
    pub to: String,
    /// Every table, verified.
    pub tables: Vec<TableCheck>,
    /// How long the tenant's new transactions were held: from the pause to the source's commit.
    pub pause: Duration,
}

#[derive(FromQueryResult)]
struct Name {
    name: String,
}

#[derive(FromQueryResult)]
struct Fingerprint {
    rows: i64,
    checksum: String,
}

#[derive(FromQueryResult)]
struct Batch {
    rows: Option<String>,
    count: i64,
}

#[derive(FromQueryResult)]
struct SequenceValue {
    name: String,
    last_value: Option<i64>,
}

/// Moves `tenant`'s schema to cluster `to`, as the module says.
pub async fn move_tenant(db: &Databases, tenant: TenantCode, to: &str, actor: &str) -> Result<Moved, MoveError> {
    let from: Name = platform_txn::one(
        db.main(),
        "SELECT cluster AS name FROM platform.tenants WHERE code = $1",
        vec![tenant.as_str().into()],
    )
    .await?
    .ok_or(MoveError::UnknownTenant(tenant))?;
    let from = from.name;
    if from == to {
        return Err(MoveError::AlreadyThere { tenant, cluster: from });
    }
    let source_db = db.cluster(&from).ok_or_else(|| MoveError::UnknownCluster(from.clone()))?;
    let target_db = db.cluster(to).ok_or_else(|| MoveError::UnknownCluster(to.to_owned()))?;
    let paused_at = Instant::now();
    pause(db, tenant, Some(PAUSE_LIMIT)).await?;
    let moved = copy_and_switch(db, tenant, (&from, source_db), (to, target_db), actor, paused_at).await;
    if moved.is_err() {
        // The placement is unchanged; the tenant's transactions begin again at once rather than at the limit.
        if let Err(error) = pause(db, tenant, None).await {
            tracing::warn!(%tenant, error = %error, "lifting the pause of a failed move");
        }
    }
    moved
}

/// Pauses `tenant`'s new transactions on every server for `limit`, or lifts the pause (`None`).
async fn pause(db: &Databases, tenant: TenantCode, limit: Option<Duration>) -> Result<(), DbErr> {
    let millis = limit.map(|limit| i64::try_from(limit.as_millis()).unwrap_or(i64::MAX));
    // The platform's trigger on `tenants` (m0006) tells every server.
    platform_txn::execute(
        db.main(),
        "UPDATE platform.tenants SET paused_until = now() + $2 * interval '1 millisecond' WHERE code = $1",
        vec![tenant.as_str().into(), millis.into()],
    )
    .await
    .map(drop)
}

/// Steps 1 to 4 of the module's description.
async fn copy_and_switch(
    db: &Databases,
    tenant: TenantCode,
    (from, source_db): (&str, &sea_orm::DatabaseConnection),
    (to, target_db): (&str, &sea_orm::DatabaseConnection),
    actor: &str,
    paused_at: Instant,
) -> Result<Moved, MoveError> {
    if to != MAIN_CLUSTER {
        cowin_migrations::migrate_cluster(target_db).await?;
    }
    let schema = tenant.schema();
    let schema = schema.as_str();

    let target = target_db.begin().await?;
    let exists: Option<Name> = statements::one(
        &target,
        "SELECT nspname::text AS name FROM pg_namespace WHERE nspname = $1",
        vec![schema.into()],
    )
    .await?;
    if exists.is_some() {
        return Err(MoveError::TargetHasSchema {
            cluster: to.to_owned(),
            schema: schema.to_owned(),
        });
    }
    target.execute_unprepared("SET LOCAL TimeZone = 'UTC'").await?;
    let (_, tables) = super::empty_tenant_schema(&target, tenant).await?;
    let qualified: Vec<String> = tables.iter().map(|table| format!("\"{schema}\".\"{table}\"")).collect();
    let source = lock_source(source_db, &qualified).await?;
    let mut checks = Vec::with_capacity(tables.len());
    for (table, qualified) in tables.iter().zip(&qualified) {
        let insert = insert_rows_sql(&target, schema, table, true)
            .await?
            .ok_or_else(|| DbErr::Custom(format!("{schema}.{table} vanished from the target")))?;
        copy_table(&source, &target, qualified, &insert).await?;
    }
    copy_sequences(&source, &target, schema).await?;
    move_usage(&source, &target, tenant).await?;
    for (table, qualified) in tables.iter().zip(&qualified) {
        let before = fingerprint(&source, qualified).await?;
        let after = fingerprint(&target, qualified).await?;
        if before.rows != after.rows || before.checksum != after.checksum {
            return Err(MoveError::Mismatch {
                table: table.clone(),
                source_rows: before.rows,
                source_sum: before.checksum,
                target_rows: after.rows,
                target_sum: after.checksum,
            });
        }
        checks.push(TableCheck {
            table: table.clone(),
            rows: after.rows,
            checksum: after.checksum,
        });
    }
    let rows: i64 = checks.iter().map(|check| check.rows).sum();
    let detail = serde_json::json!({ "from": from, "to": to, "tables": checks.len(), "rows": rows });
    // Dropped before any commit, so that a drop refused leaves everything as it was; the locks are already held.
    source.execute_unprepared(&format!("DROP SCHEMA \"{schema}\" CASCADE")).await?;
    // The placement commits with the target when the target is the platform's cluster, else with the source when
    // the source is; between two other clusters, on its own after the target's commit. Its change notice is the
    // platform's trigger on `tenants` (m0006), at that commit.
    if to == MAIN_CLUSTER {
        // The rows are in; the placement's statements run with triggers again, so that the notice fires.
        target.execute_unprepared("SET LOCAL session_replication_role = origin").await?;
        record_placement(&target, tenant, to, actor, detail).await?;
        target.commit().await?;
    } else {
        target.commit().await?;
        if from == MAIN_CLUSTER {
            record_placement(&source, tenant, to, actor, detail).await?;
        } else {
            let platform = db.main().begin().await?;
            record_placement(&platform, tenant, to, actor, detail).await?;
            platform.commit().await?;
        }
    }
    source.commit().await?;
    Ok(Moved {
        tenant,
        from: from.to_owned(),
        to: to.to_owned(),
        tables: checks,
        pause: paused_at.elapsed(),
    })
}

/// Places `tenant` on cluster `to` and ends its pause, audited, in `txn` (on the platform's cluster).
async fn record_placement(
    txn: &DatabaseTransaction,
    tenant: TenantCode,
    to: &str,
    actor: &str,
    detail: serde_json::Value,
) -> Result<(), DbErr> {
    platform_txn::execute(
        txn,
        "UPDATE platform.tenants SET cluster = $2, paused_until = NULL, updated_at = now() WHERE code = $1",
        vec![tenant.as_str().into(), to.into()],
    )
    .await?;
    audit::record(txn, AuditEvent::on_tenant(actor, tenant, "tenant.move", detail)).await
}

/// Begins the source's transaction holding every table of the schema in ACCESS EXCLUSIVE mode.
async fn lock_source(source_db: &sea_orm::DatabaseConnection, qualified: &[String]) -> Result<DatabaseTransaction, MoveError> {
    let mut attempt = 1;
    loop {
        let source = source_db.begin().await?;
        source
            .execute_unprepared("SET LOCAL lock_timeout = '10s'; SET LOCAL TimeZone = 'UTC'")
            .await?;
        match source
            .execute_unprepared(&format!("LOCK TABLE {} IN ACCESS EXCLUSIVE MODE", qualified.join(", ")))
            .await
        {
            Ok(_) => return Ok(source),
            Err(error) if attempt < LOCK_ATTEMPTS && crate::database::is_lock_conflict(&error) => {
                drop(source);
                attempt += 1;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(error) => return Err(error.into()),
        }
    }
}

/// Copies every row of `table` from `source` to `target` with `insert`, `BATCH` rows per statement.
async fn copy_table(source: &DatabaseTransaction, target: &DatabaseTransaction, table: &str, insert: &str) -> Result<(), DbErr> {
    statements::execute(
        source,
        &format!("DECLARE move_rows NO SCROLL CURSOR FOR SELECT row_to_json(t)::text AS line FROM {table} t"),
        vec![],
    )
    .await?;
    loop {
        let lines: Vec<Line> = statements::all(source, &format!("FETCH {BATCH} FROM move_rows"), vec![]).await?;
        if lines.is_empty() {
            break;
        }
        let rows = format!("[{}]", lines.iter().map(|line| line.line.as_str()).collect::<Vec<_>>().join(","));
        statements::execute(target, insert, vec![rows.into()]).await?;
    }
    statements::execute(source, "CLOSE move_rows", vec![]).await?;
    Ok(())
}

#[derive(FromQueryResult)]
struct Line {
    line: String,
}

/// Sets the target's sequences where the source's are.
async fn copy_sequences(source: &DatabaseTransaction, target: &DatabaseTransaction, schema: &str) -> Result<(), DbErr> {
    let sequences: Vec<SequenceValue> = statements::all(
        source,
        "SELECT sequencename::text AS name, last_value FROM pg_sequences WHERE schemaname = $1",
        vec![schema.into()],
    )
    .await?;
    for sequence in sequences {
        if let Some(last_value) = sequence.last_value {
            let name = format!("\"{schema}\".\"{}\"", sequence.name.replace('"', "\"\""));
            statements::execute(
                target,
                "SELECT setval($1::regclass, $2, true)",
                vec![name.into(), last_value.into()],
            )
            .await?;
        }
    }
    Ok(())
}

/// Moves the tenant's usage counters from the source cluster's `platform.usage_daily` to the target's, adding to
/// what the target holds of an earlier stay there.
async fn move_usage(source: &DatabaseTransaction, target: &DatabaseTransaction, tenant: TenantCode) -> Result<(), DbErr> {
    let moved: Option<Batch> = statements::one(
        source,
        "WITH gone AS (DELETE FROM platform.usage_daily WHERE tenant_code = $1 RETURNING *) \
         SELECT json_agg(gone)::text AS rows, count(*) AS count FROM gone",
        vec![tenant.as_str().into()],
    )
    .await?;
    let Some(Batch { rows: Some(rows), count }) = moved else {
        return Ok(());
    };
    if count == 0 {
        return Ok(());
    }
    statements::execute(
        target,
        "INSERT INTO platform.usage_daily (tenant_code, day, shard, registrations, bookings, doses, certificates) \
         SELECT tenant_code, day, shard, registrations, bookings, doses, certificates \
         FROM json_populate_recordset(NULL::platform.usage_daily, $1::json) \
         ON CONFLICT (tenant_code, day, shard) DO UPDATE SET registrations = usage_daily.registrations + EXCLUDED.registrations, \
         bookings = usage_daily.bookings + EXCLUDED.bookings, doses = usage_daily.doses + EXCLUDED.doses, \
         certificates = usage_daily.certificates + EXCLUDED.certificates",
        vec![rows.into()],
    )
    .await
    .map(drop)
}

/// Rows of `table` and the sum of each row's hash (its `jsonb` text, so column order does not count; times in UTC
/// on both sides), which no row order changes.
async fn fingerprint(txn: &DatabaseTransaction, table: &str) -> Result<Fingerprint, DbErr> {
    statements::one(
        txn,
        &format!(
            "SELECT count(*) AS rows, COALESCE(sum(('x' || left(md5(to_jsonb(t)::text), 16))::bit(64)::int8::numeric), 0)::text \
             AS checksum FROM {table} t"
        ),
        vec![],
    )
    .await?
    .ok_or_else(|| DbErr::Custom(format!("no fingerprint of {table}")))
}
