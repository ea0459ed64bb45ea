//! Turns actix's extractor failures into API errors that name the offending parameter.

use actix_web::error::{JsonPayloadError, PathError, QueryPayloadError};
use actix_web::{HttpRequest, web};
use cowin_core::ErrorCode;

use crate::ApiError;

use super::json_body::field_named_in;

/// The API error for a query string that does not parse, naming the field serde names.
pub(crate) fn invalid_query(error: &QueryPayloadError) -> ApiError {
    let message = error.to_string();
    ApiError::invalid_parameter(field_named_in(&message).unwrap_or("query"))
}

/// The query of a staff or NHA request, parsed once the caller is known to be allowed (actix resolves a handler's
/// extractors together, so a `web::Query` argument could refuse a malformed query before the caller was refused).
pub(crate) fn query_after_access<T: serde::de::DeserializeOwned>(req: &HttpRequest) -> Result<T, ApiError> {
    web::Query::<T>::from_query(req.query_string())
        .map(web::Query::into_inner)
        .map_err(|error| invalid_query(&error))
}

fn query_error(error: QueryPayloadError, _: &HttpRequest) -> actix_web::Error {
    invalid_query(&error).into()
}

/// serde names no field when a path segment fails to parse (`can not parse "abc" to a i32`), so the
/// segment is found by the value the message quotes.
fn path_error(error: PathError, req: &HttpRequest) -> actix_web::Error {
    let message = error.to_string();
    tracing::debug!(%message, "path parameter refused");
    let segment = req
        .match_info()
        .iter()
        .find(|(_, value)| message.contains(&format!("\"{value}\"")))
        .map(|(name, _)| name.to_owned());
    let name = segment
        .or_else(|| field_named_in(&message).map(str::to_owned))
        .unwrap_or_else(|| "path".to_owned());
    ApiError::invalid_parameter(&name).into()
}

fn json_error(error: JsonPayloadError, _: &HttpRequest) -> actix_web::Error {
    let code = match error {
        JsonPayloadError::OverflowKnownLength { .. } | JsonPayloadError::Overflow { .. } => ErrorCode::PayloadTooLarge,
        JsonPayloadError::ContentType => ErrorCode::UnsupportedMediaType,
        _ => ErrorCode::InvalidBody,
    };
    ApiError::new(code).into()
}

/// Extractor settings whose errors are API errors.
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    cfg.app_data(web::QueryConfig::default().error_handler(query_error))
        .app_data(web::PathConfig::default().error_handler(path_error))
        .app_data(web::JsonConfig::default().limit(64 * 1024).error_handler(json_error));
}
