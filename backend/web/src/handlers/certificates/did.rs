//! `GET /.well-known/did.json`: the `did:web` document naming the country's Verifiable Credential keys.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};

use super::published::DidDocument;
use crate::AppState;
use crate::extractors::Tenant;

/// The DID document of the issuer's host, with its keys as Multikey verification methods.
#[utoipa::path(get, path = "/.well-known/did.json", tag = "certificates",
    responses((status = 200, content_type = "application/did+json", body = DidDocument)))]
pub(crate) async fn did_document(tenant: Tenant, state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "public, max-age=300"))
        .content_type("application/did+json")
        .body(state.publication().did_document(&tenant).to_string())
}
