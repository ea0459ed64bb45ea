//! `GET /api/certificates/revocations`: every certificate the country revoked, named only by hashes, signed so
//! that offline verifiers can cache it.

use actix_web::http::header::CACHE_CONTROL;
use actix_web::{HttpResponse, web};

use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// A compact JWS (ES256, the SMART Health Card key of the JWKS) of `{"iss","country","iat","revoked":[sha256 of
/// certificate ids],"rids":[...]}`.
#[utoipa::path(get, path = "/api/certificates/revocations", tag = "certificates",
    responses((status = 200, description = "The signed list", content_type = "application/jose", body = String)))]
pub(crate) async fn revocations(tenant: Tenant, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let signed = state.publication().revocation_list(&tenant).await?;
    Ok(HttpResponse::Ok()
        .insert_header((CACHE_CONTROL, "public, max-age=60"))
        .content_type("application/jose")
        .body(signed))
}
