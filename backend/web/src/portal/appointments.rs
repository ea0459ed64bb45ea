//! Booking, moving and cancelling appointments from the portal's forms, through the booking service the API uses:
//! `POST /appointments` (one member's next dose at a session and slot), `POST /appointments/reschedule`,
//! `POST /appointments/cancel`. Each goes back to the family page, which says what was done.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_app::booking::NewBooking;
use serde::Deserialize;
use uuid::Uuid;

use super::failure::failure_page;
use super::page::Page;
use super::session::{citizen_page, posted, see_other};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

#[derive(Debug, Deserialize)]
struct BookingForm {
    session: Uuid,
    #[serde(default)]
    slot: String,
    #[serde(default)]
    member: String,
}

#[derive(Debug, Deserialize)]
struct MoveForm {
    appointment: Uuid,
    session: Uuid,
    #[serde(default)]
    slot: String,
}

#[derive(Debug, Deserialize)]
struct CancelForm {
    appointment: Uuid,
    #[serde(default)]
    member: String,
}

fn finish(req: &HttpRequest, p: Page, outcome: Result<(), ApiError>, done: &str, back: &str) -> HttpResponse {
    match outcome {
        Ok(()) => see_other(&p.base, &format!("account?done={done}")),
        Err(error) => failure_page(req, p, &error, back),
    }
}

/// Books the member's next dose.
pub(crate) async fn book(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let (p, account) = match citizen_page(&req, &state, &tenant, &locale) {
        Ok(started) => started,
        Err(first) => return first.response(),
    };
    let outcome = async {
        let form: BookingForm = posted(&req, &body)?;
        let member = reference(&form.member, "member")?;
        let family = state.family().view(&tenant, account).await?;
        let given = family
            .members
            .iter()
            .find(|candidate| candidate.row.reference_id == member.to_string())
            .map(|candidate| candidate.doses.len())
            .ok_or_else(|| ApiError::new(cowin_core::ErrorCode::BeneficiaryNotFound))?;
        let booking = NewBooking {
            dose: u8::try_from(given + 1).map_err(|_| ApiError::invalid_parameter("dose"))?,
            session: form.session,
            slot: form.slot,
            beneficiaries: vec![member],
        };
        state.booking().schedule(&tenant, account, &booking).await?;
        Ok(())
    }
    .await;
    finish(&req, p, outcome, "booked", "slots")
}

/// Moves an appointment to another session and slot.
pub(crate) async fn reschedule(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let (p, account) = match citizen_page(&req, &state, &tenant, &locale) {
        Ok(started) => started,
        Err(first) => return first.response(),
    };
    let outcome = async {
        let form: MoveForm = posted(&req, &body)?;
        state
            .booking()
            .reschedule(&tenant, account, form.appointment, form.session, &form.slot)
            .await?;
        Ok(())
    }
    .await;
    finish(&req, p, outcome, "rescheduled", "account")
}

/// Cancels one member's appointment.
pub(crate) async fn cancel(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let (p, account) = match citizen_page(&req, &state, &tenant, &locale) {
        Ok(started) => started,
        Err(first) => return first.response(),
    };
    let outcome = async {
        let form: CancelForm = posted(&req, &body)?;
        let member = reference(&form.member, "member")?;
        state.booking().cancel(&tenant, account, form.appointment, &[member]).await?;
        Ok(())
    }
    .await;
    finish(&req, p, outcome, "cancelled", "account")
}
