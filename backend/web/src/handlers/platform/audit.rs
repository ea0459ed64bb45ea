//! `GET /platform/api/audit?tenant=&action=&before=&limit=`: the platform's audit log, newest first.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::platform::audit_log::{self, AuditQuery};
use serde::Deserialize;
use serde_json::json;

use super::tenant_code;
use crate::platform::access::{Nha, ReadPlatformAudit};
use crate::{ApiError, AppState};

/// Filters and paging.
#[derive(Debug, Deserialize)]
pub(crate) struct Filters {
    tenant: Option<String>,
    action: Option<String>,
    before: Option<i64>,
    limit: Option<u64>,
}

/// Reads the log.
pub(crate) async fn read(_nha: Nha<ReadPlatformAudit>, state: web::Data<AppState>, req: HttpRequest) -> Result<HttpResponse, ApiError> {
    let filters =
        web::Query::<Filters>::from_query(req.query_string()).map_err(|error| crate::handlers::extract_errors::invalid_query(&error))?;
    let query = AuditQuery {
        tenant: filters.tenant.as_deref().map(tenant_code).transpose()?,
        action_prefix: filters.action.clone().filter(|action| !action.is_empty()),
        before: filters.before,
        limit: filters.limit.unwrap_or(100),
    };
    let entries = audit_log::read(&state.db, &query).await?;
    Ok(HttpResponse::Ok().json(json!({ "entries": entries })))
}
