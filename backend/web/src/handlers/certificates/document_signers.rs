//! `GET /api/certificates/document-signers`: the EU DCC-style list of the country's document signers and CSCA.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};

use super::published::DocumentSigners;
use crate::AppState;
use crate::extractors::Tenant;

/// Document-signer certificates (X.509, base64 DER) with their `kid`s, and the CSCA that issued them.
#[utoipa::path(get, path = "/api/certificates/document-signers", tag = "certificates",
    responses((status = 200, body = DocumentSigners)))]
pub(crate) async fn document_signers(tenant: Tenant, state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "public, max-age=300"))
        .json(state.publication().document_signers(tenant.code))
}
