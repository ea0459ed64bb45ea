//! `GET /api/staff/audit?action=&before=&limit=`: a tenant admin reads their own tenant's audit log entries.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadTenantAudit;
use cowin_app::platform::audit::AuditFilter;
use serde::Deserialize;

use crate::extractors::{Staff, Tenant};
use crate::handlers::audit_entries::Entries;
use crate::handlers::extract_errors::query_after_access;
use crate::{ApiError, AppState};

/// Filters and paging.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Filters {
    /// Only actions starting with this (`staff.`, `correction.`).
    action: Option<String>,
    /// Only entries older than this id.
    before: Option<i64>,
    /// At most this many (default 100, at most 500).
    limit: Option<u64>,
}

/// The tenant's own entries, newest first; never another tenant's or the platform's.
#[utoipa::path(get, path = "/api/staff/audit", tag = "staff", params(Filters), security(("bearer" = [])),
    responses((status = 200, body = Entries)))]
pub(crate) async fn audit(
    _admin: Staff<ReadTenantAudit>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<Entries>, ApiError> {
    let filters: Filters = query_after_access(&req)?;
    let filter = AuditFilter {
        action: filters.action,
        before: filters.before,
        limit: filters.limit,
    };
    let entries = state.audit_log().read(Some(tenant.code), &filter).await?;
    Ok(web::Json(entries.into()))
}
