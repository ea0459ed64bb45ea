//! `POST /api/staff/facilities`, `PUT /api/staff/facilities/{id}`, `POST /api/staff/facilities/{id}/deactivate`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::TenantTxn;
use cowin_store::audit::record_in_tenant;
use cowin_store::operations::{create_facility, deactivate_facility, facility_place, update_facility};
use cowin_tenant_config::{Facility, facility_problems};
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::staff::access::{Staff, WriteFacility};
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct FacilityPath {
    id: i64,
}

/// Parses and checks a facility with the same rules as tenant.toml; the first problem names the field.
fn valid_facility(tenant: &Tenant, body: &[u8]) -> Result<Facility, ApiError> {
    let facility: Facility = crate::handlers::json_body::parse(body)?;
    match facility_problems(&tenant.config, &facility).into_iter().next() {
        Some((field, _)) => Err(ApiError::invalid_parameter(&field)),
        None => Ok(facility),
    }
}

/// Creates a facility in a district the caller runs.
#[utoipa::path(post, path = "/api/staff/facilities", tag = "operations", request_body(content = String, description = "A facility as in tenant.toml's [[facilities]] (without id)", content_type = "application/json"), security(("bearer" = [])),
    responses((status = 201, description = "`{\"center_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn create(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let facility = valid_facility(&tenant, &body)?;
    if !staff.runs_district(facility.district_id) {
        return Err(ApiError::new(ErrorCode::Forbidden));
    }
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let id = create_facility(&txn, &facility).await?;
    let detail = json!({ "district_id": facility.district_id });
    record_in_tenant(&txn, staff.id, "facility.create", id.to_string(), detail).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(json!({ "center_id": id })))
}

/// Replaces a staff-created facility (facilities of tenant.toml change there).
#[utoipa::path(put, path = "/api/staff/facilities/{id}", tag = "operations", params(("id" = i64, Path, description = "Centre id")), request_body(content = String, description = "A facility as in tenant.toml's [[facilities]]", content_type = "application/json"), security(("bearer" = [])),
    responses((status = 204, description = "Updated"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn update(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<FacilityPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let facility = valid_facility(&tenant, &body)?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let place = facility_place(&txn, path.id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::FacilityNotFound))?;
    if !staff.runs_district(place.district_id) || !staff.runs_district(facility.district_id) {
        return Err(ApiError::new(ErrorCode::Forbidden));
    }
    if place.managed_by_config {
        return Err(ApiError::new(ErrorCode::FacilityManagedByConfig));
    }
    update_facility(&txn, path.id, &facility).await?;
    let detail = json!({ "district_id": facility.district_id });
    record_in_tenant(&txn, staff.id, "facility.update", path.id.to_string(), detail).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Closes a facility to new sessions.
#[utoipa::path(post, path = "/api/staff/facilities/{id}/deactivate", tag = "operations", params(("id" = i64, Path, description = "Centre id")), security(("bearer" = [])),
    responses((status = 204, description = "Deactivated"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn deactivate(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<FacilityPath>,
) -> Result<HttpResponse, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let place = facility_place(&txn, path.id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::FacilityNotFound))?;
    if !staff.runs_district(place.district_id) {
        return Err(ApiError::new(ErrorCode::Forbidden));
    }
    if place.managed_by_config {
        return Err(ApiError::new(ErrorCode::FacilityManagedByConfig));
    }
    deactivate_facility(&txn, path.id).await?;
    record_in_tenant(&txn, staff.id, "facility.deactivate", path.id.to_string(), json!({})).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
