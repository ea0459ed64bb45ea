//! `GET /.well-known/crl/{kid}.json`: the SMART Health Cards framework's revocation list of one key.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;

use super::published::CardRevocations;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct CrlPath {
    kid: String,
}

/// The revocation ids (`rid`) of the cards this country revoked, for the key `kid`.
#[utoipa::path(get, path = "/.well-known/crl/{kid}.json", tag = "certificates", params(("kid" = String, Path, description = "A key id of the JWKS")),
    responses((status = 200, body = CardRevocations)))]
pub(crate) async fn crl(tenant: Tenant, state: web::Data<AppState>, path: web::Path<CrlPath>) -> Result<HttpResponse, ApiError> {
    let list = state
        .publication()
        .card_revocations(tenant.code, &path.kid)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::NotFound))?;
    Ok(HttpResponse::Ok().json(list))
}
