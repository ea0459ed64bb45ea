//! `GET /platform/api/licence-events?tenant=&limit=`: the licence guard's refusals (forged, expired, revoked licences,
//! unlicensed hostnames), newest first.

use actix_web::{HttpRequest, web};
use chrono::{DateTime, Utc};
use cowin_app::access::ManageTenants;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::tenant_code;
use crate::extractors::Nha;
use crate::handlers::extract_errors::query_after_access;
use crate::{ApiError, AppState};

/// `?tenant=&limit=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct EventQuery {
    /// One tenant; every tenant if absent.
    tenant: Option<String>,
    /// At most this many (default 100, at most 500).
    limit: Option<u64>,
}

/// One refusal of the licence guard.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct LicenceEventView {
    /// When.
    occurred_at: DateTime<Utc>,
    /// The tenant concerned, if one could be named.
    tenant_code: Option<String>,
    /// The licence concerned, if it could be read.
    licence_id: Option<String>,
    /// The refusal's code (`LICENCE_FORGED`, ...).
    code: String,
    /// `apply`, `startup` or `request`.
    context: String,
    /// The requested hostname, for requests.
    hostname: Option<String>,
    /// The guard's explanation.
    detail: String,
}

/// The guard's refusals.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct LicenceEvents {
    /// Newest first.
    events: Vec<LicenceEventView>,
}

/// The licence guard's latest refusals.
#[utoipa::path(get, path = "/api/licence-events", tag = "platform", params(EventQuery), security(("bearer" = [])),
    responses((status = 200, body = LicenceEvents)))]
pub(crate) async fn events(
    _nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<LicenceEvents>, ApiError> {
    let query: EventQuery = query_after_access(&req)?;
    let tenant = query.tenant.as_deref().map(tenant_code).transpose()?;
    let events = state
        .tenant_administration()
        .licence_events(tenant, query.limit.unwrap_or(100))
        .await?;
    Ok(web::Json(LicenceEvents {
        events: events
            .into_iter()
            .map(|event| LicenceEventView {
                occurred_at: event.occurred_at,
                tenant_code: event.tenant_code,
                licence_id: event.licence_id,
                code: event.code,
                context: event.context,
                hostname: event.hostname,
                detail: event.detail,
            })
            .collect(),
    }))
}
