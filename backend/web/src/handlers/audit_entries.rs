//! Audit log entries as both audit endpoints answer them (a tenant admin's own tenant, NHA's whole platform).

use chrono::{DateTime, Utc};
use cowin_store::platform::audit_log::AuditEntry;
use serde::Serialize;
use serde_json::Value;
use utoipa::ToSchema;

/// One entry of the append-only log.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Entry {
    /// Position in the log (page backwards with `before`).
    id: i64,
    /// When.
    occurred_at: DateTime<Utc>,
    /// Who: `nha:<id>`, `staff:<id>`, `cli:<user>`.
    actor: String,
    /// Which tenant, if any.
    tenant_code: Option<String>,
    /// What was done (`tenant.onboard`, `staff.invite`, ...).
    action: String,
    /// To what.
    target: String,
    /// Details (never personal data).
    #[schema(value_type = Object)]
    detail: Value,
}

/// Entries, newest first.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Entries {
    /// Newest first.
    entries: Vec<Entry>,
}

impl From<Vec<AuditEntry>> for Entries {
    fn from(entries: Vec<AuditEntry>) -> Self {
        Self {
            entries: entries
                .into_iter()
                .map(|entry| Entry {
                    id: entry.id,
                    occurred_at: entry.occurred_at,
                    actor: entry.actor,
                    tenant_code: entry.tenant_code,
                    action: entry.action,
                    target: entry.target,
                    detail: entry.detail,
                })
                .collect(),
        }
    }
}
