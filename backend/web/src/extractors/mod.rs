//! Typed context for handlers: the tenant a request was routed to, the caller's language and address, and who the
//! caller is (a citizen, a staff member allowed an action, an NHA administrator allowed an action). A handler that
//! compiles without them cannot reach tenant data or act for anyone.

mod citizen;
mod client;
mod nha;
mod staff;
mod tenant;

pub use citizen::Citizen;
pub use client::Client;
pub use nha::Nha;
pub use staff::Staff;
pub use tenant::{RequestLocale, Tenant};

/// The token of an `Authorization: Bearer ...` header.
pub fn bearer_token(req: &actix_web::HttpRequest) -> Option<String> {
    req.headers()
        .get(actix_web::http::header::AUTHORIZATION)
        .and_then(|value| value.to_str().ok())
        .and_then(|value| value.strip_prefix("Bearer "))
        .map(|token| token.trim().to_owned())
}

/// The token a request presents: its bearer token (API clients), else its session cookie (the console and the
/// portal). Whether it verifies is for the caller to find out.
pub fn presented_token(req: &actix_web::HttpRequest) -> Option<String> {
    bearer_token(req).or_else(|| crate::session_cookies::session_token(req))
}

/// The token a request acts with. A bearer token is the caller's own doing; a session cookie is sent by the browser
/// whatever page made the request, so a change carried by a cookie must also carry the session's CSRF token.
pub fn credential(req: &actix_web::HttpRequest) -> Result<Option<String>, crate::ApiError> {
    if let Some(token) = bearer_token(req) {
        return Ok(Some(token));
    }
    let Some(token) = crate::session_cookies::session_token(req) else {
        return Ok(None);
    };
    if !req.method().is_safe() && !crate::session_cookies::csrf_matches(req) {
        return Err(crate::ApiError::new(cowin_core::ErrorCode::CsrfRejected));
    }
    Ok(Some(token))
}
