//! `GET /v2/registration/certificate/public/download` (and `/download`): the PDF certificate of one of the
//! citizen's beneficiaries, streamed, or a redirect to a short-lived presigned URL of the object store.

use actix_web::http::header::{CONTENT_DISPOSITION, LOCATION};
use actix_web::{HttpResponse, web};
use cowin_store::TenantTxn;
use cowin_store::certificates::{self, StoredCertificate};
use cowin_store::objects::certificate_pdf_key;

use super::{ForBeneficiary, citizens_certificate};
use crate::certificates::{stored, worker};
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

fn pdf(bytes: bytes::Bytes, certificate: &StoredCertificate) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            CONTENT_DISPOSITION,
            format!("inline; filename=\"certificate-{}.pdf\"", certificate.id),
        ))
        .insert_header(("cache-control", "private, max-age=300"))
        .body(bytes)
}

/// The certificate's PDF as configured: from memory, from the object store, or rendered now if the outbox has
/// not got to it yet (then stored, so it is rendered once).
pub(crate) async fn deliver(state: &AppState, tenant: &Tenant, certificate: StoredCertificate) -> Result<HttpResponse, ApiError> {
    if let Some(key) = &certificate.pdf_object {
        if state.downloads.redirect
            && let Some(url) = state
                .objects
                .presigned_get(key, state.downloads.presign_lifetime)
                .await
                .map_err(|error| ApiError::internal(&error))?
        {
            return Ok(HttpResponse::Found().insert_header((LOCATION, url)).finish());
        }
        if let Some(bytes) = state.pdf_cache.get(&certificate.id).await {
            return Ok(pdf(bytes, &certificate));
        }
        if let Some(bytes) = state.objects.get(key).await.map_err(|error| ApiError::internal(&error))? {
            let bytes = bytes::Bytes::from(bytes);
            state.pdf_cache.insert(certificate.id, bytes.clone()).await;
            return Ok(pdf(bytes, &certificate));
        }
    }
    let forms = stored::complete(state, &tenant.0, &certificate).await?;
    let rendered = worker::render(state, &tenant.0, forms).await?;
    let key = certificate_pdf_key(tenant.code, certificate.id);
    state
        .objects
        .put(&key, "application/pdf", rendered.clone())
        .await
        .map_err(|error| ApiError::internal(&error))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    certificates::set_pdf_object(&txn, certificate.id, &key).await?;
    txn.commit().await?;
    let bytes = bytes::Bytes::from(rendered);
    state.pdf_cache.insert(certificate.id, bytes.clone()).await;
    if state.downloads.redirect
        && let Some(url) = state
            .objects
            .presigned_get(&key, state.downloads.presign_lifetime)
            .await
            .map_err(|error| ApiError::internal(&error))?
    {
        return Ok(HttpResponse::Found().insert_header((LOCATION, url)).finish());
    }
    Ok(pdf(bytes, &certificate))
}

/// The latest valid certificate of a beneficiary of the signed-in citizen, as a PDF in the country's language
/// and English.
#[utoipa::path(get, path = "/api/v2/registration/certificate/public/download", tag = "certificates", params(ForBeneficiary),
    security(("bearer" = [])),
    responses((status = 200, description = "`application/pdf`"), (status = 302, description = "A presigned URL of the object store, valid briefly"),
              (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn download(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    query: web::Query<ForBeneficiary>,
) -> Result<HttpResponse, ApiError> {
    let certificate = citizens_certificate(&state, &tenant, &citizen, &query).await?;
    deliver(&state, &tenant, certificate).await
}
