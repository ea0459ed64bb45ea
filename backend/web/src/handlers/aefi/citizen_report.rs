//! `POST /api/citizen/aefi`: a citizen reports an adverse event after a dose of one of their beneficiaries.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use utoipa::ToSchema;

use super::{EventDetailsBody, ReportCreated};
use crate::extractors::{Citizen, Tenant};
use crate::handlers::json_body::Json;
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// The beneficiary, the dose number, and what happened.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct CitizenReport {
    /// A member of the account.
    beneficiary_reference_id: String,
    /// Which of their doses (1 for the first).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    dose: i16,
    #[serde(flatten)]
    details: EventDetailsBody,
}

/// Stores the report, if the beneficiary is the account's and the dose is recorded.
#[utoipa::path(post, path = "/api/citizen/aefi", tag = "aefi", request_body = CitizenReport, security(("bearer" = [])),
    responses((status = 201, body = ReportCreated)))]
pub(crate) async fn report(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: Json<CitizenReport>,
) -> Result<HttpResponse, ApiError> {
    let member = reference(&body.beneficiary_reference_id, "beneficiary_reference_id")?;
    let aefi_id = state
        .adverse_events()
        .report_by_citizen(&tenant, citizen.account, member, body.dose, &body.details.details())
        .await?;
    Ok(HttpResponse::Created().json(ReportCreated { aefi_id }))
}
