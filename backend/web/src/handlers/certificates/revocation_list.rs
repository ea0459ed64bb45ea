//! `GET /api/certificates/revocations`: every certificate the country revoked, named only by hashes, signed so
//! that offline verifiers can cache it.

use actix_web::{HttpResponse, web};

use crate::certificates::revocations::revoked;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// A compact JWS (ES256, the SMART Health Card key of the JWKS) of `{"iss","country","iat","revoked":[sha256 of
/// certificate ids],"rids":[...]}`.
#[utoipa::path(get, path = "/api/certificates/revocations", tag = "certificates",
    responses((status = 200, description = "`application/jose`: the signed list"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn revocations(tenant: Tenant, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let revoked = revoked(&state, tenant.code).await?;
    let signers = state
        .key_ring
        .signers(tenant.code)
        .await
        .map_err(|error| ApiError::internal(&error))?;
    let signer = signers
        .shc
        .as_ref()
        .ok_or_else(|| ApiError::internal(&"no SMART Health Card key"))?;
    let issuer = format!("https://{}", tenant.config.issuer_host());
    let claims = cowin_certify::revocation_list::claims(tenant.code.as_str(), &issuer, &revoked, chrono::Utc::now().timestamp());
    let signed = cowin_certify::revocation_list::sign(&claims, signer).map_err(|error| ApiError::internal(&error))?;
    Ok(HttpResponse::Ok()
        .insert_header(("cache-control", "public, max-age=60"))
        .content_type("application/jose")
        .body(signed))
}
