//! `GET /verify` and `POST /verify`: the verification page, for a person with a certificate in front of them. It
//! works without scripts for pasted payloads; the portal's script reads a photo of the QR code through the API.
//! Open to anyone, even for a suspended country (its certificates stay verifiable), under the public rate limit.

use actix_web::http::StatusCode;
use actix_web::http::header::CONTENT_TYPE;
use actix_web::{HttpRequest, HttpResponse, ResponseError as _, web};
use askama::Template;
use cowin_app::certificates::verification::Submission;

use super::page::{Page, respond};
use super::session::signed_in;
use crate::extractors::{Client, RequestLocale, Tenant};
use crate::handlers::certificates::verify::{MAX_UPLOAD, Verification, read_limited, submission_of};
use crate::{ApiError, AppState};

/// The verdict shown.
struct Verdict {
    class: &'static str,
    message: String,
    details: Vec<(String, String)>,
}

#[derive(Template)]
#[template(path = "portal/verify.html")]
struct VerifyPage {
    p: Page,
    verdict: Option<Verdict>,
}

/// The label of a field of a verified certificate.
fn label(p: &Page, field: &str) -> String {
    p.t(match field {
        "country" => "portal-verify-country",
        "certificate" => "certificate-certificate-id",
        "licence" => "portal-verify-licence",
        "name" => "certificate-name",
        "birth" => "portal-verify-birth",
        "vaccine" => "certificate-vaccine",
        "dose" => "certificate-dose",
        _ => "certificate-date",
    })
}

fn page(req: &HttpRequest, state: &web::Data<AppState>, tenant: &Tenant, locale: &RequestLocale) -> Page {
    Page::new(req, state, tenant, locale, signed_in(req, state, tenant).is_some())
}

/// The empty page.
pub(crate) async fn verify_page(req: HttpRequest, tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    let view = VerifyPage {
        p: page(&req, &state, &tenant, &locale),
        verdict: None,
    };
    respond(&req, StatusCode::OK, &view.p, view.render())
}

/// The page with the verdict on a pasted payload (form field `payload`) or a posted photo, with the status the API
/// would answer (a picture too large is still a 413).
pub(crate) async fn verify_submitted(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    client: Client,
    state: web::Data<AppState>,
    body: web::Payload,
) -> HttpResponse {
    let p = page(&req, &state, &tenant, &locale);
    let verdict = async {
        let body = read_limited(body, MAX_UPLOAD).await?;
        let is_form = req
            .headers()
            .get(CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .is_some_and(|value| value.starts_with("application/x-www-form-urlencoded"));
        let submission = if is_form {
            let payload = serde_urlencoded::from_bytes::<std::collections::HashMap<String, String>>(&body)
                .ok()
                .and_then(|form| form.get("payload").cloned())
                .unwrap_or_default();
            Submission::Payload(payload.into_bytes())
        } else {
            submission_of(&req, &body)?
        };
        let report = state.verification().verify(tenant.code, submission, client.0).await?;
        Ok::<_, ApiError>(Verification::of(report, &state, &tenant, &locale))
    }
    .await;
    let (status, verdict) = match verdict {
        Ok(verification) => {
            let (verdict, message) = verification.headline();
            let details = verification
                .details()
                .into_iter()
                .map(|(field, value)| (label(&p, field), value))
                .collect();
            let verdict = Verdict {
                class: verdict.as_str(),
                message: message.to_owned(),
                details,
            };
            (StatusCode::OK, verdict)
        }
        Err(error) => {
            let verdict = Verdict {
                class: "error",
                message: p.error_text(&error),
                details: Vec::new(),
            };
            (error.status_code(), verdict)
        }
    };
    let view = VerifyPage { p, verdict: Some(verdict) };
    respond(&req, status, &view.p, view.render())
}
