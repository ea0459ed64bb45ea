//! The portal's stylesheet and script (built into the binary: no CDN, no second deployment step), and each
//! country's theme (its colour from `branding.primary_colour`). Files with a strict CSP cannot use inline styles.

use actix_web::HttpResponse;
use actix_web::http::header::{CACHE_CONTROL, X_CONTENT_TYPE_OPTIONS};

use crate::extractors::Tenant;

const STYLESHEET: &str = include_str!("../../assets/portal.css");
const SCRIPT: &str = include_str!("../../assets/portal.js");

fn asset(content_type: &'static str, body: String, max_age_seconds: u32) -> HttpResponse {
    HttpResponse::Ok()
        .content_type(content_type)
        .insert_header((CACHE_CONTROL, format!("public, max-age={max_age_seconds}")))
        .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .body(body)
}

/// `GET /assets/portal.css`.
pub(crate) async fn stylesheet() -> HttpResponse {
    asset("text/css; charset=utf-8", STYLESHEET.to_owned(), 3600)
}

/// `GET /assets/portal.js`.
pub(crate) async fn script() -> HttpResponse {
    asset("text/javascript; charset=utf-8", SCRIPT.to_owned(), 3600)
}

/// Whether `colour` is a CSS hex colour (`#1e3a8a`): only that reaches the stylesheet.
fn hex_colour(colour: &str) -> Option<&str> {
    let digits = colour.strip_prefix('#')?;
    (matches!(digits.len(), 3 | 6) && digits.bytes().all(|b| b.is_ascii_hexdigit())).then_some(colour)
}

/// `GET /assets/theme.css`: the country's colour, for the header, buttons and links (configurations choose a dark
/// primary colour: white text sits on it).
pub(crate) async fn theme(tenant: Tenant) -> HttpResponse {
    let brand = hex_colour(&tenant.config.branding.primary_colour).unwrap_or("#1e3a8a");
    asset(
        "text/css; charset=utf-8",
        format!(":root{{--brand:{brand};--brand-text:{brand}}}\n"),
        300,
    )
}
