//! `POST /api/staff/doses`: record a dose given at the desk.

use actix_web::{HttpResponse, web};
use cowin_app::access::RecordDose;

use super::dose_body::{DoseRecordBody, RecordedDose};
use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// Records the dose if the catalogue's rules in force on its day allow it, completing the appointment; a retry
/// with the same idempotency key answers the first result.
#[utoipa::path(post, path = "/api/staff/doses", tag = "desk", request_body = DoseRecordBody, security(("bearer" = [])),
    responses((status = 201, body = RecordedDose)))]
pub(crate) async fn record_dose(
    staff: Staff<RecordDose>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: DoseRecordBody = parse(&body)?;
    let recorded = state.doses().record(&tenant, &staff, &body.record()).await?;
    Ok(HttpResponse::Created().json(RecordedDose::from(&recorded)))
}
