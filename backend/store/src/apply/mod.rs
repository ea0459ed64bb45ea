//! Onboarding and updating a tenant from its configuration, all or nothing in one transaction (two when the tenant's
//! schema is on a cluster other than the platform's).

mod seed;

use cowin_core::TenantCode;
use cowin_migrations::migrate_tenant_in;
use cowin_privacy::KeyWrapping;
use cowin_tenant_config::TenantConfig;
use sea_orm::{DatabaseTransaction, DbErr, FromQueryResult, TransactionTrait};

use crate::Databases;
use crate::audit::{self, AuditEvent};
use crate::clusters::MAIN_CLUSTER;
use crate::licences::{self, LicenceInstall};
use crate::platform_txn;
use crate::signing_keys::{self, SigningKeyError};
use crate::statements;

/// Second-level key space of the advisory lock that serialises applies of the same tenant ("CoWT").
const APPLY_LOCK_CLASS: i32 = 0x436f_5754;

/// What applying a configuration did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ApplyOutcome {
    /// The tenant.
    pub tenant: TenantCode,
    /// Whether the tenant was new.
    pub created: bool,
    /// The configuration version now in force.
    pub config_version: i32,
    /// Whether this configuration differed from the previous version.
    pub config_changed: bool,
    /// Tenant migrations applied on the way.
    pub migrations_applied: Vec<String>,
}

/// Why a configuration could not be applied.
#[derive(Debug, thiserror::Error)]
pub enum ApplyError {
    #[error("hostname {hostname} already routes to tenant {owner}")]
    HostnameTaken { hostname: String, owner: String },
    #[error(
        "vaccine {vaccine} rule set version {version} differs from the version already applied; rule sets are append-only: add version {next} instead"
    )]
    RuleSetRewritten { vaccine: String, version: i32, next: i32 },
    #[error("tenant {tenant} is on cluster {cluster}, which database.clusters does not name")]
    UnknownCluster { tenant: TenantCode, cluster: String },
    #[error("signing keys: {0}")]
    Keys(#[from] SigningKeyError),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Creates the tenant if it is new (schema, migrations, seed data) or brings it up to `config`, recording a
/// new config version when anything changed, and installs `licence` (which the caller has verified) if it is
/// new. A new tenant also gets its certificate signing keys, sealed by `wrapping`. Nothing is written if any
/// step fails. A new tenant is created on cluster `main`; an existing one is migrated and seeded on its cluster, whose
/// transaction commits just before the platform's (a failure between the two leaves the tenant's reference data
/// updated without a new config version: applying again records it).
pub async fn apply(
    db: &Databases,
    config: &TenantConfig,
    licence: &LicenceInstall,
    wrapping: &dyn KeyWrapping,
    actor: &str,
) -> Result<ApplyOutcome, ApplyError> {
    let tenant = config.code;
    // Not a PlatformTxn: the tenant's schema is created, migrated and seeded in the same commit.
    let txn = db.begin().await?;
    statements::execute(
        &txn,
        "SELECT pg_advisory_xact_lock($1, hashtext($2))",
        vec![APPLY_LOCK_CLASS.into(), tenant.as_str().into()],
    )
    .await?;
    let created = upsert_tenant(&txn, config).await?;
    let elsewhere = match placement(&txn, tenant).await? {
        cluster if cluster == MAIN_CLUSTER => None,
        cluster => {
            let pool = db.cluster(&cluster).ok_or(ApplyError::UnknownCluster { tenant, cluster })?;
            Some(pool.begin().await?)
        }
    };
    let schema_txn = elsewhere.as_ref().unwrap_or(&txn);
    sync_hostnames(&txn, config).await?;
    let (config_version, config_changed) = record_config_version(&txn, config, actor).await?;
    let migrations_applied = migrate_tenant_in(schema_txn, tenant).await?;
    seed::seed(schema_txn, config).await?;
    licences::install(&txn, tenant, licence, actor).await?;
    signing_keys::ensure_for_tenant(&txn, tenant, wrapping, actor).await?;
    if config_changed {
        let action = if created { "tenant.create" } else { "tenant.update" };
        let detail = serde_json::json!({ "config_version": config_version, "migrations_applied": migrations_applied });
        audit::record(&txn, AuditEvent::on_tenant(actor, tenant, action, detail)).await?;
    }
    if let Some(elsewhere) = elsewhere {
        elsewhere.commit().await?;
    }
    txn.commit().await?;
    Ok(ApplyOutcome {
        tenant,
        created,
        config_version,
        config_changed,
        migrations_applied,
    })
}

#[derive(Debug, FromQueryResult)]
struct Cluster {
    cluster: String,
}

/// The cluster holding `tenant`'s schema, as the platform row (just upserted, so present) says.
async fn placement(txn: &DatabaseTransaction, tenant: TenantCode) -> Result<String, DbErr> {
    let row: Option<Cluster> = platform_txn::one(
        txn,
        "SELECT cluster FROM platform.tenants WHERE code = $1",
        vec![tenant.as_str().into()],
    )
    .await?;
    Ok(row.ok_or(DbErr::RecordNotFound(format!("tenant {tenant}")))?.cluster)
}

/// Whether the upsert of a tenant row inserted it.
#[derive(Debug, FromQueryResult)]
struct Inserted {
    inserted: bool,
}

/// Inserts or updates the tenant row; returns whether it was inserted.
async fn upsert_tenant(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<bool, DbErr> {
    let locales: Vec<String> = config.locales.iter().map(|tag| tag.as_str().to_owned()).collect();
    let name = config.name.get(&config.default_locale, &config.default_locale).to_owned();
    let row: Option<Inserted> = platform_txn::one(
        txn,
        "INSERT INTO platform.tenants (code, name, default_locale, locales, time_zone) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (code) DO UPDATE SET name = EXCLUDED.name, default_locale = EXCLUDED.default_locale, \
         locales = EXCLUDED.locales, time_zone = EXCLUDED.time_zone, updated_at = now() \
         RETURNING (xmax = 0) AS inserted",
        vec![
            config.code.as_str().into(),
            name.into(),
            config.default_locale.as_str().into(),
            locales.into(),
            config.time_zone.as_str().into(),
        ],
    )
    .await?;
    Ok(row.ok_or(DbErr::RecordNotInserted)?.inserted)
}

/// A hostname another tenant holds already.
#[derive(Debug, FromQueryResult)]
struct TakenHostname {
    hostname: String,
    tenant_code: String,
}

/// Makes the tenant's hostnames exactly those configured, refusing any that another tenant holds.
async fn sync_hostnames(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<(), ApplyError> {
    let hostnames: Vec<String> = config.hostnames.iter().map(|host| host.as_str().to_owned()).collect();
    let taken: Option<TakenHostname> = platform_txn::one(
        txn,
        "SELECT hostname, tenant_code FROM platform.tenant_hostnames WHERE hostname = ANY($1) AND tenant_code <> $2 LIMIT 1",
        vec![hostnames.clone().into(), config.code.as_str().into()],
    )
    .await?;
    if let Some(taken) = taken {
        return Err(ApplyError::HostnameTaken {
            hostname: taken.hostname,
            owner: taken.tenant_code,
        });
    }
    platform_txn::execute(
        txn,
        "DELETE FROM platform.tenant_hostnames WHERE tenant_code = $1 AND NOT (hostname = ANY($2))",
        vec![config.code.as_str().into(), hostnames.clone().into()],
    )
    .await?;
    platform_txn::execute(
        txn,
        "INSERT INTO platform.tenant_hostnames (hostname, tenant_code) SELECT unnest($1::text[]), $2 ON CONFLICT (hostname) DO NOTHING",
        vec![hostnames.into(), config.code.as_str().into()],
    )
    .await?;
    Ok(())
}

/// The latest configuration version of a tenant, and whether it equals the one being applied.
#[derive(Debug, FromQueryResult)]
struct LatestVersion {
    version: i32,
    same: bool,
}

/// Records `config` as a new version unless it equals the latest; returns the version in force and
/// whether it is new.
async fn record_config_version(txn: &DatabaseTransaction, config: &TenantConfig, actor: &str) -> Result<(i32, bool), DbErr> {
    let document = serde_json::to_value(config).map_err(|error| DbErr::Json(error.to_string()))?;
    let latest: Option<LatestVersion> = platform_txn::one(
        txn,
        "SELECT version, config = $2 AS same FROM platform.tenant_config_versions WHERE tenant_code = $1 ORDER BY version DESC LIMIT 1",
        vec![config.code.as_str().into(), document.clone().into()],
    )
    .await?;
    let (latest_version, same) = latest.map_or((0, false), |latest| (latest.version, latest.same));
    if same {
        return Ok((latest_version, false));
    }
    let version = latest_version + 1;
    platform_txn::execute(
        txn,
        "INSERT INTO platform.tenant_config_versions (tenant_code, version, config, applied_by) VALUES ($1, $2, $3, $4)",
        vec![config.code.as_str().into(), version.into(), document.into(), actor.into()],
    )
    .await?;
    Ok((version, true))
}
