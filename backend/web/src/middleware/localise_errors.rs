//! Writes every error body in the caller's language: `{"errorCode": "...", "error": "<localised text>"}`.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::StatusCode;
use actix_web::http::header::{ACCEPT_LANGUAGE, CONTENT_TYPE, HeaderValue};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, web};
use cowin_core::{ErrorCode, LocaleTag};

use crate::AppState;
use crate::error::{ErrorBody, PendingMessage};
use crate::extractors::{RequestLocale, Tenant};
use crate::request_locale::negotiate;

/// Localises errors raised below it, and gives actix's own bare error responses (unknown route, wrong
/// method, oversized body) the same shape.
pub(crate) async fn localise_errors(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    // Holding a clone of the request across the call would stop actix from routing it, so the response's
    // own request is used afterwards. Handler errors arrive as responses; an `Err` here is left to actix.
    let response = next.call(req).await?.map_into_boxed_body();
    let pending = response.response().extensions().get::<PendingMessage>().cloned();
    // A page's own error (the portal's, the verify page's) is already written for a person, in their language.
    let is_page = response
        .headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.starts_with("text/html"));
    let Some(message) = pending.or_else(|| if is_page { None } else { bare_error(response.status()) }) else {
        return Ok(response);
    };
    let Some(state) = response.request().app_data::<web::Data<AppState>>().cloned() else {
        return Ok(response);
    };
    let text = localised_text(response.request(), &state, &message);
    let body = serde_json::to_string(&ErrorBody {
        error_code: message.code.as_str(),
        error: &text,
    })
    .map_err(actix_web::error::ErrorInternalServerError)?;
    let mut response = response.map_body(|head, _| {
        head.headers.insert(CONTENT_TYPE, HeaderValue::from_static("application/json"));
        BoxBody::new(body)
    });
    response.response_mut().extensions_mut().insert(message);
    Ok(response)
}

/// Error statuses that actix produces itself, without an [`crate::ApiError`].
fn bare_error(status: StatusCode) -> Option<PendingMessage> {
    let code = match status {
        StatusCode::NOT_FOUND => ErrorCode::NotFound,
        StatusCode::METHOD_NOT_ALLOWED => ErrorCode::MethodNotAllowed,
        StatusCode::PAYLOAD_TOO_LARGE => ErrorCode::PayloadTooLarge,
        StatusCode::UNSUPPORTED_MEDIA_TYPE => ErrorCode::UnsupportedMediaType,
        StatusCode::BAD_REQUEST => ErrorCode::InvalidBody,
        StatusCode::INTERNAL_SERVER_ERROR => ErrorCode::Internal,
        _ => return None,
    };
    Some(PendingMessage { code, args: Vec::new() })
}

fn localised_text(request: &HttpRequest, state: &AppState, message: &PendingMessage) -> String {
    let tenant = request.extensions().get::<Tenant>().cloned();
    let id = message.code.message_id();
    match tenant {
        Some(tenant) => {
            let locale = RequestLocale::for_request(request, &tenant);
            let args = message.fluent_args(&|day| state.localizer.date(&locale.locale, tenant.code, day));
            state
                .localizer
                .format_for(&tenant.config.messages, &[&locale.locale, &locale.default], id, Some(&args))
        }
        None => {
            // No tenant (unknown host): any language the platform speaks; no country to write a day for.
            let available: Vec<LocaleTag> = state.localizer.locales().cloned().collect();
            let header = request.headers().get(ACCEPT_LANGUAGE).and_then(|value| value.to_str().ok());
            let locale = negotiate(header, &available, &LocaleTag::english());
            let args = message.fluent_args(&|day| day.format("%d-%m-%Y").to_string());
            state.localizer.format(&[&locale], id, Some(&args))
        }
    }
}
