//! The append-only audit log in `platform.audit_events`.

use cowin_core::TenantCode;
use sea_orm::DbErr;

use crate::platform_txn::{self, PlatformConnection};

/// One administrative action: who did what to which target, in which tenant.
#[derive(Debug)]
pub struct AuditEvent<'a> {
    /// Who acted (`cli:root`, an NHA user id, a staff id).
    pub actor: &'a str,
    /// The tenant acted on, if any.
    pub tenant: Option<TenantCode>,
    /// What was done (`tenant.create`, `tenant.suspend`).
    pub action: &'a str,
    /// What it was done to.
    pub target: String,
    /// Details without personal data.
    pub detail: serde_json::Value,
}

impl<'a> AuditEvent<'a> {
    /// An action on a whole tenant, whose target is the tenant itself.
    pub fn on_tenant(actor: &'a str, tenant: TenantCode, action: &'a str, detail: serde_json::Value) -> Self {
        Self {
            actor,
            tenant: Some(tenant),
            action,
            target: tenant.to_string(),
            detail,
        }
    }
}

/// Appends `event` within the caller's transaction, so the action and its record commit together.
pub async fn record(on: &impl PlatformConnection, event: AuditEvent<'_>) -> Result<(), DbErr> {
    platform_txn::execute(
        on,
        "INSERT INTO platform.audit_events (actor, tenant_code, action, target, detail) VALUES ($1, $2, $3, $4, $5)",
        vec![
            event.actor.into(),
            event.tenant.map(|tenant| tenant.as_str().to_owned()).into(),
            event.action.into(),
            event.target.into(),
            event.detail.into(),
        ],
    )
    .await
    .map(drop)
}

/// Appends an action of staff member `actor` on `target` in the transaction's tenant, committed with the action.
pub async fn record_in_tenant(
    txn: &crate::TenantTxn,
    actor: uuid::Uuid,
    action: &str,
    target: String,
    detail: serde_json::Value,
) -> Result<(), DbErr> {
    let actor = format!("staff:{actor}");
    let event = AuditEvent {
        actor: &actor,
        tenant: Some(txn.tenant()),
        action,
        target,
        detail,
    };
    record(txn, event).await
}
