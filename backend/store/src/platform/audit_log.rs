//! Reading the append-only audit log: NHA reads all of it, a tenant admin only their tenant's rows.

use chrono::{DateTime, Utc};
use cowin_core::TenantCode;
use sea_orm::{DbErr, FromQueryResult};
use serde::Serialize;

use crate::platform_txn::{self, PlatformConnection};

/// One recorded administrative action.
#[derive(Debug, Clone, Serialize, FromQueryResult)]
pub struct AuditEntry {
    /// Position in the log.
    pub id: i64,
    /// When.
    pub occurred_at: DateTime<Utc>,
    /// Who (an NHA user id, a staff id, `cli:<user>`).
    pub actor: String,
    /// Which tenant, if any.
    pub tenant_code: Option<String>,
    /// What was done.
    pub action: String,
    /// To what.
    pub target: String,
    /// Details (never personal data).
    pub detail: serde_json::Value,
}

/// What to read.
#[derive(Debug, Clone, Default)]
pub struct AuditQuery {
    /// Only this tenant's entries.
    pub tenant: Option<TenantCode>,
    /// Only actions starting with this (`tenant.`, `licence.revoke`).
    pub action_prefix: Option<String>,
    /// Only entries older than this id (paging backwards).
    pub before: Option<i64>,
    /// At most this many (capped at 500).
    pub limit: u64,
}

/// The newest entries matching `query`, newest first.
pub async fn read(on: &impl PlatformConnection, query: &AuditQuery) -> Result<Vec<AuditEntry>, DbErr> {
    platform_txn::all(
        on,
        "SELECT id, occurred_at, actor, tenant_code::text AS tenant_code, action, target, detail FROM platform.audit_events \
         WHERE ($1::text IS NULL OR tenant_code = $1) AND ($2::text IS NULL OR starts_with(action, $2)) \
         AND ($3::int8 IS NULL OR id < $3) ORDER BY id DESC LIMIT $4",
        vec![
            query.tenant.map(|code| code.as_str().to_owned()).into(),
            query.action_prefix.clone().into(),
            query.before.into(),
            i64::try_from(query.limit.clamp(1, 500)).unwrap_or(100).into(),
        ],
    )
    .await
}
