//! `POST /v2/appointment/schedule`: `{"dose","session_id","slot","beneficiaries":[...]}`.

use actix_web::web;
use cowin_app::booking::{NewBooking, beneficiary_list};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Citizen, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct Schedule {
    /// Dose number (1 for the first).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    dose: u8,
    /// The session.
    session_id: Uuid,
    /// One of its slots.
    slot: String,
    /// Members of the account to book, all or none.
    beneficiaries: Vec<String>,
    /// The session's centre (CoWIN clients send it; the session already names it).
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    #[allow(dead_code, reason = "CoWIN clients send it; the session already names its centre")]
    center_id: Option<i64>,
}

/// The booking made.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Scheduled {
    /// The booking's id (`appointment_id` of the other calls).
    appointment_confirmation_no: Uuid,
}

/// Books the beneficiaries into the session, all or none.
#[utoipa::path(post, path = "/api/v2/appointment/schedule", tag = "appointments", request_body = Schedule, security(("bearer" = [])),
    responses((status = 200, body = Scheduled)))]
pub(crate) async fn schedule(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: Json<Schedule>,
) -> Result<web::Json<Scheduled>, ApiError> {
    let booking = NewBooking {
        dose: body.dose,
        session: body.session_id,
        slot: body.slot.clone(),
        beneficiaries: beneficiary_list(&body.beneficiaries, "beneficiaries")?,
    };
    let appointment = state.booking().schedule(&tenant, citizen.account, &booking).await?;
    Ok(web::Json(Scheduled {
        appointment_confirmation_no: appointment,
    }))
}
