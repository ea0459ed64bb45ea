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
