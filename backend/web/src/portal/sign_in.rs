//! Signing in with an OTP, as the API does it (`request_otp`, `confirm_otp` of the sign-in service), and out.
//!
//! `GET /sign-in` asks for the mobile (and the e-mail where the country sends OTPs by e-mail); `POST /sign-in` sends
//! the OTP and asks for it; `POST /sign-in/confirm` checks it and opens the session in HttpOnly cookies;
//! `POST /sign-out` closes it. A wrong OTP shows the same form again with the reason.

use actix_web::http::StatusCode;
use actix_web::http::header::LOCATION;
use actix_web::{HttpRequest, HttpResponse, ResponseError as _, web};
use askama::Template;
use cowin_app::sign_in::OtpRequest;
use cowin_tenant_config::OtpChannel;
use serde::Deserialize;
use uuid::Uuid;

use super::failure::failure_page;
use super::page::{Arg, Page, render, respond};
use super::session::{posted, see_other, signed_in};
use crate::extractors::{Client, RequestLocale, Tenant};
use crate::{ApiError, AppState, session_cookies};

#[derive(Template)]
#[template(path = "portal/sign_in.html")]
struct SignInPage {
    p: Page,
    by_email: bool,
    mobile_hint: String,
    mobile: String,
    email: String,
    error: Option<String>,
}

#[derive(Template)]
#[template(path = "portal/otp.html")]
struct OtpPage {
    p: Page,
    txn: Uuid,
    mobile: String,
    error: Option<String>,
}

/// The sign-in form's fields.
#[derive(Debug, Deserialize)]
struct Destination {
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    email: String,
}

/// The OTP form's fields.
#[derive(Debug, Deserialize)]
struct Answer {
    txn: Uuid,
    #[serde(default)]
    mobile: String,
    #[serde(default)]
    otp: String,
}

fn sign_in_page(p: Page, tenant: &Tenant, destination: Destination, error: Option<String>) -> SignInPage {
    SignInPage {
        by_email: tenant.config.otp.channel == OtpChannel::Email,
        mobile_hint: p.with("portal-mobile-hint", &[("code", Arg::Text(&tenant.config.calling_code))]),
        mobile: destination.mobile,
        email: destination.email,
        error,
        p,
    }
}

/// The form; a signed-in citizen goes to their family instead.
pub(crate) async fn form(req: HttpRequest, tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    let p = Page::new(&req, &state, &tenant, &locale, false);
    if signed_in(&req, &state, &tenant).is_some() {
        return see_other(&p.base, "account");
    }
    let page = sign_in_page(
        p,
        &tenant,
        Destination {
            mobile: String::new(),
            email: String::new(),
        },
        None,
    );
    render(&req, &page.p, &page)
}

/// Sends the OTP and asks for it; a refusal shows the form again with what was typed.
pub(crate) async fn send(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    client: Client,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let p = Page::new(&req, &state, &tenant, &locale, false);
    let destination: Destination = match posted(&req, &body) {
        Ok(destination) => destination,
        Err(error) => return failure_page(&req, p, &error, "sign-in"),
    };
    let request = OtpRequest {
        mobile: &destination.mobile,
        email: Some(destination.email.as_str()).filter(|email| !email.is_empty()),
        locale: &locale.locale,
        client: client.0,
    };
    match state.sign_in().request_otp(&tenant, request).await {
        Ok(txn) => {
            let page = OtpPage {
                txn,
                mobile: destination.mobile,
                error: None,
                p,
            };
            render(&req, &page.p, &page)
        }
        Err(error) => {
            let error = ApiError::from(error);
            let status = error.status_code();
            let page = sign_in_page(p, &tenant, destination, None);
            let page = SignInPage {
                error: Some(page.p.error_text(&error)),
                ..page
            };
            respond(&req, status, &page.p, page.render())
        }
    }
}

/// Checks the OTP; opens the session and goes to the family, or shows the OTP form again with the reason.
pub(crate) async fn confirm(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let p = Page::new(&req, &state, &tenant, &locale, false);
    let answer: Answer = match posted(&req, &body) {
        Ok(answer) => answer,
        Err(error) => return failure_page(&req, p, &error, "sign-in"),
    };
    // The API takes the OTP's digest (clients never send the code itself); the page sends the code over TLS.
    let digest = cowin_privacy::sha256_hex(answer.otp.trim());
    match state.sign_in().confirm_otp(&tenant, answer.txn, &digest).await {
        Ok(signed_in) => {
            let mut response = HttpResponse::SeeOther();
            response.insert_header((LOCATION, format!("{}account", p.base)));
            session_cookies::open(&req, &mut response, signed_in.token, state.citizen_rules.token_ttl_seconds);
            response.finish()
        }
        Err(error) => {
            let error = ApiError::from(error);
            let page = OtpPage {
                error: Some(p.error_text(&error)),
                txn: answer.txn,
                mobile: answer.mobile,
                p,
            };
            respond(&req, error.status_code(), &page.p, page.render())
        }
    }
}

/// Closes the session.
pub(crate) async fn sign_out(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    #[derive(Deserialize)]
    struct Nothing {}
    let p = Page::new(&req, &state, &tenant, &locale, true);
    if let Err(error) = posted::<Nothing>(&req, &body) {
        return failure_page(&req, p, &error, "");
    }
    let mut response = HttpResponse::build(StatusCode::SEE_OTHER);
    response.insert_header((LOCATION, format!("{}?done=signed-out", p.base)));
    session_cookies::close(&req, &mut response);
    response.finish()
}
