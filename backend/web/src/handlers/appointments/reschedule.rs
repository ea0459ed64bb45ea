//! `POST /v2/appointment/reschedule`: `{"appointment_id","session_id","slot"}`.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use uuid::Uuid;

use crate::extractors::{Citizen, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Reschedule {
    /// The booking.
    appointment_id: Uuid,
    /// The session to move to.
    session_id: Uuid,
    /// One of its slots.
    slot: String,
}

/// Moves every live part of the booking to another session and slot, or nothing.
#[utoipa::path(post, path = "/api/v2/appointment/reschedule", tag = "appointments", request_body = Reschedule, security(("bearer" = [])),
    responses((status = 204, description = "Moved (no body)")))]
pub(crate) async fn reschedule(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: Json<Reschedule>,
) -> Result<HttpResponse, ApiError> {
    state
        .booking()
        .reschedule(&tenant, citizen.account, body.appointment_id, body.session_id, &body.slot)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
