//! A refusal as a page: the error's text in the person's language, with the status the API would answer and a way
//! back. Nothing the person typed is lost: forms that can be corrected are shown again with their values instead.

use actix_web::ResponseError as _;
use actix_web::{HttpRequest, HttpResponse};
use askama::Template;

use super::page::{Page, respond};
use crate::ApiError;

#[derive(Template)]
#[template(path = "portal/failure.html")]
struct FailurePage {
    p: Page,
    message: String,
    back: String,
}

/// The page of `error`, linking back to `back` (a path below the base).
pub(crate) fn failure_page(req: &HttpRequest, p: Page, error: &ApiError, back: &str) -> HttpResponse {
    let page = FailurePage {
        message: p.error_text(error),
        back: format!("{}{back}", p.base),
        p,
    };
    respond(req, error.status_code(), &page.p, page.render())
}
