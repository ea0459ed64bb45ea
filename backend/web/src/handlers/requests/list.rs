//! `GET /api/staff/requests?status=`: citizens' requests for a tenant administrator to act on.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadCorrections;
use serde::Deserialize;

use super::CitizenRequests;
use crate::extractors::{Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::{ApiError, AppState};

/// Which requests.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct StatusFilter {
    /// `open` (the default), `approved`, `resolved`, `rejected`, or `all`.
    status: Option<String>,
}

/// The requests of a status, oldest first (at most 500).
#[utoipa::path(get, path = "/api/staff/requests", tag = "requests", params(StatusFilter), security(("bearer" = [])),
    responses((status = 200, body = CitizenRequests)))]
pub(crate) async fn list(
    _admin: Staff<ReadCorrections>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<CitizenRequests>, ApiError> {
    let filter: StatusFilter = query_after_access(&req)?;
    let status = match filter.status.as_deref() {
        None => Some("open"),
        Some("all") => None,
        Some(status) => Some(status),
    };
    let rows = state.citizen_requests().listed(&tenant, status).await?;
    Ok(web::Json(CitizenRequests::of(rows)))
}
