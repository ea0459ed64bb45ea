//! Reading and changing the platform's list of tenants.

use std::sync::Arc;

use cowin_core::eligibility::Catalogue;
use cowin_core::{Hostname, LocaleTag, TenantCode, TenantStatus};
use cowin_tenant_config::TenantConfig;
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult};

use crate::audit::{self, AuditEvent};
use crate::platform_txn::{self, PlatformConnection, PlatformTxn};

/// A tenant as the router and the CLI see it.
#[derive(Debug, Clone)]
pub struct TenantRecord {
    /// Country code.
    pub code: TenantCode,
    /// Name in the default locale.
    pub name: String,
    /// Active or suspended.
    pub status: TenantStatus,
    /// Why it was suspended.
    pub status_reason: Option<String>,
    /// Default locale.
    pub default_locale: LocaleTag,
    /// Enabled locales.
    pub locales: Vec<LocaleTag>,
    /// IANA time zone.
    pub time_zone: String,
    /// The database cluster holding its schema ([`crate::clusters`]).
    pub cluster: String,
    /// How much longer its transactions wait for a move to another cluster, if one is under way.
    pub paused_for: Option<std::time::Duration>,
    /// Hostnames routed to it.
    pub hostnames: Vec<Hostname>,
    /// Latest applied configuration version.
    pub config_version: i32,
    /// That configuration.
    pub config: Arc<TenantConfig>,
    /// Its vaccine catalogue.
    pub catalogue: Arc<Catalogue>,
    /// The licence in force (the signed document; the licence guard judges it), if one is installed.
    pub licence: Option<String>,
}

/// Failures of tenant administration.
#[derive(Debug, thiserror::Error)]
pub enum TenantAdminError {
    #[error("no tenant {0} is registered")]
    NotFound(TenantCode),
    #[error("platform data is inconsistent: {0}")]
    Corrupt(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// A tenant as [`SELECT_TENANTS`] reads it, before its fields are parsed.
#[derive(Debug, FromQueryResult)]
struct TenantRow {
    code: String,
    name: String,
    status: String,
    status_reason: Option<String>,
    default_locale: String,
    locales: Vec<String>,
    time_zone: String,
    cluster: String,
    pause_left_ms: Option<i64>,
    hostnames: Vec<String>,
    config_version: i32,
    licence: Option<String>,
}

/// A parsed configuration and its catalogue, shared between snapshots of the tenant list.
pub type ParsedConfig = (Arc<TenantConfig>, Arc<Catalogue>);

/// Every tenant with its hostnames, latest configuration version and licence in force, in one round trip.
const SELECT_TENANTS: &str = "SELECT t.code, t.name, t.status, t.status_reason, t.default_locale, t.locales, t.time_zone, t.cluster, \
     CASE WHEN t.paused_until > now() THEN (extract(epoch FROM t.paused_until - now()) * 1000)::int8 END AS pause_left_ms, \
     COALESCE((SELECT array_agg(h.hostname ORDER BY h.hostname) FROM platform.tenant_hostnames h WHERE h.tenant_code = t.code), '{}') AS hostnames, \
     COALESCE((SELECT max(v.version) FROM platform.tenant_config_versions v WHERE v.tenant_code = t.code), 0) AS config_version, \
     (SELECT l.document FROM platform.licences l WHERE l.tenant_code = t.code ORDER BY l.installed_at DESC, l.licence_id DESC LIMIT 1) AS licence \
     FROM platform.tenants t";

/// One stored configuration document.
#[derive(Debug, FromQueryResult)]
struct ConfigRow {
    config: serde_json::Value,
}

/// Reads and parses one configuration version.
async fn load_config(on: &impl PlatformConnection, code: &str, version: i32) -> Result<ParsedConfig, TenantAdminError> {
    let corrupt = |what: String| TenantAdminError::Corrupt(format!("tenant {code}: {what}"));
    let row = platform_txn::one::<ConfigRow>(
        on,
        "SELECT config FROM platform.tenant_config_versions WHERE tenant_code = $1 AND version = $2",
        vec![code.into(), version.into()],
    )
    .await?
    .ok_or_else(|| corrupt(format!("configuration version {version} is missing")))?;
    let config: TenantConfig = serde_json::from_value(row.config).map_err(|error| corrupt(format!("stored configuration: {error}")))?;
    let catalogue = Arc::new(config.catalogue());
    Ok((Arc::new(config), catalogue))
}

/// Parses a row into a record; a value that does not parse means the platform data is corrupt.
fn record(row: TenantRow, (config, catalogue): ParsedConfig) -> Result<TenantRecord, TenantAdminError> {
    let corrupt = |what: String| TenantAdminError::Corrupt(format!("tenant {}: {what}", row.code));
    let locales = row
        .locales
        .iter()
        .map(|tag| LocaleTag::parse(tag).map_err(|error| corrupt(error.to_string())))
        .collect::<Result<_, _>>()?;
    let hostnames = row
        .hostnames
        .iter()
        .map(|host| Hostname::parse(host).map_err(|error| corrupt(error.to_string())))
        .collect::<Result<_, _>>()?;
    Ok(TenantRecord {
        code: TenantCode::parse(&row.code).map_err(|error| corrupt(error.to_string()))?,
        status: TenantStatus::parse(&row.status).ok_or_else(|| corrupt(format!("unknown status {:?}", row.status)))?,
        default_locale: LocaleTag::parse(&row.default_locale).map_err(|error| corrupt(error.to_string()))?,
        locales,
        hostnames,
        name: row.name,
        status_reason: row.status_reason,
        time_zone: row.time_zone,
        cluster: row.cluster,
        paused_for: row
            .pause_left_ms
            .and_then(|ms| u64::try_from(ms).ok())
            .map(std::time::Duration::from_millis),
        config_version: row.config_version,
        licence: row.licence,
        config,
        catalogue,
    })
}

/// One registered tenant as the database has it now (its configuration parsed), if it is registered.
pub async fn one(on: &impl PlatformConnection, code: TenantCode) -> Result<Option<TenantRecord>, TenantAdminError> {
    let rows: Vec<TenantRow> = platform_txn::all(on, &format!("{SELECT_TENANTS} WHERE t.code = $1"), vec![code.as_str().into()]).await?;
    match rows.into_iter().next() {
        Some(row) => {
            let parsed = load_config(on, &row.code, row.config_version).await?;
            Ok(Some(record(row, parsed)?))
        }
        None => Ok(None),
    }
}

/// Every registered tenant, by code.
pub async fn list(on: &impl PlatformConnection) -> Result<Vec<TenantRecord>, TenantAdminError> {
    list_reusing(on, |_, _| None).await
}

/// Every registered tenant, taking the parsed configuration from `known(code, version)` when it has that
/// version already, so a periodic reload parses only what changed.
pub async fn list_reusing(
    on: &impl PlatformConnection,
    known: impl Fn(&str, i32) -> Option<ParsedConfig>,
) -> Result<Vec<TenantRecord>, TenantAdminError> {
    let rows: Vec<TenantRow> = platform_txn::all(on, &format!("{SELECT_TENANTS} ORDER BY t.code"), vec![]).await?;
    let mut records = Vec::with_capacity(rows.len());
    for row in rows {
        let parsed = match known(&row.code, row.config_version) {
            Some(parsed) => parsed,
            None => load_config(on, &row.code, row.config_version).await?,
        };
        records.push(record(row, parsed)?);
    }
    Ok(records)
}

/// Codes of every registered tenant, for migrating them all.
pub async fn codes(on: &impl PlatformConnection) -> Result<Vec<TenantCode>, TenantAdminError> {
    Ok(list(on).await?.into_iter().map(|tenant| tenant.code).collect())
}

/// Suspends or resumes a tenant and records who did it and why.
pub async fn set_status(
    db: &DatabaseConnection,
    tenant: TenantCode,
    status: TenantStatus,
    reason: Option<&str>,
    actor: &str,
) -> Result<(), TenantAdminError> {
    let txn = PlatformTxn::begin(db).await?;
    let updated = platform_txn::execute(
        &txn,
        "UPDATE platform.tenants SET status = $2, status_reason = $3, updated_at = now() WHERE code = $1",
        vec![tenant.as_str().into(), status.as_str().into(), reason.map(str::to_owned).into()],
    )
    .await?;
    if updated == 0 {
        return Err(TenantAdminError::NotFound(tenant));
    }
    let action = match status {
        TenantStatus::Active => "tenant.resume",
        TenantStatus::Suspended => "tenant.suspend",
    };
    let detail = serde_json::json!({ "reason": reason });
    audit::record(&txn, AuditEvent::on_tenant(actor, tenant, action, detail)).await?;
    txn.commit().await?;
    Ok(())
}
