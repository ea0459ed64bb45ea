//! `GET /`: the country's home page.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;

use super::page::{Arg, Page, render};
use super::session::signed_in;
use crate::AppState;
use crate::extractors::{RequestLocale, Tenant};

#[derive(Template)]
#[template(path = "portal/home.html")]
struct HomePage {
    p: Page,
    title: String,
}

/// The home page.
pub(crate) async fn home(req: HttpRequest, tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    let p = Page::new(&req, &state, &tenant, &locale, signed_in(&req, &state, &tenant).is_some());
    let page = HomePage {
        title: p.with("portal-home-title", &[("country", Arg::Text(&p.country))]),
        p,
    };
    render(&req, &page.p, &page)
}
