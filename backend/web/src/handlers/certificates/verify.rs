//! `POST /api/certificates/verify`: is this certificate genuine? Any of the four formats, pasted or as a photo
//! of its QR code; the answer is genuine, revoked, unknown issuer or tampered, in the caller's language.

use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, web};
use cowin_app::certificates::verification::{Outcome, Report, Submission};
use cowin_certify::verify::{Format, Summary};
use cowin_core::ErrorCode;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;

use crate::extractors::{Client, RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// Largest upload: a phone photo of a QR code.
pub(crate) const MAX_UPLOAD: usize = 8 * 1024 * 1024;

/// A JSON request: the scanned text, a credential, or a base64 image of the QR code.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct VerifyRequest {
    /// `HC1:...`, `shc:/...`, or a credential's JSON as text.
    payload: Option<String>,
    /// A Verifiable Credential.
    #[schema(value_type = Option<Object>)]
    credential: Option<Value>,
    /// A PNG or JPEG of the QR code, base64.
    image: Option<String>,
}

/// The verdict.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Verdict {
    /// Signed by a country whose keys this platform holds, and not revoked.
    Genuine,
    /// Genuine, but its country revoked it (usually replaced after a correction).
    Revoked,
    /// Well formed, but signed by a key no country here holds.
    UnknownIssuer,
    /// Its content does not match its signature.
    Tampered,
}

/// The format of the certificate.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "kebab-case")]
pub(crate) enum CertificateFormat {
    /// `HC1:` (EU DCC; also the WHO DDCC:VS QR).
    EuDcc,
    /// `shc:/`.
    SmartHealthCard,
    /// A W3C Verifiable Credential (DIVOC's format).
    Divoc,
}

/// What a genuine certificate says, for the verifier to compare with the person in front of them.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CertificateSummary {
    /// The issuing country.
    country: String,
    /// Certificate id (UVCI or credential id), where the format carries one.
    certificate: Option<String>,
    /// The licence the country issued it under.
    licence: Option<String>,
    /// Holder's name.
    name: Option<String>,
    /// Holder's birth date or year.
    birth: Option<String>,
    /// Vaccine.
    vaccine: Option<String>,
    /// Dose number.
    dose: Option<u64>,
    /// Date given.
    date: Option<String>,
}

/// The answer.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Verification {
    /// The verdict.
    result: Verdict,
    /// The verdict in the caller's language.
    message: String,
    /// The certificate's format.
    format: CertificateFormat,
    /// What it says (genuine and revoked certificates only).
    #[serde(skip_serializing_if = "Option::is_none")]
    certificate: Option<CertificateSummary>,
    /// Whether its country is licensed today (a certificate of a country no longer licensed is still genuine).
    issuer_licensed: bool,
}

impl From<Summary> for CertificateSummary {
    fn from(summary: Summary) -> Self {
        Self {
            country: summary.country,
            certificate: summary.certificate,
            licence: summary.licence,
            name: summary.name,
            birth: summary.birth,
            vaccine: summary.vaccine,
            dose: summary.dose,
            date: summary.date,
        }
    }
}

impl Verification {
    /// The report, said in the caller's language.
    pub(crate) fn of(report: Report, state: &AppState, tenant: &Tenant, locale: &RequestLocale) -> Self {
        let message = state.localizer.format_for(
            &tenant.config.messages,
            &[&locale.locale, &locale.default],
            report.outcome.message_id(),
            None,
        );
        Self {
            result: match report.outcome {
                Outcome::Genuine => Verdict::Genuine,
                Outcome::Revoked => Verdict::Revoked,
                Outcome::UnknownIssuer => Verdict::UnknownIssuer,
                Outcome::Tampered => Verdict::Tampered,
            },
            message,
            format: match report.format {
                Format::EuDcc => CertificateFormat::EuDcc,
                Format::SmartHealthCard => CertificateFormat::SmartHealthCard,
                Format::Divoc => CertificateFormat::Divoc,
            },
            certificate: report.summary.map(CertificateSummary::from),
            issuer_licensed: report.issuer_licensed,
        }
    }

    /// The verdict as the page shows it: a class and the message.
    pub(crate) fn headline(&self) -> (Verdict, &str) {
        (self.result, &self.message)
    }

    /// What the certificate says, as (field, value) pairs.
    pub(crate) fn details(&self) -> Vec<(&'static str, String)> {
        let Some(summary) = &self.certificate else {
            return Vec::new();
        };
        [
            ("country", Some(summary.country.clone())),
            ("certificate", summary.certificate.clone()),
            ("licence", summary.licence.clone()),
            ("name", summary.name.clone()),
            ("birth", summary.birth.clone()),
            ("vaccine", summary.vaccine.clone()),
            ("dose", summary.dose.map(|dose| dose.to_string())),
            ("date", summary.date.clone()),
        ]
        .into_iter()
        .filter_map(|(field, value)| value.map(|value| (field, value)))
        .collect()
    }
}

impl Verdict {
    /// The CSS class and API name.
    pub(crate) fn as_str(self) -> &'static str {
        match self {
            Self::Genuine => "genuine",
            Self::Revoked => "revoked",
            Self::UnknownIssuer => "unknown_issuer",
            Self::Tampered => "tampered",
        }
    }
}

/// What a request submits, whatever form it came in: JSON (`payload`, `credential` or a base64 `image`), a photo of
/// the QR code (`image/*`), or the raw payload.
pub(crate) fn submission_of(req: &HttpRequest, body: &[u8]) -> Result<Submission, ApiError> {
    let content_type = req
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_ascii_lowercase();
    if content_type.starts_with("image/") {
        return Ok(Submission::Photo(body.to_vec()));
    }
    if !content_type.starts_with("application/json") {
        return Ok(Submission::Payload(body.to_vec()));
    }
    let request: VerifyRequest = crate::handlers::json_body::parse(body)?;
    if let Some(payload) = request.payload {
        return Ok(Submission::Payload(payload.into_bytes()));
    }
    if let Some(credential) = request.credential {
        return Ok(Submission::Payload(credential.to_string().into_bytes()));
    }
    let image = request.image.ok_or_else(|| ApiError::invalid_parameter("payload"))?;
    base64::Engine::decode(&base64::engine::general_purpose::STANDARD, image.trim())
        .map(Submission::Photo)
        .map_err(|_| ApiError::invalid_parameter("image"))
}

/// Verifies a certificate: JSON `{"payload"}` (`HC1:`, `shc:/`, a credential as text), `{"credential"}`,
/// `{"image"}` (base64), or the raw payload, or a PNG/JPEG photo of the QR code as the body. `NOT_A_CERTIFICATE`
/// when the payload is none of the formats.
#[utoipa::path(post, path = "/api/certificates/verify", tag = "certificates",
    request_body(content(
        (VerifyRequest = "application/json"),
        (Vec<u8> = "image/png"),
        (Vec<u8> = "image/jpeg"),
        (String = "text/plain"),
    )),
    responses((status = 200, body = Verification)))]
pub(crate) async fn verify_certificate(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    client: Client,
    state: web::Data<AppState>,
    body: web::Payload,
) -> Result<web::Json<Verification>, ApiError> {
    let body = read_limited(body, MAX_UPLOAD).await?;
    let submission = submission_of(&req, &body)?;
    let report = state.verification().verify(tenant.code, submission, client.0).await?;
    Ok(web::Json(Verification::of(report, &state, &tenant, &locale)))
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
