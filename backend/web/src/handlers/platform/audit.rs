//! `GET /platform/api/audit?tenant=&action=&before=&limit=`: the platform's audit log, newest first.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadPlatformAudit;
use cowin_app::platform::audit::AuditFilter;
use serde::Deserialize;

use super::tenant_code;
use crate::extractors::Nha;
use crate::handlers::audit_entries::Entries;
use crate::handlers::extract_errors::query_after_access;
use crate::{ApiError, AppState};

/// Filters and paging.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Filters {
    /// Only this tenant's entries.
    tenant: Option<String>,
    /// Only actions starting with this (`tenant.`, `licence.`).
    action: Option<String>,
    /// Only entries older than this id.
    before: Option<i64>,
    /// At most this many (default 100, at most 500).
    limit: Option<u64>,
}

/// Reads the log: every tenant's entries and the platform's.
#[utoipa::path(get, path = "/api/audit", tag = "platform", params(Filters), security(("bearer" = [])),
    responses((status = 200, body = Entries)))]
pub(crate) async fn read(
    _nha: Nha<ReadPlatformAudit>,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<Entries>, ApiError> {
    let filters: Filters = query_after_access(&req)?;
    let tenant = filters.tenant.as_deref().map(tenant_code).transpose()?;
    let filter = AuditFilter {
        action: filters.action,
        before: filters.before,
        limit: filters.limit,
    };
    let entries = state.audit_log().read(tenant, &filter).await?;
    Ok(web::Json(entries.into()))
}
