//! `GET /api/v2/registration/certificate/formats`: the signed forms of a beneficiary's certificate, for apps
//! and wallets (the QR payloads, the credential, the DDCC:VS document).

use actix_web::web;
use serde::Serialize;
use utoipa::ToSchema;

use super::ForBeneficiary;
use crate::extractors::{Citizen, Tenant};
use crate::{ApiError, AppState};

/// A certificate in every format the country issues; formats it does not issue are `null`.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CertificateForms {
    /// The certificate identifier (UVCI).
    certificate_id: String,
    /// The signed W3C verifiable credential (DIVOC's format, as CoWIN issued).
    #[schema(value_type = Option<Object>)]
    vc: Option<serde_json::Value>,
    /// The EU Digital COVID Certificate QR payload, `HC1:...`.
    eu_dcc: Option<String>,
    /// The SMART Health Card QR payload, `shc:/...`.
    shc: Option<String>,
    /// The WHO DDCC:VS FHIR document.
    #[schema(value_type = Option<Object>)]
    ddcc: Option<serde_json::Value>,
}

/// The latest valid certificate in every format the country issues.
#[utoipa::path(get, path = "/api/v2/registration/certificate/formats", tag = "certificates", params(ForBeneficiary),
    security(("bearer" = [])),
    responses((status = 200, body = CertificateForms)))]
pub(crate) async fn formats(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    query: web::Query<ForBeneficiary>,
) -> Result<web::Json<CertificateForms>, ApiError> {
    let forms = state
        .holder_certificates()
        .forms(&tenant, citizen.account, query.reference()?)
        .await?;
    Ok(web::Json(CertificateForms {
        certificate_id: forms.record.uvci().to_owned(),
        ddcc: forms.ddcc_document(),
        vc: forms.vc,
        eu_dcc: forms.hc1,
        shc: forms.shc,
    }))
}
