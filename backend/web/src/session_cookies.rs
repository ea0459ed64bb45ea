//! Session cookies for browsers (the admin console, and the citizen portal): the token lives in an HttpOnly cookie
//! no script can read, so a script injected into a page cannot steal it. A browser sends cookies whatever page made
//! the request, so every change made with the cookie must also carry the session's CSRF token in a header, which only
//! this site's own pages can read (double submit: a readable cookie another site cannot see, repeated in a header).
//!
//! Cookies are scoped to the base they were set under: `/t/{code}` (single-host installs), `/platform`, or the root
//! of a country's own hostname; a session of one country is never sent to another.

use actix_web::cookie::{Cookie, SameSite, time::Duration};
use actix_web::{HttpRequest, HttpResponseBuilder};
use rand::RngCore as _;

/// The session token's cookie.
pub(crate) const SESSION_COOKIE: &str = "cowin_session";
/// The CSRF token's cookie, readable by the site's scripts.
pub(crate) const CSRF_COOKIE: &str = "cowin_csrf";
/// The header a change repeats the CSRF token in.
pub(crate) const CSRF_HEADER: &str = "x-csrf-token";
/// The language a person chose on the portal; read before `Accept-Language` wherever the tenant enables it.
pub(crate) const LANGUAGE_COOKIE: &str = "cowin_lang";
/// How long a chosen language is remembered.
const LANGUAGE_LIFETIME: Duration = Duration::days(365);

/// The session token of a request's cookie.
pub(crate) fn session_token(req: &HttpRequest) -> Option<String> {
    req.cookie(SESSION_COOKIE)
        .map(|cookie| cookie.value().to_owned())
        .filter(|token| !token.is_empty())
}

/// Whether the request repeats its CSRF cookie in the CSRF header.
pub(crate) fn csrf_matches(req: &HttpRequest) -> bool {
    let Some(cookie) = req.cookie(CSRF_COOKIE) else {
        return false;
    };
    let Some(header) = req.headers().get(CSRF_HEADER) else {
        return false;
    };
    same_secret(cookie.value().as_bytes(), header.as_bytes())
}

/// The path the cookies of a request's base are scoped to.
pub(crate) fn base_path(req: &HttpRequest) -> String {
    let path = req.path();
    if path == "/platform" || path.starts_with("/platform/") {
        return "/platform".to_owned();
    }
    let mut parts = path.splitn(4, '/');
    match (parts.next(), parts.next(), parts.next()) {
        (Some(""), Some("t"), Some(code)) if code.len() == 2 => format!("/t/{code}"),
        _ => "/".to_owned(),
    }
}

fn cookie<'a>(req: &HttpRequest, name: &'a str, value: String, lifetime: Duration, http_only: bool) -> Cookie<'a> {
    Cookie::build(name, value)
        .path(base_path(req))
        .http_only(http_only)
        .same_site(SameSite::Strict)
        // Secure wherever the request came over TLS (directly or as the load balancer says).
        .secure(req.connection_info().scheme() == "https")
        .max_age(lifetime)
        .finish()
}

/// Sets the session's cookies on `response`; returns the CSRF token the page repeats in its changes.
pub(crate) fn open(req: &HttpRequest, response: &mut HttpResponseBuilder, token: String, lifetime_seconds: i64) -> String {
    let csrf = new_token();
    let lifetime = Duration::seconds(lifetime_seconds);
    response.cookie(cookie(req, SESSION_COOKIE, token, lifetime, true));
    response.cookie(cookie(req, CSRF_COOKIE, csrf.clone(), lifetime, false));
    csrf
}

/// Clears the session's cookies.
pub(crate) fn close(req: &HttpRequest, response: &mut HttpResponseBuilder) {
    for (name, http_only) in [(SESSION_COOKIE, true), (CSRF_COOKIE, false)] {
        response.cookie(cookie(req, name, String::new(), Duration::ZERO, http_only));
    }
}

/// Remembers the language a person chose (not a secret: any page may read it).
pub(crate) fn choose_language(req: &HttpRequest, response: &mut HttpResponseBuilder, tag: &str) {
    response.cookie(cookie(req, LANGUAGE_COOKIE, tag.to_owned(), LANGUAGE_LIFETIME, false));
}

/// The request's CSRF token, if its cookie holds one.
pub(crate) fn csrf_token(req: &HttpRequest) -> Option<String> {
    req.cookie(CSRF_COOKIE)
        .map(|cookie| cookie.value().to_owned())
        .filter(|token| !token.is_empty())
}

/// Sets `csrf` (from [`new_token`]) as the CSRF token of a visitor without a session, so that even the sign-in form
/// cannot be posted from another site.
pub(crate) fn open_visit(req: &HttpRequest, response: &mut HttpResponseBuilder, csrf: &str) {
    response.cookie(cookie(req, CSRF_COOKIE, csrf.to_owned(), Duration::hours(2), false));
}

/// Whether a form's `csrf` field repeats the request's CSRF cookie (for pages without scripts, which cannot set a
/// header).
pub(crate) fn form_csrf_matches(req: &HttpRequest, sent: &str) -> bool {
    csrf_token(req).is_some_and(|expected| same_secret(expected.as_bytes(), sent.as_bytes()))
}

/// Compares two secrets in constant time: another site must not learn a token byte by byte.
fn same_secret(expected: &[u8], sent: &[u8]) -> bool {
    !expected.is_empty() && expected.len() == sent.len() && expected.iter().zip(sent).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
}

/// A new random token (256 bits, hex).
pub(crate) fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::thread_rng().fill_bytes(&mut bytes);
    bytes.iter().map(|byte| format!("{byte:02x}")).collect()
}
