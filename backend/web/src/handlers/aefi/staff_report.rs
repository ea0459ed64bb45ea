//! `POST /api/staff/aefi`: a vaccinator reports an adverse event against a dose.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::TenantTxn;
use cowin_store::vaccination::aefi::{Reporter, create, dose};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::EventDetails;
use crate::extractors::Tenant;
use crate::staff::access::{ReportAefi, Staff};
use crate::{ApiError, AppState};

/// The dose and what happened.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct StaffReport {
    dose_id: Uuid,
    #[serde(flatten)]
    details: EventDetails,
}

/// Stores the report of a dose given at a facility where the reporter works.
#[utoipa::path(post, path = "/api/staff/aefi", tag = "aefi", request_body = StaffReport, security(("bearer" = [])),
    responses((status = 201, description = "`{\"aefi_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn report(
    staff: Staff<ReportAefi>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: StaffReport = crate::handlers::json_body::parse(&body)?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    // A dose given elsewhere is refused like one that does not exist, so doses cannot be probed.
    let facts = dose(&txn, body.dose_id)
        .await?
        .filter(|facts| match (facts.facility_id, facts.district_id) {
            (Some(facility), Some(district)) => staff.works_at(facility, district),
            _ => false,
        })
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound))?;
    let report = body
        .details
        .report(body.dose_id, facts.given_on, tenant.config.today(), Reporter::Staff(staff.id))?;
    let id = create(&txn, &report).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(json!({ "aefi_id": id })))
}
