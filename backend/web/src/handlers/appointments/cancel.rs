//! `POST /v2/appointment/cancel`: `{"appointment_id","beneficiariesToCancel":[...]}`.

use actix_web::{HttpResponse, web};
use cowin_app::booking::beneficiary_list;
use serde::Deserialize;
use uuid::Uuid;

use crate::extractors::{Citizen, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Cancel {
    /// The booking.
    appointment_id: Uuid,
    /// The members of the booking to cancel.
    #[serde(rename = "beneficiariesToCancel")]
    beneficiaries_to_cancel: Vec<String>,
}

/// Cancels the named beneficiaries' parts of a booking and frees their places.
#[utoipa::path(post, path = "/api/v2/appointment/cancel", tag = "appointments", request_body = Cancel, security(("bearer" = [])),
    responses((status = 204, description = "Cancelled (no body)")))]
pub(crate) async fn cancel(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: Json<Cancel>,
) -> Result<HttpResponse, ApiError> {
    let members = beneficiary_list(&body.beneficiaries_to_cancel, "beneficiariesToCancel")?;
    state
        .booking()
        .cancel(&tenant, citizen.account, body.appointment_id, &members)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
