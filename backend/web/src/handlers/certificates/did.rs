//! `GET /.well-known/did.json`: the `did:web` document naming the country's Verifiable Credential keys.

use actix_web::{HttpResponse, web};

use crate::AppState;
use crate::extractors::Tenant;

/// The DID document of the issuer's host, with its keys as Multikey verification methods.
#[utoipa::path(get, path = "/.well-known/did.json", tag = "certificates",
    responses((status = 200, description = "A DID document: `id` `did:web:<host>`, `verificationMethod` (Multikey), `assertionMethod`")))]
pub(crate) async fn did_document(tenant: Tenant, state: web::Data<AppState>) -> HttpResponse {
    let keys = state.key_ring.public();
    HttpResponse::Ok()
        .insert_header(("cache-control", "public, max-age=300"))
        .content_type("application/did+json")
        .body(cowin_certify::publish::did_document(&tenant.config.issuer_host(), keys.of(tenant.code)).to_string())
}
