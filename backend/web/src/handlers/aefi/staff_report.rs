//! `POST /api/staff/aefi`: a vaccinator reports an adverse event against a dose.

use actix_web::{HttpResponse, web};
use cowin_app::access::ReportAefi;
use serde::Deserialize;
use utoipa::ToSchema;
use uuid::Uuid;

use super::{EventDetailsBody, ReportCreated};
use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// The dose and what happened.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct StaffReport {
    /// The dose (given at a facility where the reporter works).
    dose_id: Uuid,
    #[serde(flatten)]
    details: EventDetailsBody,
}

/// Stores the report of a dose given at a facility where the reporter works.
#[utoipa::path(post, path = "/api/staff/aefi", tag = "aefi", request_body = StaffReport, security(("bearer" = [])),
    responses((status = 201, body = ReportCreated)))]
pub(crate) async fn report(
    staff: Staff<ReportAefi>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: StaffReport = parse(&body)?;
    let aefi_id = state
        .adverse_events()
        .report_by_staff(&tenant, &staff, body.dose_id, &body.details.details())
        .await?;
    Ok(HttpResponse::Created().json(ReportCreated { aefi_id }))
}
