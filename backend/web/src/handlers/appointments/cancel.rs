//! `POST /v2/appointment/cancel`: `{"appointment_id","beneficiariesToCancel":[...]}`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::TenantTxn;
use cowin_store::citizens::booking;
use serde::Deserialize;
use uuid::Uuid;

use super::checks::references;
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Cancel {
    appointment_id: Uuid,
    #[serde(rename = "beneficiariesToCancel")]
    beneficiaries_to_cancel: Vec<String>,
}

/// Cancels the named beneficiaries' parts of a booking and frees their places; 204.
#[utoipa::path(post, path = "/api/v2/appointment/cancel", tag = "appointments", request_body = Cancel, security(("bearer" = [])),
    responses((status = 204, description = "Cancelled (no body)"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn cancel(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: crate::handlers::json_body::Json<Cancel>,
) -> Result<HttpResponse, ApiError> {
    let members = references(&body.beneficiaries_to_cancel, "beneficiariesToCancel")?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let parts = booking::of_booking(&txn, citizen.account, body.appointment_id).await?;
    let chosen: Vec<_> = parts
        .iter()
        .filter(|part| members.iter().any(|m| m.to_string() == part.beneficiary_id))
        .collect();
    if chosen.len() != members.len() || chosen.iter().any(|part| part.status == "cancelled") {
        return Err(ApiError::new(ErrorCode::AppointmentNotFound));
    }
    if chosen.iter().any(|part| part.status == "completed") {
        return Err(ApiError::new(ErrorCode::AppointmentCompleted));
    }
    for part in chosen {
        booking::cancel(&txn, part.id, &part.beneficiary_id).await?;
        booking::release(&txn, part.session_id, part.dose, 1).await?;
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
