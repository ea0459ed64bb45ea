//! `GET /v2/registration/certificate/public/download` (and `/download`): the PDF certificate of one of the
//! citizen's beneficiaries, streamed, or a redirect to a short-lived presigned URL of the object store.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, LOCATION};
use actix_web::{HttpResponse, web};
use cowin_app::certificates::holder::Pdf;

use super::ForBeneficiary;
use crate::extractors::{Citizen, Tenant};
use crate::{ApiError, AppState};

/// The response handing out a PDF.
pub(crate) fn pdf_response(pdf: Pdf) -> HttpResponse {
    match pdf {
        Pdf::Redirect(url) => HttpResponse::Found().insert_header((LOCATION, url)).finish(),
        Pdf::Document { certificate, bytes } => HttpResponse::Ok()
            .content_type("application/pdf")
            .insert_header((CONTENT_DISPOSITION, format!("inline; filename=\"certificate-{certificate}.pdf\"")))
            .insert_header((CACHE_CONTROL, "private, max-age=300"))
            .body(bytes),
    }
}

/// The latest valid certificate of a beneficiary of the signed-in citizen, as a PDF in the country's language
/// and English.
#[utoipa::path(get, path = "/api/v2/registration/certificate/public/download", tag = "certificates", params(ForBeneficiary),
    security(("bearer" = [])),
    responses((status = 200, description = "The certificate", content_type = "application/pdf", body = Vec<u8>),
              (status = 302, description = "A presigned URL of the object store, valid briefly")))]
pub(crate) async fn download(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    query: web::Query<ForBeneficiary>,
) -> Result<HttpResponse, ApiError> {
    let pdf = state
        .holder_certificates()
        .pdf(&tenant.0, citizen.account, query.reference()?)
        .await?;
    Ok(pdf_response(pdf))
}
