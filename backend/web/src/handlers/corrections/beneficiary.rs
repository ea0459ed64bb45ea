//! `POST /api/staff/corrections/beneficiary`: correct a name or year of birth.

use actix_web::{HttpResponse, web};
use cowin_app::access::Correct;
use cowin_app::vaccination::corrections::BeneficiaryCorrection;
use serde::Deserialize;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// What to change, and why.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct BeneficiaryCorrectionBody {
    /// The beneficiary.
    beneficiary_reference_id: String,
    /// The corrected name.
    name: Option<String>,
    /// The corrected year of birth.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    birth_year: Option<i16>,
    /// Why (kept in the trail).
    reason: String,
}

/// Applies the correction, keeps the old values, and reissues the person's certificates.
#[utoipa::path(post, path = "/api/staff/corrections/beneficiary", tag = "corrections", request_body = BeneficiaryCorrectionBody, security(("bearer" = [])),
    responses((status = 204, description = "Corrected")))]
pub(crate) async fn correct(
    admin: Staff<Correct>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: BeneficiaryCorrectionBody = parse(&body)?;
    let correction = BeneficiaryCorrection {
        beneficiary: reference(&body.beneficiary_reference_id, "beneficiary_reference_id")?,
        name: body.name,
        birth_year: body.birth_year,
        reason: body.reason,
    };
    state.corrections().beneficiary(&tenant, &admin, &correction).await?;
    Ok(HttpResponse::NoContent().finish())
}
