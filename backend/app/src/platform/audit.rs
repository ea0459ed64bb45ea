//! The append-only audit log, read by NHA (any entry), by a tenant's administrators (their tenant's entries only)
//! and by the command line.

use cowin_core::TenantCode;
use cowin_store::platform::audit_log::{self, AuditEntry, AuditQuery};
use cowin_store::{Databases, DbErr};

/// Entries returned when the caller names no limit.
pub const DEFAULT_LIMIT: u64 = 100;

/// What to read.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter {
    /// Only actions starting with this (`staff.`, `tenant.`).
    pub action: Option<String>,
    /// Only entries older than this id (paging backwards).
    pub before: Option<i64>,
    /// At most this many (capped at 500; [`DEFAULT_LIMIT`] if absent).
    pub limit: Option<u64>,
}

/// The audit log.
#[derive(Debug)]
pub struct AuditLog<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl AuditLog<'_> {
    /// Entries of `tenant` (or of every tenant and the platform, for `None`), newest first.
    pub async fn read(&self, tenant: Option<TenantCode>, filter: &AuditFilter) -> Result<Vec<AuditEntry>, DbErr> {
        let query = AuditQuery {
            tenant,
            action_prefix: filter.action.clone().filter(|action| !action.is_empty()),
            before: filter.before,
            limit: filter.limit.unwrap_or(DEFAULT_LIMIT),
        };
        audit_log::read(self.db, &query).await
    }
}
