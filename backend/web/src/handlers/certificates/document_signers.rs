//! `GET /api/certificates/document-signers`: the EU DCC-style list of the country's document signers and CSCA.

use actix_web::{HttpResponse, web};

use crate::AppState;
use crate::extractors::Tenant;

/// Document-signer certificates (X.509, base64 DER) with their `kid`s, and the CSCA that issued them.
#[utoipa::path(get, path = "/api/certificates/document-signers", tag = "certificates",
    responses((status = 200, description = "`{\"country\",\"certificates\":[{\"kid\",\"certificateType\":\"DSC\",\"rawData\",\"thumbprint\",\"retired\"}],\"csca\":[...]}`")))]
pub(crate) async fn document_signers(tenant: Tenant, state: web::Data<AppState>) -> HttpResponse {
    let keys = state.key_ring.public();
    HttpResponse::Ok()
        .insert_header(("cache-control", "public, max-age=300"))
        .json(cowin_certify::publish::document_signers(tenant.code.as_str(), keys.of(tenant.code)))
}
