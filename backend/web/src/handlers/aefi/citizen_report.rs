//! `POST /api/citizen/aefi`: a citizen reports an adverse event after a dose of one of their beneficiaries.

use actix_web::{HttpResponse, web};
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries::find;
use cowin_store::vaccination::aefi::{Reporter, create, dose, dose_of};
use serde::Deserialize;
use serde_json::json;

use super::EventDetails;
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The beneficiary, the dose number, and what happened.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct CitizenReport {
    beneficiary_reference_id: String,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    dose: i16,
    #[serde(flatten)]
    details: EventDetails,
}

/// Stores the report, if the beneficiary is the account's and the dose is recorded.
#[utoipa::path(post, path = "/api/citizen/aefi", tag = "aefi", request_body = CitizenReport, security(("bearer" = [])),
    responses((status = 201, description = "`{\"aefi_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn report(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: crate::handlers::json_body::Json<CitizenReport>,
) -> Result<HttpResponse, ApiError> {
    let reference = BeneficiaryRef::parse(body.beneficiary_reference_id.trim())
        .ok_or_else(|| ApiError::invalid_parameter("beneficiary_reference_id"))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    find(&txn, citizen.account, reference)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::BeneficiaryNotFound))?;
    let dose_id = dose_of(&txn, &reference.to_string(), body.dose)
        .await?
        .ok_or_else(|| ApiError::invalid_parameter("dose"))?;
    let facts = dose(&txn, dose_id).await?.ok_or_else(|| ApiError::invalid_parameter("dose"))?;
    let report = body
        .details
        .report(dose_id, facts.given_on, tenant.config.today(), Reporter::Citizen(citizen.account))?;
    let id = create(&txn, &report).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(json!({ "aefi_id": id })))
}
