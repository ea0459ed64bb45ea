//! `GET /.well-known/jwks.json`: the country's SMART Health Card keys, current and retired.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};

use super::published::Jwks;
use crate::AppState;
use crate::extractors::Tenant;

/// The JWKS at the issuer's well-known address (SMART Health Cards' `iss` + `/.well-known/jwks.json`).
#[utoipa::path(get, path = "/.well-known/jwks.json", tag = "certificates",
    responses((status = 200, body = Jwks)))]
pub(crate) async fn jwks(tenant: Tenant, state: web::Data<AppState>) -> HttpResponse {
    HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "public, max-age=300"))
        .json(state.publication().jwks(tenant.code))
}
