//! The licences installed for tenants, NHA's revocations, and the guard's refusals (platform schema). What a
//! licence means is the licence crate's business; this module only keeps the signed documents.

use cowin_core::TenantCode;
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult};

use crate::audit::{self, AuditEvent};
use crate::platform_txn::{self, PlatformConnection, PlatformTxn};

/// A licence to install: its id (read from the verified document) and the document as NHA issued it.
#[derive(Debug, Clone)]
pub struct LicenceInstall {
    /// Licence id.
    pub licence_id: String,
    /// The signed document.
    pub document: String,
}

/// Installs `licence` for `tenant` (it becomes the one in force) within the caller's transaction, unless it is
/// the one in force already. Returns whether it was new.
pub async fn install(on: &impl PlatformConnection, tenant: TenantCode, licence: &LicenceInstall, actor: &str) -> Result<bool, DbErr> {
    let inserted = platform_txn::execute(
        on,
        "INSERT INTO platform.licences (licence_id, tenant_code, document, installed_by) VALUES ($1, $2, $3, $4) \
         ON CONFLICT (licence_id) DO NOTHING",
        vec![
            licence.licence_id.clone().into(),
            tenant.as_str().into(),
            licence.document.clone().into(),
            actor.into(),
        ],
    )
    .await?
        == 1;
    if inserted {
        let detail = serde_json::json!({ "licence_id": licence.licence_id });
        audit::record(on, AuditEvent::on_tenant(actor, tenant, "licence.install", detail)).await?;
    }
    Ok(inserted)
}

/// A signed document as stored.
#[derive(Debug, FromQueryResult)]
struct DocumentRow {
    document: String,
}

/// NHA's signed revocations, as stored (the caller checks their signatures).
pub async fn revocations(on: &impl PlatformConnection) -> Result<Vec<String>, DbErr> {
    let rows: Vec<DocumentRow> =
        platform_txn::all(on, "SELECT document FROM platform.licence_revocations ORDER BY revoked_at", vec![]).await?;
    Ok(rows.into_iter().map(|row| row.document).collect())
}

/// The tenant a licence was issued to.
#[derive(Debug, FromQueryResult)]
struct TenantCodeRow {
    tenant_code: String,
}

/// Stores a signed revocation of `licence_id` (checked by the caller) and audits it in the same commit; storing it
/// twice is harmless.
pub async fn revoke(db: &DatabaseConnection, licence_id: &str, document: &str, actor: &str) -> Result<Option<TenantCode>, DbErr> {
    let txn = PlatformTxn::begin(db).await?;
    let tenant = platform_txn::one::<TenantCodeRow>(
        &txn,
        "SELECT tenant_code FROM platform.licences WHERE licence_id = $1",
        vec![licence_id.into()],
    )
    .await?
    .and_then(|row| TenantCode::parse(&row.tenant_code).ok());
    platform_txn::execute(
        &txn,
        "INSERT INTO platform.licence_revocations (licence_id, document) VALUES ($1, $2) ON CONFLICT (licence_id) DO NOTHING",
        vec![licence_id.into(), document.into()],
    )
    .await?;
    let event = AuditEvent {
        actor,
        tenant,
        action: "licence.revoke",
        target: licence_id.to_owned(),
        detail: serde_json::json!({}),
    };
    audit::record(&txn, event).await?;
    txn.commit().await?;
    Ok(tenant)
}

/// Where the guard refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LicenceContext {
    /// `tenant apply` or onboarding through the API.
    Apply,
    /// Server start-up.
    Startup,
    /// A request.
    Request,
}

impl LicenceContext {
    fn as_str(self) -> &'static str {
        match self {
            Self::Apply => "apply",
            Self::Startup => "startup",
            Self::Request => "request",
        }
    }
}

/// One refusal by the licence guard.
#[derive(Debug, Clone)]
pub struct LicenceEvent {
    /// The tenant concerned, if one could be named.
    pub tenant: Option<TenantCode>,
    /// The licence concerned, if it could be read.
    pub licence_id: Option<String>,
    /// The error code (`LICENCE_FORGED`).
    pub code: &'static str,
    /// Where.
    pub context: LicenceContext,
    /// The requested hostname, for requests.
    pub hostname: Option<String>,
    /// The guard's explanation (no personal data).
    pub detail: String,
}

/// Appends a licence event.
pub async fn record_event(on: &impl PlatformConnection, event: &LicenceEvent) -> Result<(), DbErr> {
    platform_txn::execute(
        on,
        "INSERT INTO platform.licence_events (tenant_code, licence_id, code, context, hostname, detail) VALUES ($1, $2, $3, $4, $5, $6)",
        vec![
            event.tenant.map(|tenant| tenant.as_str().to_owned()).into(),
            event.licence_id.clone().into(),
            event.code.into(),
            event.context.as_str().into(),
            event.hostname.clone().into(),
            event.detail.clone().into(),
        ],
    )
    .await
    .map(drop)
}

/// A stored licence event.
#[derive(Debug, Clone, FromQueryResult, serde::Serialize)]
pub struct StoredLicenceEvent {
    /// When.
    pub occurred_at: chrono::DateTime<chrono::Utc>,
    /// Tenant.
    pub tenant_code: Option<String>,
    /// Licence.
    pub licence_id: Option<String>,
    /// Error code.
    pub code: String,
    /// `apply`, `startup` or `request`.
    pub context: String,
    /// Hostname.
    pub hostname: Option<String>,
    /// Explanation.
    pub detail: String,
}

/// The latest `limit` licence events, of one tenant or all, newest first.
pub async fn events(on: &impl PlatformConnection, tenant: Option<TenantCode>, limit: u64) -> Result<Vec<StoredLicenceEvent>, DbErr> {
    platform_txn::all(
        on,
        "SELECT occurred_at, tenant_code::text AS tenant_code, licence_id, code, context, hostname, detail FROM platform.licence_events \
         WHERE $1::text IS NULL OR tenant_code = $1 ORDER BY id DESC LIMIT $2",
        vec![
            tenant.map(|code| code.as_str().to_owned()).into(),
            i64::try_from(limit).unwrap_or(i64::MAX).into(),
        ],
    )
    .await
}
