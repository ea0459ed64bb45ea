//! `GET /.well-known/crl/{kid}.json`: the SMART Health Cards framework's revocation list of one key.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;

use crate::certificates::revocations::revoked;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, serde::Deserialize)]
pub(crate) struct CrlPath {
    kid: String,
}

/// The revocation ids (`rid`) of the cards this country revoked, for the key `kid`.
#[utoipa::path(get, path = "/.well-known/crl/{kid}.json", tag = "certificates", params(("kid" = String, Path, description = "A key id of the JWKS")),
    responses((status = 200, description = "`{\"kid\",\"method\":\"rid\",\"ctr\",\"rids\":[...]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn crl(tenant: Tenant, state: web::Data<AppState>, path: web::Path<CrlPath>) -> Result<HttpResponse, ApiError> {
    let kid = path.kid.as_str();
    let keys = state.key_ring.public();
    if !keys.of(tenant.code).iter().any(|key| key.kid == kid) {
        return Err(ApiError::new(ErrorCode::NotFound));
    }
    let revoked = revoked(&state, tenant.code).await?;
    Ok(HttpResponse::Ok().json(cowin_certify::revocation_list::shc_crl(kid, &revoked)))
}
