//! `GET /.well-known/jwks.json`: the country's SMART Health Card keys, current and retired.

use actix_web::{HttpResponse, web};

use crate::AppState;
use crate::extractors::Tenant;

/// The JWKS at the issuer's well-known address (SMART Health Cards' `iss` + `/.well-known/jwks.json`).
#[utoipa::path(get, path = "/.well-known/jwks.json", tag = "certificates",
    responses((status = 200, description = "`{\"keys\":[{\"kty\":\"EC\",\"kid\",\"use\":\"sig\",\"alg\":\"ES256\",\"crv\":\"P-256\",\"x\",\"y\"}]}`")))]
pub(crate) async fn jwks(tenant: Tenant, state: web::Data<AppState>) -> HttpResponse {
    let keys = state.key_ring.public();
    HttpResponse::Ok()
        .insert_header(("cache-control", "public, max-age=300"))
        .json(cowin_certify::publish::jwks(keys.of(tenant.code)))
}
