//! `GET /platform/trust-list`: NHA's signed list of licensed, active countries and their certificate keys (a
//! compact JWS, `application/jose`), and `GET /platform/.well-known/jwks.json`: the key it is signed with. A
//! country whose licence is revoked, expired or missing, or that NHA suspended, is not on the list.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;

/// An Ed25519 public key (RFC 8037).
#[derive(Debug, Serialize, ToSchema)]
#[allow(dead_code, reason = "a schema for the document; cowin-certify writes the JWKS")]
pub(crate) struct OkpKey {
    /// `OKP`.
    kty: String,
    /// `Ed25519`.
    crv: String,
    /// Key id (the list's header `kid`).
    kid: String,
    /// `sig`.
    #[serde(rename = "use")]
    usage: String,
    /// `EdDSA`.
    alg: String,
    /// The public key, base64url.
    x: String,
}

/// The trust list's signing keys.
#[derive(Debug, Serialize, ToSchema)]
#[allow(dead_code, reason = "a schema for the document; cowin-certify writes the JWKS")]
pub(crate) struct TrustListKeys {
    /// Keys.
    keys: Vec<OkpKey>,
}

/// The signed list, made afresh from the current tenants and keys.
#[utoipa::path(get, path = "/trust-list", tag = "platform",
    responses((status = 200, description = "A compact JWS of the listed countries and their keys", content_type = "application/jose", body = String)))]
pub(crate) async fn trust_list(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .content_type("application/jose")
        .insert_header((CACHE_CONTROL, "public, max-age=60"))
        .body(state.trust_list().signed())
}

/// The list's signing key as a JWKS.
#[utoipa::path(get, path = "/.well-known/jwks.json", tag = "platform",
    responses((status = 200, body = TrustListKeys)))]
pub(crate) async fn signer_keys(state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "public, max-age=300"))
        .json(state.trust_list().signer_jwks())
}
