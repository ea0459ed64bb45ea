//! `GET /api/v2/registration/certificate/formats`: the signed forms of a beneficiary's certificate, for apps
//! and wallets (the QR payloads, the credential, the DDCC:VS document).

use actix_web::{HttpResponse, web};
use serde_json::json;

use super::{ForBeneficiary, citizens_certificate};
use crate::certificates::stored;
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The latest valid certificate in every format the country issues.
#[utoipa::path(get, path = "/api/v2/registration/certificate/formats", tag = "certificates", params(ForBeneficiary),
    security(("bearer" = [])),
    responses((status = 200, description = "`{\"certificate_id\",\"vc\",\"eu_dcc\",\"shc\",\"ddcc\"}` (absent formats are null)"),
              (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn formats(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    query: web::Query<ForBeneficiary>,
) -> Result<HttpResponse, ApiError> {
    let certificate = citizens_certificate(&state, &tenant, &citizen, &query).await?;
    let forms = stored::complete(&state, &tenant.0, &certificate).await?;
    Ok(HttpResponse::Ok().json(json!({
        "certificate_id": forms.record.uvci(),
        "vc": forms.vc,
        "eu_dcc": forms.hc1,
        "shc": forms.shc,
        "ddcc": forms.ddcc_document(),
    })))
}
