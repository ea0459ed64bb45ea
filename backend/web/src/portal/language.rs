//! `GET /language/{tag}?back=...`: remembers the language a person chose and returns them to the page they were on.
//! A link rather than a form, so it works without scripts; it changes nothing but a cookie.

use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::LocaleTag;
use serde::Deserialize;

use super::session::base;
use crate::extractors::Tenant;
use crate::session_cookies;

/// Where to go back to.
#[derive(Debug, Deserialize)]
pub(crate) struct Back {
    #[serde(default)]
    back: String,
}

/// Sets the language cookie (to a language the country enables; anything else is ignored) and goes back.
pub(crate) async fn choose(req: HttpRequest, tenant: Tenant, query: web::Query<Back>) -> HttpResponse {
    // Only a path below the country's own base: never another site (`//evil`, `https:`), never a header injection.
    let back = Some(query.back.as_str())
        .filter(|back| !back.starts_with('/') && !back.contains(':') && !back.contains('\\'))
        .filter(|back| back.chars().all(|c| c.is_ascii_graphic()))
        .unwrap_or_default();
    let mut response = HttpResponse::SeeOther();
    response.insert_header((LOCATION, format!("{}{back}", base(&req))));
    let chosen = req.match_info().get("tag").and_then(|tag| LocaleTag::parse(tag).ok());
    if let Some(tag) = chosen.filter(|tag| tenant.locales.contains(tag)) {
        session_cookies::choose_language(&req, &mut response, tag.as_str());
    }
    response.finish()
}
