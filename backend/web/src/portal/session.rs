//! Who is signed in to the portal, and whether a form was posted by the portal's own page.
//!
//! The citizen's token is the API's own, kept in the HttpOnly session cookie. Pages work without scripts, so a form
//! repeats the CSRF token in a hidden field (`csrf`) rather than a header; a change whose field does not match the
//! cookie is refused before anything else is read.

use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, web};
use cowin_app::tokens::{self, Audience};
use cowin_core::ErrorCode;
use serde::de::DeserializeOwned;
use uuid::Uuid;

use super::failure::failure_page;
use super::page::Page;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState, session_cookies};

/// The account whose session cookie verifies for `tenant`, if any.
pub(crate) fn signed_in(req: &HttpRequest, state: &AppState, tenant: &Tenant) -> Option<Uuid> {
    let token = session_cookies::session_token(req)?;
    tokens::verify(&state.vault, tenant.code, Audience::Citizen, &token)
}

/// A posted form: its fields, once its CSRF field matches the cookie. Malformed fields are a 400, a missing or
/// foreign token a 403 (`CSRF_REJECTED`).
pub(crate) fn posted<T: DeserializeOwned>(req: &HttpRequest, body: &web::Bytes) -> Result<T, ApiError> {
    #[derive(serde::Deserialize)]
    struct Token {
        #[serde(default)]
        csrf: String,
    }
    let token: Token = serde_urlencoded::from_bytes(body).map_err(|_| ApiError::new(ErrorCode::InvalidBody))?;
    if !session_cookies::form_csrf_matches(req, &token.csrf) {
        return Err(ApiError::new(ErrorCode::CsrfRejected));
    }
    serde_urlencoded::from_bytes(body).map_err(|_| ApiError::new(ErrorCode::InvalidBody))
}

/// `303 See Other` to `path` below the country's base (after a change, so reloading does not repeat it).
pub(crate) fn see_other(base: &str, path: &str) -> HttpResponse {
    HttpResponse::SeeOther().insert_header((LOCATION, format!("{base}{path}"))).finish()
}

/// The base of the request (`/t/in/` or `/`).
pub(crate) fn base(req: &HttpRequest) -> String {
    let base = session_cookies::base_path(req);
    if base.ends_with('/') { base } else { format!("{base}/") }
}

/// No session: the sign-in page of this base comes first.
pub(crate) struct SignInFirst(String);

impl SignInFirst {
    /// The redirect to it.
    pub(crate) fn response(self) -> HttpResponse {
        see_other(&self.0, "sign-in")
    }
}

/// A signed-in citizen's posted form (its CSRF field checked by [`posted`]): the page context, the account and the
/// form; otherwise the answer already made: the way to sign in, or the refusal as a page leading back to `back`.
pub(crate) fn citizen_form<F: DeserializeOwned>(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    tenant: &Tenant,
    locale: &RequestLocale,
    body: &web::Bytes,
    back: &str,
) -> Result<(Page, Uuid, F), Box<HttpResponse>> {
    let (p, account) = citizen_page(req, state, tenant, locale).map_err(|first| Box::new(first.response()))?;
    match posted(req, body) {
        Ok(form) => Ok((p, account, form)),
        Err(error) => Err(Box::new(failure_page(req, p, &error, back))),
    }
}

/// The page context of a signed-in citizen's page and their account, or the way to the sign-in page.
pub(crate) fn citizen_page(
    req: &HttpRequest,
    state: &web::Data<AppState>,
    tenant: &Tenant,
    locale: &RequestLocale,
) -> Result<(Page, Uuid), SignInFirst> {
    let p = Page::new(req, state, tenant, locale, true);
    match signed_in(req, state, tenant) {
        Some(account) => Ok((p, account)),
        None => Err(SignInFirst(p.base)),
    }
}
