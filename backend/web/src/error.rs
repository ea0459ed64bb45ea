//! API errors: a stable code, an HTTP status from the code, and a message localised on the way out.

use std::fmt;

use actix_web::http::StatusCode;
use actix_web::http::header::{self, HeaderValue};
use actix_web::{HttpResponse, ResponseError};
use cowin_app::Failure;
use cowin_core::ErrorCode;

/// The body of every error, in CoWIN's field order.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody<'a> {
    /// The stable code.
    #[serde(rename = "errorCode")]
    pub error_code: &'a str,
    /// The message in the caller's language.
    pub error: &'a str,
}

pub use cowin_core::MessageArg;

/// What the error middleware needs to write the localised body; travels in the response's extensions.
#[derive(Debug, Clone)]
pub struct PendingMessage {
    /// The code.
    pub code: ErrorCode,
    /// Placeable values.
    pub args: Vec<(&'static str, MessageArg)>,
}

impl PendingMessage {
    /// The placeable values as Fluent arguments, days written by `date`.
    pub fn fluent_args(&self, date: &dyn Fn(chrono::NaiveDate) -> String) -> fluent_bundle::FluentArgs<'static> {
        let mut args = fluent_bundle::FluentArgs::new();
        for (name, value) in &self.args {
            match value {
                MessageArg::Text(text) => args.set(*name, text.clone()),
                MessageArg::Number(number) => args.set(*name, *number),
                MessageArg::Date(day) => args.set(*name, date(*day)),
            }
        }
        args
    }
}

/// An error returned by a handler or middleware. Its cause, if any, is logged when the error is made and
/// never reaches the client.
#[derive(Debug)]
pub struct ApiError {
    message: PendingMessage,
    retry_after_seconds: Option<u64>,
}

impl ApiError {
    /// An error with this code.
    pub fn new(code: ErrorCode) -> Self {
        Self {
            message: PendingMessage { code, args: Vec::new() },
            retry_after_seconds: None,
        }
    }

    /// A bad or missing parameter, named in the message.
    pub fn invalid_parameter(name: &str) -> Self {
        Self::new(ErrorCode::InvalidParameter).with_arg("name", MessageArg::Text(name.to_owned()))
    }

    /// A fault on our side: the cause is logged here, the client sees only `INTERNAL_ERROR`.
    pub fn internal(cause: &dyn fmt::Display) -> Self {
        tracing::error!(error = %cause, "internal error");
        Self::new(ErrorCode::Internal)
    }

    /// Too many requests; the client may retry after `seconds`.
    pub fn rate_limited(seconds: u64) -> Self {
        let mut error = Self::new(ErrorCode::RateLimited).with_arg("seconds", MessageArg::Number(seconds));
        error.retry_after_seconds = Some(seconds);
        error
    }

    /// Adds a placeable value.
    pub fn with_arg(mut self, name: &'static str, value: MessageArg) -> Self {
        self.message.args.push((name, value));
        self
    }

    /// The error's code.
    pub fn code(&self) -> ErrorCode {
        self.message.code
    }

    /// The value of the placeable `name`, as text.
    pub fn argument(&self, name: &str) -> Option<String> {
        self.message
            .args
            .iter()
            .find(|(arg, _)| *arg == name)
            .map(|(_, value)| match value {
                MessageArg::Text(text) => text.clone(),
                MessageArg::Number(number) => number.to_string(),
                MessageArg::Date(day) => day.format("%d-%m-%Y").to_string(),
            })
    }

    /// The error's text in the first language of `chain` that has it, as written in the tenant's `country` (for
    /// answers that carry several errors, and pages).
    pub fn localised(
        &self,
        localizer: &cowin_app::i18n::Localizer,
        chain: &[&cowin_core::LocaleTag],
        country: cowin_core::TenantCode,
    ) -> String {
        let language = chain.first().copied().cloned().unwrap_or_else(cowin_core::LocaleTag::english);
        let args = self.message.fluent_args(&|day| localizer.date(&language, country, day));
        localizer.format(chain, self.message.code.message_id(), Some(&args))
    }
}

impl fmt::Display for ApiError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.message.code.as_str())
    }
}

/// Any use case's refusal, as its code, arguments and wait. A fault's cause goes to the log (an internal error
/// with its whole chain, an unavailable dependency as a warning), never to the client.
impl<E: Failure> From<E> for ApiError {
    fn from(failure: E) -> Self {
        let code = failure.code();
        match code {
            ErrorCode::Internal => tracing::error!(error = %failure, "internal error"),
            ErrorCode::Unavailable | ErrorCode::OtpDeliveryFailed | ErrorCode::MailDeliveryFailed => {
                tracing::warn!(error = %failure, code = code.as_str(), "a dependency failed")
            }
            _ => {}
        }
        let mut error = Self::new(code);
        error.message.args = failure.arguments();
        error.retry_after_seconds = failure.retry_after();
        error
    }
}

impl ResponseError for ApiError {
    fn status_code(&self) -> StatusCode {
        StatusCode::from_u16(self.message.code.http_status()).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR)
    }

    fn error_response(&self) -> HttpResponse {
        let code = self.message.code.as_str();
        // The English-free placeholder body is replaced by the error middleware with the localised text.
        let mut response = HttpResponse::build(self.status_code()).json(ErrorBody {
            error_code: code,
            error: code,
        });
        if let Some(seconds) = self.retry_after_seconds
            && let Ok(value) = HeaderValue::from_str(&seconds.to_string())
        {
            response.headers_mut().insert(header::RETRY_AFTER, value);
        }
        response.extensions_mut().insert(self.message.clone());
        response
    }
}
