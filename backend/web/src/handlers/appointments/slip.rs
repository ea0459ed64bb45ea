//! `GET /v2/appointment/appointmentslip/download`: the appointment slip of a booking, as a PDF.

use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use crate::extractors::{Citizen, Tenant};
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// `?appointment_id=` (and which beneficiary of the booking, if it covers several).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub(crate) struct SlipQuery {
    /// The booking (`appointment_confirmation_no`).
    appointment_id: Uuid,
    /// One beneficiary of the booking; the first if absent.
    beneficiary_reference_id: Option<String>,
}

/// The slip of a live appointment of one of the citizen's beneficiaries: who, where, when, and the security code.
#[utoipa::path(get, path = "/api/v2/appointment/appointmentslip/download", tag = "appointments", params(SlipQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "The slip", content_type = "application/pdf", body = Vec<u8>)))]
pub(crate) async fn slip(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    query: web::Query<SlipQuery>,
) -> Result<HttpResponse, ApiError> {
    let member = match &query.beneficiary_reference_id {
        Some(text) => Some(reference(text, "beneficiary_reference_id")?),
        None => None,
    };
    let pdf = state
        .booking()
        .slip(&tenant.0, citizen.account, query.appointment_id, member)
        .await?;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            CONTENT_DISPOSITION,
            format!("inline; filename=\"appointment-{}.pdf\"", query.appointment_id),
        ))
        .body(pdf))
}
