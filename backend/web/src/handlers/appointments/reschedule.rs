//! `POST /v2/appointment/reschedule`: `{"appointment_id","session_id","slot"}`.

use actix_web::{HttpResponse, web};
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::citizens::booking;
use serde::Deserialize;
use uuid::Uuid;

use super::checks::{eligible, open_session};
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Reschedule {
    appointment_id: Uuid,
    session_id: Uuid,
    slot: String,
}

/// Moves every live part of the booking to another session and slot, or nothing; 204.
#[utoipa::path(post, path = "/api/v2/appointment/reschedule", tag = "appointments", request_body = Reschedule, security(("bearer" = [])),
    responses((status = 204, description = "Moved (no body)"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn reschedule(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: crate::handlers::json_body::Json<Reschedule>,
) -> Result<HttpResponse, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let parts = booking::of_booking(&txn, citizen.account, body.appointment_id).await?;
    if parts.iter().any(|part| part.status == "completed") {
        return Err(ApiError::new(ErrorCode::AppointmentCompleted));
    }
    let live: Vec<_> = parts.into_iter().filter(|part| part.status == "booked").collect();
    if live.is_empty() {
        return Err(ApiError::new(ErrorCode::AppointmentNotFound));
    }
    let session = open_session(&txn, &tenant, body.session_id, &body.slot).await?;
    for part in &live {
        let reference = BeneficiaryRef::parse(&part.beneficiary_id).ok_or_else(|| ApiError::internal(&"stored reference is malformed"))?;
        let dose = u8::try_from(part.dose).map_err(|error| ApiError::internal(&error))?;
        eligible(&txn, &tenant, citizen.account, reference, dose, &session).await?;
    }
    for part in &live {
        booking::release(&txn, part.session_id, part.dose, 1).await?;
        if !booking::reserve(&txn, session.id, part.dose, 1).await? {
            // Dropping the transaction rolls back the releases and reservations made so far.
            return Err(ApiError::new(ErrorCode::NoCapacity));
        }
        booking::move_to(&txn, part.id, &part.beneficiary_id, session.id, &body.slot).await?;
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
