//! A member's certificate as the country issues it: `GET /account/certificate?member=` shows the PDF link and each
//! signed form's QR code (W3C verifiable credential, EU DCC, SMART Health Card) to scan from the screen or save;
//! `GET /account/certificate/qr?member=&format=` is one QR code as an SVG image; `POST /account/certificate/passport`
//! adds a passport number for travel, which reissues the member's certificates. Only the family's own members.

use actix_web::http::header::{CACHE_CONTROL, CONTENT_DISPOSITION, X_CONTENT_TYPE_OPTIONS};
use actix_web::{HttpRequest, HttpResponse, ResponseError as _, web};
use askama::Template;
use cowin_certify::issue::SignedForms;
use cowin_certify::qr::{self, QrMatrix, Redundancy};
use serde::Deserialize;
use std::fmt::Write as _;

use super::failure::failure_page;
use super::page::{Page, render, respond};
use super::session::{citizen_form, see_other, signed_in};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// Which member, and for the image, which form; after a change, which.
#[derive(Debug, Deserialize)]
pub(crate) struct Which {
    #[serde(default)]
    member: String,
    #[serde(default)]
    format: String,
    #[serde(default)]
    done: Option<String>,
}

/// The passport form.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct PassportForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    passport: String,
}

/// One signed form shown.
struct Form {
    format: &'static str,
    title: String,
}

#[derive(Template)]
#[template(path = "portal/certificate.html")]
struct CertificatePage {
    p: Page,
    notice: Option<String>,
    member: String,
    certificate_id: String,
    /// The passport number the certificate shows, if one was added.
    passport: Option<String>,
    forms: Vec<Form>,
    /// What was typed into the passport form, and why it was refused.
    typed: String,
    error: Option<String>,
}

impl CertificatePage {
    /// The page of `signed`, with the passport form's state.
    fn new(p: Page, member: &str, signed: &SignedForms, done: Option<&str>, typed: String, error: Option<String>) -> Self {
        let issued = [
            ("vc", signed.vc.is_some(), "certificate-qr-vc"),
            ("dcc", signed.hc1.is_some(), "certificate-qr-dcc"),
            ("shc", signed.shc.is_some(), "certificate-qr-shc"),
        ];
        Self {
            notice: (done == Some("passport")).then(|| p.t("portal-done-passport")),
            member: member.to_owned(),
            certificate_id: signed.record.uvci(),
            passport: signed.record.holder.passport.clone(),
            forms: issued
                .into_iter()
                .filter(|(_, issued, _)| *issued)
                .map(|(format, _, title)| Form { format, title: p.t(title) })
                .collect(),
            typed,
            error,
            p,
        }
    }
}

/// The signed forms of the member's latest valid certificate.
async fn forms(req: &HttpRequest, state: &AppState, tenant: &Tenant, member: &str) -> Result<Option<SignedForms>, ApiError> {
    let Some(account) = signed_in(req, state, tenant) else {
        return Ok(None);
    };
    let member = reference(member, "member")?;
    Ok(Some(state.holder_certificates().forms(tenant, account, member).await?))
}

/// The page.
pub(crate) async fn certificate(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<Which>,
) -> HttpResponse {
    let p = Page::new(&req, &state, &tenant, &locale, true);
    let signed = match forms(&req, &state, &tenant, &query.member).await {
        Ok(Some(signed)) => signed,
        Ok(None) => return see_other(&p.base, "sign-in"),
        Err(error) => return failure_page(&req, p, &error, "account"),
    };
    let page = CertificatePage::new(p, &query.member, &signed, query.done.as_deref(), String::new(), None);
    render(&req, &page.p, &page)
}

/// Adds a passport number for travel and shows the reissued certificate; a refused number is shown again with the
/// reason.
pub(crate) async fn add_passport(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let (p, account, form): (_, _, PassportForm) = match citizen_form(&req, &state, &tenant, &locale, &body, "account") {
        Ok(posted) => posted,
        Err(answer) => return *answer,
    };
    let added = async {
        let member = reference(&form.member, "member")?;
        Ok::<_, ApiError>(state.travel_passports().add(&tenant, account, member, &form.passport).await?)
    }
    .await;
    let error = match added {
        Ok(_) => return see_other(&p.base, &format!("account/certificate?member={}&done=passport", form.member)),
        Err(error) => error,
    };
    let status = error.status_code();
    let text = p.error_text(&error);
    match forms(&req, &state, &tenant, &form.member).await {
        Ok(Some(signed)) => {
            let page = CertificatePage::new(p, &form.member, &signed, None, form.passport.clone(), Some(text));
            respond(&req, status, &page.p, page.render())
        }
        Ok(None) => see_other(&p.base, "sign-in"),
        Err(error) => failure_page(&req, p, &error, "account"),
    }
}

/// A QR code as SVG: one path of unit squares, a quiet zone of four modules.
fn svg(code: &QrMatrix) -> String {
    let side = code.width + 8;
    let mut path = String::with_capacity(code.width * code.width * 6);
    for y in 0..code.width {
        for x in 0..code.width {
            if code.is_dark(x, y) {
                let _ = write!(path, "M{} {}h1v1h-1z", x + 4, y + 4);
            }
        }
    }
    format!(
        r##"<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {side} {side}" shape-rendering="crispEdges"><rect width="{side}" height="{side}" fill="#fff"/><path d="{path}" fill="#000"/></svg>"##
    )
}

/// One form's QR code.
pub(crate) async fn qr_image(req: HttpRequest, tenant: Tenant, state: web::Data<AppState>, query: web::Query<Which>) -> HttpResponse {
    let signed = match forms(&req, &state, &tenant, &query.member).await {
        Ok(Some(signed)) => signed,
        Ok(None) => return HttpResponse::Unauthorized().finish(),
        Err(error) => return actix_web::ResponseError::error_response(&error),
    };
    let code = match query.format.as_str() {
        "vc" => signed
            .vc
            .as_ref()
            .and_then(|vc| qr::encode(&cowin_certify::vc::zipped(vc), Redundancy::Low)),
        "dcc" => signed.hc1.as_ref().and_then(|hc1| qr::encode(hc1.as_bytes(), Redundancy::Quartile)),
        "shc" => signed.shc.as_ref().and_then(|shc| qr::encode(shc.as_bytes(), Redundancy::Low)),
        _ => None,
    };
    let Some(code) = code else {
        return actix_web::ResponseError::error_response(&ApiError::invalid_parameter("format"));
    };
    HttpResponse::Ok()
        .content_type("image/svg+xml")
        .insert_header((CACHE_CONTROL, "private, no-store"))
        .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((
            CONTENT_DISPOSITION,
            format!(
                "inline; filename=\"certificate-{}-{}.svg\"",
                signed.record.uvci().replace(['"', ':', '/'], "-"),
                query.format
            ),
        ))
        .body(svg(&code))
}
