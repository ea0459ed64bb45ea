//! Applying migrations: one schema at a time under an advisory lock, or every tenant in parallel.

use std::time::{Duration, Instant};

use cowin_core::{SchemaName, TenantCode};
use futures::StreamExt;
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbBackend, DbErr, Statement, TransactionTrait};
use sea_orm_migration::MigratorTrait;

use crate::{ClusterMigrator, PlatformMigrator, TenantMigrator};

/// First key of the advisory locks taken while migrating; the second is a hash of the schema name.
/// ("CoWI" in ASCII, so the locks are recognisable in `pg_locks`.)
const MIGRATION_LOCK_CLASS: i32 = 0x436f_5749;

/// What happened to one schema.
#[derive(Debug)]
pub struct SchemaOutcome {
    /// The tenant, or `None` for the platform schema.
    pub tenant: Option<TenantCode>,
    /// The schema migrated.
    pub schema: SchemaName,
    /// Names of the migrations applied now; empty when the schema was already current.
    pub applied: Vec<String>,
    /// Wall time spent on the schema, lock wait included.
    pub elapsed: Duration,
    /// Why the schema failed, if it did; its transaction was rolled back.
    pub error: Option<DbErr>,
}

/// The outcome of migrating many tenants.
#[derive(Debug, Default)]
pub struct MigrationReport {
    /// One outcome per tenant, in completion order.
    pub outcomes: Vec<SchemaOutcome>,
}

impl MigrationReport {
    /// How many tenants failed.
    pub fn failed(&self) -> usize {
        self.outcomes.iter().filter(|outcome| outcome.error.is_some()).count()
    }

    /// How many migrations were applied across all tenants.
    pub fn applied(&self) -> usize {
        self.outcomes.iter().map(|outcome| outcome.applied.len()).sum()
    }
}

/// Makes `schema` the only schema unqualified names resolve to, until the transaction ends.
///
/// `set_config(..., true)` is transaction-local, so the pooled connection returns to the pool without it.
pub async fn set_local_search_path<C: ConnectionTrait>(connection: &C, schema: &SchemaName) -> Result<(), DbErr> {
    let statement = Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT set_config('search_path', $1, true)",
        [schema.as_str().into()],
    );
    connection.execute_raw(statement).await.map(drop)
}

/// Locks `schema` against concurrent migration, creates it if missing and applies `M`'s pending
/// migrations inside `txn`. Returns the names applied.
async fn migrate_schema<M: MigratorTrait>(txn: &DatabaseTransaction, schema: &SchemaName) -> Result<Vec<String>, DbErr> {
    let lock = Statement::from_sql_and_values(
        DbBackend::Postgres,
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        [MIGRATION_LOCK_CLASS.into(), schema.as_str().into()],
    );
    txn.execute_raw(lock).await?;
    // The name comes from SchemaName, which only a parsed TenantCode or the platform constant can make.
    txn.execute_unprepared(&format!("CREATE SCHEMA IF NOT EXISTS \"{schema}\"")).await?;
    set_local_search_path(txn, schema).await?;
    let pending: Vec<String> = M::get_pending_migrations(txn)
        .await?
        .iter()
        .map(|migration| migration.name().to_owned())
        .collect();
    if !pending.is_empty() {
        M::up(txn, None).await?;
    }
    Ok(pending)
}

/// Migrates schema `platform` in its own transaction.
pub async fn migrate_platform(db: &DatabaseConnection) -> Result<SchemaOutcome, DbErr> {
    migrate_platform_with::<PlatformMigrator>(db).await
}

/// Migrates schema `platform` of a cluster other than the platform's (its usage counters and audit spool).
pub async fn migrate_cluster(db: &DatabaseConnection) -> Result<SchemaOutcome, DbErr> {
    migrate_platform_with::<ClusterMigrator>(db).await
}

async fn migrate_platform_with<M: MigratorTrait>(db: &DatabaseConnection) -> Result<SchemaOutcome, DbErr> {
    let started = Instant::now();
    let schema = SchemaName::platform();
    let txn = db.begin().await?;
    let applied = migrate_schema::<M>(&txn, &schema).await?;
    txn.commit().await?;
    Ok(SchemaOutcome {
        tenant: None,
        schema,
        applied,
        elapsed: started.elapsed(),
        error: None,
    })
}

/// Creates and migrates a tenant's schema inside the caller's transaction, so onboarding is all or nothing.
/// The caller's search path is changed to the tenant schema for the rest of the transaction.
pub async fn migrate_tenant_in(txn: &DatabaseTransaction, tenant: TenantCode) -> Result<Vec<String>, DbErr> {
    migrate_schema::<TenantMigrator>(txn, &tenant.schema()).await
}

async fn migrate_tenant(db: &DatabaseConnection, tenant: TenantCode) -> SchemaOutcome {
    let started = Instant::now();
    let result = async {
        let txn = db.begin().await?;
        let applied = migrate_tenant_in(&txn, tenant).await?;
        txn.commit().await?;
        Ok::<_, DbErr>(applied)
    }
    .await;
    let (applied, error) = match result {
        Ok(applied) => (applied, None),
        Err(error) => (Vec::new(), Some(error)),
    };
    SchemaOutcome {
        tenant: Some(tenant),
        schema: tenant.schema(),
        applied,
        elapsed: started.elapsed(),
        error,
    }
}

/// Migrates every tenant in `tenants`, each on the cluster given with it, at most `concurrency` at once, each in its
/// own transaction. A failing tenant does not stop the others; `on_outcome` sees each result as it completes (for
/// progress output).
pub async fn migrate_all_tenants(
    tenants: Vec<(TenantCode, DatabaseConnection)>,
    concurrency: usize,
    mut on_outcome: impl FnMut(&SchemaOutcome),
) -> MigrationReport {
    let mut outcomes = futures::stream::iter(tenants)
        .map(|(tenant, db)| async move { migrate_tenant(&db, tenant).await })
        .buffer_unordered(concurrency.max(1));
    let mut report = MigrationReport::default();
    while let Some(outcome) = outcomes.next().await {
        on_outcome(&outcome);
        report.outcomes.push(outcome);
    }
    report
}

/// How many migrations each schema still lacks: the platform first, then each tenant given.
/// One query for all schemas, so readiness checks stay cheap with hundreds of tenants.
pub async fn pending_migrations(db: &DatabaseConnection, tenants: &[TenantCode]) -> Result<Vec<(SchemaName, usize)>, DbErr> {
    pending_with(db, PlatformMigrator::migrations().len(), tenants).await
}

/// [`pending_migrations`] on a cluster other than the platform's, whose schema `platform` is [`ClusterMigrator`]'s.
pub async fn pending_cluster_migrations(db: &DatabaseConnection, tenants: &[TenantCode]) -> Result<Vec<(SchemaName, usize)>, DbErr> {
    pending_with(db, ClusterMigrator::migrations().len(), tenants).await
}

async fn pending_with(
    db: &DatabaseConnection,
    expected_platform: usize,
    tenants: &[TenantCode],
) -> Result<Vec<(SchemaName, usize)>, DbErr> {
    let expected_tenant = TenantMigrator::migrations().len();
    let schemas: Vec<(SchemaName, usize)> = std::iter::once((SchemaName::platform(), expected_platform))
        .chain(tenants.iter().map(|tenant| (tenant.schema(), expected_tenant)))
        .collect();
    // A schema without a bookkeeping table counts as missing everything, rather than failing the query.
    let selects: Vec<String> = schemas
        .iter()
        .map(|(schema, _)| {
            format!(
                "SELECT '{schema}'::text AS schema, CASE WHEN to_regclass('\"{schema}\".seaql_migrations') IS NULL THEN 0 \
                 ELSE (xpath('/row/c/text()', query_to_xml('SELECT count(*) AS c FROM \"{schema}\".seaql_migrations', false, true, '')))[1]::text::int END AS applied"
            )
        })
        .collect();
    let rows = db
        .query_all_raw(Statement::from_string(DbBackend::Postgres, selects.join(" UNION ALL ")))
        .await?;
    let mut pending = Vec::with_capacity(schemas.len());
    for ((schema, expected), row) in schemas.into_iter().zip(rows) {
        let applied: i32 = row.try_get("", "applied")?;
        pending.push((schema, expected.saturating_sub(usize::try_from(applied).unwrap_or(0))));
    }
    Ok(pending)
}
