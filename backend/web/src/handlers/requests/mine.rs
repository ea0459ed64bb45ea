//! `GET /api/citizen/requests`: the signed-in citizen's requests with their status.

use actix_web::web;

use super::CitizenRequests;
use crate::extractors::{Citizen, Tenant};
use crate::{ApiError, AppState};

/// The account's requests, newest first.
#[utoipa::path(get, path = "/api/citizen/requests", tag = "requests", security(("bearer" = [])),
    responses((status = 200, body = CitizenRequests)))]
pub(crate) async fn mine(citizen: Citizen, tenant: Tenant, state: web::Data<AppState>) -> Result<web::Json<CitizenRequests>, ApiError> {
    let rows = state.citizen_requests().of_account(&tenant, citizen.account).await?;
    Ok(web::Json(CitizenRequests::of(rows)))
}
