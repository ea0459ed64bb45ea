//! `GET /api/staff/audit?action=&before=&limit=`: a tenant admin reads their own tenant's audit log entries.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::platform::audit_log::{self, AuditQuery};
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::staff::access::{ReadTenantAudit, Staff};
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
    responses((status = 200, description = "`{\"entries\":[{\"id\",\"occurred_at\",\"actor\",\"tenant_code\",\"action\",\"target\",\"detail\"}]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn audit(
    _admin: Staff<ReadTenantAudit>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let filters =
        web::Query::<Filters>::from_query(req.query_string()).map_err(|error| crate::handlers::extract_errors::invalid_query(&error))?;
    let query = AuditQuery {
        tenant: Some(tenant.code),
        action_prefix: filters.action.clone().filter(|action| !action.is_empty()),
        before: filters.before,
        limit: filters.limit.unwrap_or(100),
    };
    let entries = audit_log::read(&state.db, &query).await?;
    Ok(HttpResponse::Ok().json(json!({ "entries": entries })))
}
