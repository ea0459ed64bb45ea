//! `POST /api/certificates/verify`: is this certificate genuine? Any of the four formats, pasted or as a photo
//! of its QR code; the answer is genuine, revoked, unknown issuer or tampered, in the caller's language.

use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, HttpResponse, web};
use cowin_certify::verify::{Verdict, verify};
use cowin_core::{ErrorCode, TenantCode};
use serde::Deserialize;
use serde_json::{Value, json};

use crate::certificates::revocations::{markers, revoked};
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// Largest upload: a phone photo of a QR code.
pub(crate) const MAX_UPLOAD: usize = 8 * 1024 * 1024;

/// A JSON request: the scanned text, a credential, or a base64 image of the QR code.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct VerifyRequest {
    /// `HC1:...`, `shc:/...`, or a credential's JSON as text.
    payload: Option<String>,
    /// A Verifiable Credential.
    #[schema(value_type = Option<Object>)]
    credential: Option<Value>,
    /// A PNG or JPEG of the QR code, base64.
    image: Option<String>,
}

/// The payload of a request, whatever form it came in: JSON (`payload`, `credential` or a base64 `image`), a photo
/// of the QR code (`image/*`), or the raw payload. Photos are counted against the client's picture limit.
pub(crate) async fn payload_of(state: &AppState, tenant: &Tenant, req: &HttpRequest, body: &[u8]) -> Result<Vec<u8>, ApiError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    let photo = if content_type.starts_with("image/") {
        body.to_vec()
    } else if content_type.starts_with("application/json") {
        let request: VerifyRequest = crate::handlers::json_body::parse(body)?;
        if let Some(payload) = request.payload {
            return Ok(payload.into_bytes());
        }
        if let Some(credential) = request.credential {
            return Ok(credential.to_string().into_bytes());
        }
        let image = request.image.ok_or_else(|| ApiError::invalid_parameter("payload"))?;
        base64::Engine::decode(&base64::engine::general_purpose::STANDARD, image.trim())
            .map_err(|_| ApiError::invalid_parameter("image"))?
    } else {
        return Ok(body.to_vec());
    };
    state.rate_limits.qr_photo(tenant.code, state.rate_limits.client_ip(req))?;
    state.qr_reader.read(photo).await
}

/// Whether a genuine certificate has been revoked by its country.
async fn judge(state: &AppState, verdict: Verdict) -> Result<(Verdict, bool), ApiError> {
    let Verdict::Genuine {
        summary,
        revocation_markers,
        format,
    } = verdict
    else {
        return Ok((verdict, false));
    };
    let revoked = match TenantCode::parse(&summary.country) {
        Ok(country) if state.tenants.by_code(country).is_some() => {
            let revoked = markers(&revoked(state, country).await?);
            revocation_markers.iter().any(|marker| revoked.contains(marker))
        }
        _ => false,
    };
    Ok((
        Verdict::Genuine {
            format,
            summary,
            revocation_markers,
        },
        revoked,
    ))
}

/// The verdict as JSON, with its text in the caller's language.
pub(crate) async fn verdict_json(state: &AppState, tenant: &Tenant, locale: &RequestLocale, payload: &[u8]) -> Result<Value, ApiError> {
    let public = state.key_ring.public();
    let verdict = verify(payload, public.as_ref()).ok_or_else(|| ApiError::new(ErrorCode::NotACertificate))?;
    let (verdict, revoked) = judge(state, verdict).await?;
    let chain = [&locale.locale, &locale.default];
    let say = |id: &str| state.localizer.format_for(&tenant.config.messages, &chain, id, None);
    Ok(match verdict {
        Verdict::Genuine { format, summary, .. } => {
            let licensed = TenantCode::parse(&summary.country)
                .ok()
                .and_then(|country| state.tenants.licence(country))
                .is_some_and(|licence| licence.is_ok());
            let (result, message) = if revoked {
                ("revoked", say("verify-revoked"))
            } else {
                ("genuine", say("verify-genuine"))
            };
            json!({ "result": result, "message": message, "format": format, "certificate": summary, "issuer_licensed": licensed })
        }
        Verdict::UnknownIssuer { format } => {
            json!({ "result": "unknown_issuer", "message": say("verify-unknown-issuer"), "format": format })
        }
        Verdict::Tampered { format } => json!({ "result": "tampered", "message": say("verify-tampered"), "format": format }),
    })
}

/// Verifies a certificate: JSON `{"payload"}` (`HC1:`, `shc:/`, a credential as text), `{"credential"}`,
/// `{"image"}` (base64), or the raw payload, or a PNG/JPEG photo of the QR code as the body.
#[utoipa::path(post, path = "/api/certificates/verify", tag = "certificates", request_body = VerifyRequest,
    responses((status = 200, description = "`{\"result\":\"genuine\"|\"revoked\"|\"unknown_issuer\"|\"tampered\",\"message\",\"format\",\"certificate\",\"issuer_licensed\"}`"),
              (status = "4XX", description = "`{\"errorCode\", \"error\"}`: `NOT_A_CERTIFICATE` when the payload is none of the formats", body = crate::error::ErrorBody)))]
pub(crate) async fn verify_certificate(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_limited(body, MAX_UPLOAD).await?;
    let payload = payload_of(&state, &tenant, &req, &body).await?;
    Ok(HttpResponse::Ok().json(verdict_json(&state, &tenant, &locale, &payload).await?))
}

/// Reads a request body of at most `limit` bytes (photos are larger than the JSON limit every other endpoint has).
pub(crate) async fn read_limited(mut payload: web::Payload, limit: usize) -> Result<web::Bytes, ApiError> {
    use futures::StreamExt as _;
    let mut body = web::BytesMut::new();
    while let Some(chunk) = payload.next().await {
        let chunk = chunk.map_err(|_| ApiError::new(ErrorCode::InvalidBody))?;
        if body.len() + chunk.len() > limit {
            return Err(ApiError::new(ErrorCode::PayloadTooLarge));
        }
        body.extend_from_slice(&chunk);
    }
    Ok(body.freeze())
}
