//! `POST /api/staff/desk/verify`: identify the person at the desk by the appointment's security code or by
//! their identity document.

use actix_web::{HttpResponse, web};
use cowin_core::eligibility::status;
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries::given_doses;
use cowin_store::vaccination::desk::{by_document, by_security_code};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::staff::access::{Staff, VerifyBeneficiary};
use crate::{ApiError, AppState};

/// Either the appointment, beneficiary and 4-digit code, or the identity document.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Verification {
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    appointment_id: Option<Uuid>,
    beneficiary_reference_id: Option<String>,
    security_code: Option<String>,
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    photo_id_type: Option<i32>,
    photo_id_number: Option<String>,
}

/// Answers who the person is and which doses they have had, or `VERIFICATION_FAILED`.
#[utoipa::path(post, path = "/api/staff/desk/verify", tag = "desk", request_body = Verification, security(("bearer" = [])),
    responses((status = 200, description = "`{\"beneficiary_reference_id\",\"name\",\"birth_year\",\"doses\",\"vaccination_status\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn verify(
    staff: Staff<VerifyBeneficiary>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: Verification = crate::handlers::json_body::parse(&body)?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    staff.require_facility(&txn, body.facility_id).await?;
    let found = match (
        &body.appointment_id,
        &body.beneficiary_reference_id,
        &body.security_code,
        body.photo_id_type,
        &body.photo_id_number,
    ) {
        (Some(appointment), Some(reference), Some(code), _, _) => {
            by_security_code(&txn, *appointment, reference.trim(), code.trim(), body.facility_id).await?
        }
        (_, _, _, Some(document), Some(number)) => {
            let number = tenant
                .config
                .id_document(document)
                .and_then(|kind| kind.parse_number(number))
                .ok_or_else(|| ApiError::new(ErrorCode::VerificationFailed))?;
            by_document(&txn, document, state.vault.tenant(tenant.code).document_hash(document, &number)).await?
        }
        _ => return Err(ApiError::invalid_parameter("security_code")),
    };
    let beneficiary = found.ok_or_else(|| ApiError::new(ErrorCode::VerificationFailed))?;
    let reference = BeneficiaryRef::parse(&beneficiary.reference_id).ok_or_else(|| ApiError::internal(&"stored reference is malformed"))?;
    let given = given_doses(&txn, reference).await?;
    txn.commit().await?;
    let doses: Vec<_> = given
        .iter()
        .map(|d| json!({ "dose": d.dose, "vaccine": d.vaccine.as_str(), "date": CowinDate::format(d.given_on) }))
        .collect();
    Ok(HttpResponse::Ok().json(json!({
        "beneficiary_reference_id": beneficiary.reference_id,
        "name": beneficiary.name,
        "birth_year": beneficiary.birth_year,
        "doses": doses,
        "vaccination_status": status(&tenant.catalogue, &given).cowin_label(),
    })))
}
