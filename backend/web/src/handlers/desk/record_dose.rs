//! `POST /api/staff/doses`: record a dose given at the desk.

use actix_web::{HttpResponse, web};

use super::dose_recording::{DoseRecord, record_one};
use crate::extractors::Tenant;
use crate::staff::access::{RecordDose, Staff};
use crate::{ApiError, AppState};

/// Records the dose if the catalogue's rules in force on its day allow it, completing the appointment.
#[utoipa::path(post, path = "/api/staff/doses", tag = "desk", request_body = DoseRecord, security(("bearer" = [])),
    responses((status = 201, description = "`{\"dose_id\",\"beneficiary_reference_id\",\"dose\",\"vaccine\",\"given_on\",\"vaccination_status\"}`; the same answer for a retry"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn record_dose(
    staff: Staff<RecordDose>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: DoseRecord = crate::handlers::json_body::parse(&body)?;
    let outcome = record_one(&state, &tenant, &staff, &body).await?;
    Ok(HttpResponse::Created().json(outcome.to_json()))
}
