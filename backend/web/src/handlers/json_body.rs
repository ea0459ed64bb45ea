//! JSON request bodies. A body that is not JSON is `INVALID_BODY`; a field of the wrong type or value is
//! `INVALID_PARAMETER` naming the field (`beneficiaries[0]`, `dose`), so a client learns what to fix.
//!
//! Handlers take [`Json`]; staff handlers take the raw bytes and call [`parse`] once the caller is known to be
//! allowed, because actix resolves a handler's extractors together and a malformed body could otherwise be refused
//! (400) before `Staff<A>` refused the caller (403).

use std::ops::Deref;

use actix_web::http::header::CONTENT_TYPE;
use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use cowin_core::ErrorCode;
use futures::future::LocalBoxFuture;
use serde::de::DeserializeOwned;
use serde_json::error::Category;

use crate::ApiError;

/// Largest JSON body of an ordinary request.
pub(crate) const JSON_LIMIT: usize = 64 * 1024;

/// Parses `bytes` as JSON of type `T`.
pub(crate) fn parse<T: DeserializeOwned>(bytes: &[u8]) -> Result<T, ApiError> {
    let mut deserializer = serde_json::Deserializer::from_slice(bytes);
    let value: T = serde_path_to_error::deserialize(&mut deserializer).map_err(|error| {
        let path = error.path().to_string();
        let inner = error.into_inner();
        match inner.classify() {
            Category::Data => {
                // A missing field is reported at its parent: serde names it in the message.
                let message = inner.to_string();
                let field = if path == "." {
                    field_named_in(&message).unwrap_or("body").to_owned()
                } else {
                    path
                };
                ApiError::invalid_parameter(&field)
            }
            Category::Syntax | Category::Eof | Category::Io => ApiError::new(ErrorCode::InvalidBody),
        }
    })?;
    deserializer.end().map_err(|_| ApiError::new(ErrorCode::InvalidBody))?;
    Ok(value)
}

/// The field a serde message names (``missing field `date` ``).
pub(crate) fn field_named_in(message: &str) -> Option<&str> {
    let start = message.find('`')? + 1;
    let end = start + message[start..].find('`')?;
    Some(&message[start..end])
}

/// A JSON body of type `T` (`Content-Type: application/json`, at most [`JSON_LIMIT`] bytes).
#[derive(Debug)]
pub(crate) struct Json<T>(pub(crate) T);

impl<T> Deref for Json<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

/// Whether the request says its body is JSON (`application/json` or a `+json` type, any parameters).
fn is_json(req: &HttpRequest) -> bool {
    req.headers()
        .get(CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.split(';').next())
        .map(|essence| essence.trim().to_ascii_lowercase())
        .is_some_and(|essence| essence == "application/json" || essence.ends_with("+json"))
}

impl<T: DeserializeOwned + 'static> FromRequest for Json<T> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, payload: &mut Payload) -> Self::Future {
        let json = is_json(req);
        let body = web::Bytes::from_request(req, payload);
        Box::pin(async move {
            if !json {
                return Err(ApiError::new(ErrorCode::UnsupportedMediaType));
            }
            let bytes = body.await.map_err(|error| match error.as_response_error().status_code().as_u16() {
                413 => ApiError::new(ErrorCode::PayloadTooLarge),
                _ => ApiError::new(ErrorCode::InvalidBody),
            })?;
            if bytes.len() > JSON_LIMIT {
                return Err(ApiError::new(ErrorCode::PayloadTooLarge));
            }
            parse(&bytes).map(Json)
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Body {
        #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
        dose: u8,
        beneficiaries: Vec<String>,
    }

    fn code_and_field(json: &str) -> (ErrorCode, String) {
        let error = parse::<Body>(json.as_bytes()).unwrap_err();
        (error.code(), error.argument("name").unwrap_or_default())
    }

    #[test]
    fn errors_name_the_field() {
        assert_eq!(
            code_and_field(r#"{"dose": 1.5, "beneficiaries": []}"#),
            (ErrorCode::InvalidParameter, "dose".into())
        );
        assert_eq!(
            code_and_field(r#"{"dose": 1, "beneficiaries": [3]}"#),
            (ErrorCode::InvalidParameter, "beneficiaries[0]".into())
        );
        assert_eq!(
            code_and_field(r#"{"dose": 1}"#),
            (ErrorCode::InvalidParameter, "beneficiaries".into())
        );
        assert_eq!(code_and_field(r#"{"dose": 1,"#).0, ErrorCode::InvalidBody);
        assert_eq!(
            code_and_field(r#"{"dose": 1, "beneficiaries": []} trailing"#).0,
            ErrorCode::InvalidBody
        );
        let body = parse::<Body>(br#"{"dose": 1.0, "beneficiaries": ["1"]}"#).unwrap();
        assert_eq!((body.dose, body.beneficiaries), (1, vec!["1".to_owned()]));
    }
}
