//! `POST /api/staff/corrections/dose`: correct a dose recorded wrongly (vaccine, batch, date).

use actix_web::{HttpResponse, web};
use cowin_app::access::Correct;
use cowin_app::vaccination::corrections::DoseCorrection;
use serde::Deserialize;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// What to change, and why.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct DoseCorrectionBody {
    /// The dose.
    dose_id: Uuid,
    /// The vaccine actually given.
    vaccine: Option<String>,
    /// Its batch.
    batch: Option<String>,
    /// The day it was given, `DD-MM-YYYY`.
    #[schema(value_type = Option<String>, example = "25-11-2026")]
    given_on: Option<CowinDate>,
    /// Why (kept in the trail).
    reason: String,
}

/// Applies the correction, keeps the old values, and reissues the dose's certificate.
#[utoipa::path(post, path = "/api/staff/corrections/dose", tag = "corrections", request_body = DoseCorrectionBody, security(("bearer" = [])),
    responses((status = 204, description = "Corrected")))]
pub(crate) async fn correct(
    admin: Staff<Correct>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: DoseCorrectionBody = parse(&body)?;
    let correction = DoseCorrection {
        dose: body.dose_id,
        vaccine: body.vaccine,
        batch: body.batch,
        given_on: body.given_on.map(|date| date.0),
        reason: body.reason,
    };
    state.corrections().dose(&tenant, &admin, &correction).await?;
    Ok(HttpResponse::NoContent().finish())
}
