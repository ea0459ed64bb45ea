//! `POST /v2/appointment/schedule`: `{"dose","session_id","slot","beneficiaries":[...]}`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::TenantTxn;
use cowin_store::citizens::booking::{self, AppointmentError};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use super::checks::{eligible, open_session, references};
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Schedule {
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    dose: u8,
    session_id: Uuid,
    slot: String,
    beneficiaries: Vec<String>,
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    #[allow(dead_code, reason = "CoWIN clients send it; the session already names its centre")]
    center_id: Option<i64>,
}

/// Books the beneficiaries into the session, all or none; answers `{"appointment_confirmation_no"}`.
#[utoipa::path(post, path = "/api/v2/appointment/schedule", tag = "appointments", request_body = Schedule, security(("bearer" = [])),
    responses((status = 200, description = "`{\"appointment_confirmation_no\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn schedule(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: crate::handlers::json_body::Json<Schedule>,
) -> Result<HttpResponse, ApiError> {
    if body.dose == 0 {
        return Err(ApiError::invalid_parameter("dose"));
    }
    let members = references(&body.beneficiaries, "beneficiaries")?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let session = open_session(&txn, &tenant, body.session_id, &body.slot).await?;
    for reference in &members {
        eligible(&txn, &tenant, citizen.account, *reference, body.dose, &session).await?;
    }
    let dose = i16::from(body.dose);
    let count = i32::try_from(members.len()).map_err(|_| ApiError::invalid_parameter("beneficiaries"))?;
    if !booking::reserve(&txn, session.id, dose, count).await? {
        return Err(ApiError::new(ErrorCode::NoCapacity));
    }
    let appointment = Uuid::new_v4();
    for reference in &members {
        match booking::insert(&txn, appointment, session.id, &reference.to_string(), dose, &body.slot).await {
            Ok(()) => {}
            Err(AppointmentError::AlreadyBooked) => return Err(ApiError::new(ErrorCode::AlreadyBooked)),
            Err(AppointmentError::Database(error)) => return Err(error.into()),
        }
    }
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(json!({ "appointment_confirmation_no": appointment })))
}
