//! `GET /verify` and `POST /verify`: the verification page, for a person with a certificate in front of them.
//! It works without JavaScript for pasted payloads; a small inline script reads a photo of the QR code.

use actix_web::http::StatusCode;
use actix_web::{HttpRequest, HttpResponse, ResponseError as _, web};

use cowin_app::certificates::verification::Submission;

use super::verify::{MAX_UPLOAD, Verification, read_limited, submission_of};
use crate::extractors::{Client, RequestLocale, Tenant};
use crate::pages::{escape, page};
use crate::{ApiError, AppState};

fn form(state: &AppState, tenant: &Tenant, locale: &RequestLocale, result: &str) -> String {
    let chain = [&locale.locale, &locale.default];
    let say = |id: &str| escape(&state.localizer.format_for(&tenant.config.messages, &chain, id, None));
    format!(
        r#"<h1>{title}</h1><p>{instructions}</p>
<form method="post" action="verify"><textarea name="payload" rows="6" cols="70" aria-label="{title}"></textarea><br>
<button type="submit">{submit}</button></form>
<p><label>{upload} <input type="file" id="photo" accept="image/*"></label></p>
<div id="result">{result}</div>
<script>
document.getElementById('photo').addEventListener('change', async (event) => {{
  const file = event.target.files[0]; if (!file) return;
  const response = await fetch('api/certificates/verify', {{ method: 'POST', headers: {{ 'content-type': file.type || 'image/png' }}, body: file }});
  const body = await response.json();
  const box = document.getElementById('result');
  box.textContent = body.message || body.error;
  box.className = body.result || 'error';
}});
</script>"#,
        title = say("verify-title"),
        instructions = say("verify-instructions"),
        submit = say("verify-submit"),
        upload = say("verify-upload"),
    )
}

/// The empty page.
pub(crate) async fn verify_page(tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    page(&state, &tenant, &locale, &form(&state, &tenant, &locale, ""))
}

/// The page with the verdict on a pasted payload (form field `payload`) or a posted photo.
pub(crate) async fn verify_submitted(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    client: Client,
    state: web::Data<AppState>,
    body: web::Payload,
) -> Result<HttpResponse, ApiError> {
    let body = read_limited(body, MAX_UPLOAD).await?;
    let is_form = req
        .headers()
        .get(actix_web::http::header::CONTENT_TYPE)
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
    // A refusal is shown on the page, with the status the API would answer (a picture too large is still a 413).
    let (status, result) = match state.verification().verify(tenant.code, submission, client.0).await {
        Ok(report) => {
            let verification = Verification::of(report, &state, &tenant, &locale);
            let (verdict, message) = verification.headline();
            let details: String = verification
                .details()
                .iter()
                .map(|(field, value)| format!("<dt>{}</dt><dd>{}</dd>", escape(field), escape(value)))
                .collect();
            let html = format!(
                r#"<p class="{}"><strong>{}</strong></p><dl>{details}</dl>"#,
                verdict.as_str(),
                escape(message)
            );
            (StatusCode::OK, html)
        }
        Err(error) => {
            let error = ApiError::from(error);
            let chain = [&locale.locale, &locale.default];
            let html = format!(r#"<p class="error">{}</p>"#, escape(&error.localised(&state.localizer, &chain)));
            (error.status_code(), html)
        }
    };
    let mut response = page(&state, &tenant, &locale, &form(&state, &tenant, &locale, &result));
    *response.status_mut() = status;
    Ok(response)
}
