//! `POST /api/staff/facilities`, `PUT /api/staff/facilities/{id}`, `POST /api/staff/facilities/{id}/deactivate`.

use actix_web::{HttpResponse, web};
use cowin_app::access::WriteFacility;
use cowin_tenant_config::Facility;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::facility_body::FacilityBody;
use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct FacilityPath {
    id: i64,
}

/// The facility created.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FacilityCreated {
    /// Its id.
    center_id: i64,
}

/// Creates a facility in a district the caller runs.
#[utoipa::path(post, path = "/api/staff/facilities", tag = "operations", request_body = FacilityBody, security(("bearer" = [])),
    responses((status = 201, body = FacilityCreated)))]
pub(crate) async fn create(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let facility: Facility = parse(&body)?;
    let center_id = state.facilities().create(&tenant, &staff, &facility).await?;
    Ok(HttpResponse::Created().json(FacilityCreated { center_id }))
}

/// Replaces a staff-created facility (facilities of tenant.toml change there).
#[utoipa::path(put, path = "/api/staff/facilities/{id}", tag = "operations", params(("id" = i64, Path, description = "Centre id")), request_body = FacilityBody, security(("bearer" = [])),
    responses((status = 204, description = "Updated")))]
pub(crate) async fn update(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<FacilityPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let facility: Facility = parse(&body)?;
    state.facilities().update(&tenant, &staff, path.id, &facility).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Closes a facility to new sessions.
#[utoipa::path(post, path = "/api/staff/facilities/{id}/deactivate", tag = "operations", params(("id" = i64, Path, description = "Centre id")), security(("bearer" = [])),
    responses((status = 204, description = "Deactivated")))]
pub(crate) async fn deactivate(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<FacilityPath>,
) -> Result<HttpResponse, ApiError> {
    state.facilities().deactivate(&tenant, &staff, path.id).await?;
    Ok(HttpResponse::NoContent().finish())
}
