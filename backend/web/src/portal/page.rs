//! What every portal page shares: the country, the person's language and direction, the navigation, the language
//! switcher, the form token, and the messages; and how a page becomes a response (strict CSP, no caching of
//! anything personal).

use actix_web::http::StatusCode;
use actix_web::http::header::{
    ACCEPT_ENCODING, CACHE_CONTROL, CONTENT_ENCODING, CONTENT_SECURITY_POLICY, REFERRER_POLICY, VARY, X_CONTENT_TYPE_OPTIONS,
};
use actix_web::{HttpRequest, HttpResponse, HttpResponseBuilder, web};
use askama::Template;
use cowin_core::LocalisedText;
use fluent_bundle::{FluentArgs, FluentValue};

use crate::availability_cache::Rendered;
use crate::extractors::{RequestLocale, Tenant};
use crate::{AppState, session_cookies};

/// Pages load only this server's stylesheet and script; no inline script or style runs, forms post only here, and
/// no other site may frame them.
const POLICY: &str = "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
                      form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

/// An argument of a message.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Arg<'a> {
    /// Text, shown as it is.
    Text(&'a str),
    /// A number.
    Number(i64),
}

/// One language of the switcher.
#[derive(Debug)]
pub(crate) struct Language {
    /// Its tag (`hi`).
    pub(crate) tag: String,
    /// Its name in itself (`हिन्दी`).
    pub(crate) name: String,
    /// Whether the page is in it.
    pub(crate) current: bool,
}

/// The context of every page.
#[derive(Debug)]
pub(crate) struct Page {
    /// The page's language tag.
    pub(crate) lang: String,
    /// `rtl` or `ltr`.
    pub(crate) dir: &'static str,
    /// The country's name in the page's language.
    pub(crate) country: String,
    /// Where the country's pages start (`/t/in/`, or `/` at its own hostname); every link starts here.
    pub(crate) base: String,
    /// This page's path and query below the base, percent-encoded, to come back to after switching language.
    pub(crate) here_encoded: String,
    /// The token every form repeats.
    pub(crate) csrf: String,
    /// Whether a citizen is signed in.
    pub(crate) signed_in: bool,
    /// The languages the country enables.
    pub(crate) languages: Vec<Language>,
    /// The platform's attribution in the page's language (empty where that is English).
    pub(crate) attribution: String,
    /// The fixed English attribution (MoU).
    pub(crate) attribution_en: &'static str,
    new_csrf: bool,
    state: web::Data<AppState>,
    tenant: Tenant,
    locale: RequestLocale,
}

impl Page {
    /// The context of a page for `req`.
    pub(crate) fn new(req: &HttpRequest, state: &web::Data<AppState>, tenant: &Tenant, locale: &RequestLocale, signed_in: bool) -> Self {
        let base = super::session::base(req);
        let here = req.uri().path_and_query().map_or("", |whole| whole.as_str());
        let here = here.strip_prefix(base.as_str()).unwrap_or_default();
        let here_encoded = serde_urlencoded::to_string([("", here)])
            .unwrap_or_default()
            .trim_start_matches('=')
            .to_owned();
        let (csrf, new_csrf) = match session_cookies::csrf_token(req) {
            Some(token) => (token, false),
            None => (session_cookies::new_token(), true),
        };
        let languages = tenant
            .locales
            .iter()
            .map(|tag| Language {
                tag: tag.as_str().to_owned(),
                name: state.localizer.format(&[tag], "language-autonym", None),
                current: *tag == locale.locale,
            })
            .collect();
        Self {
            lang: locale.locale.as_str().to_owned(),
            dir: if locale.locale.is_right_to_left() { "rtl" } else { "ltr" },
            country: tenant.config.name.get(&locale.locale, &locale.default).to_owned(),
            base,
            here_encoded,
            csrf,
            signed_in,
            languages,
            attribution: crate::pages::attribution_translation(state, locale).unwrap_or_default(),
            attribution_en: cowin_core::ATTRIBUTION,
            new_csrf,
            state: state.clone(),
            tenant: tenant.clone(),
            locale: locale.clone(),
        }
    }

    /// The form token to give a visitor who has none yet (the page is rendered with it), if that is this visitor.
    pub(crate) fn visit(&self) -> Option<&str> {
        self.new_csrf.then_some(self.csrf.as_str())
    }

    /// A message in the page's language (the country's own wording first).
    pub(crate) fn t(&self, id: &str) -> String {
        self.format(id, None)
    }

    /// A message with arguments: texts stay texts (`+91`, a name like `1e3`), numbers are numbers (so plurals
    /// choose by them).
    pub(crate) fn with(&self, id: &str, args: &[(&str, Arg<'_>)]) -> String {
        let mut fluent = FluentArgs::new();
        for (name, value) in args {
            match value {
                Arg::Text(text) => fluent.set(*name, FluentValue::from(*text)),
                Arg::Number(number) => fluent.set(*name, FluentValue::from(*number)),
            }
        }
        self.format(id, Some(&fluent))
    }

    fn format(&self, id: &str, args: Option<&FluentArgs<'_>>) -> String {
        self.state
            .localizer
            .format_for(&self.tenant.config.messages, &[&self.locale.locale, &self.locale.default], id, args)
    }

    /// A day as the page's language writes it (day, month name, year, in its digits).
    pub(crate) fn date(&self, date: chrono::NaiveDate) -> String {
        self.state.localizer.date(&self.locale.locale, self.tenant.code, date)
    }

    /// A whole number as the page's language writes it (its digits and grouping).
    pub(crate) fn number(&self, value: i64) -> String {
        self.state.localizer.number(&self.locale.locale, self.tenant.code, value)
    }

    /// The localised text of an error.
    pub(crate) fn error_text(&self, error: &crate::ApiError) -> String {
        error.localised(
            &self.state.localizer,
            &[&self.locale.locale, &self.locale.default],
            self.tenant.code,
        )
    }

    /// A name kept in several languages, in the page's.
    pub(crate) fn name(&self, text: &LocalisedText) -> String {
        text.get(&self.locale.locale, &self.locale.default).to_owned()
    }

    /// The name of one of the country's vaccines (the code itself for one no longer in the catalogue).
    pub(crate) fn vaccine_name(&self, code: &str) -> String {
        self.tenant
            .config
            .vaccines
            .iter()
            .find(|vaccine| vaccine.code.as_str() == code)
            .map_or_else(|| code.to_owned(), |vaccine| vaccine.name.clone())
    }

    /// A stored name kept in several languages (JSON), in the page's.
    pub(crate) fn stored_name(&self, stored: &serde_json::Value) -> String {
        self.locale.names(stored).1
    }
}

/// The head of every page's response: HTML with the portal's policy, never stored by a shared cache, and, for a
/// visitor without one, the new form token `visit` (the page itself was rendered with it).
fn page_response(req: &HttpRequest, status: StatusCode, visit: Option<&str>) -> HttpResponseBuilder {
    let mut response = HttpResponse::build(status);
    response
        .content_type("text/html; charset=utf-8")
        .insert_header((CONTENT_SECURITY_POLICY, POLICY))
        .insert_header((REFERRER_POLICY, "same-origin"))
        .insert_header((X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .insert_header((CACHE_CONTROL, "private, no-store"));
    if let Some(token) = visit {
        session_cookies::open_visit(req, &mut response, token);
    }
    response
}

/// A rendered page as a response.
pub(crate) fn respond(req: &HttpRequest, status: StatusCode, page: &Page, html: askama::Result<String>) -> HttpResponse {
    match html {
        Ok(html) => page_response(req, status, page.visit()).body(html),
        Err(error) => {
            tracing::error!(error = %error, "a portal page could not be rendered");
            HttpResponse::InternalServerError().finish()
        }
    }
}

/// A page kept rendered (an anonymous visitor's search), gzipped where the client accepts it; `visit` as
/// [`Page::visit`] said before the page was rendered or found.
pub(crate) fn respond_kept(req: &HttpRequest, visit: Option<&str>, kept: &Rendered) -> HttpResponse {
    let (body, gzip) = kept.for_client(req.headers().get(ACCEPT_ENCODING));
    let mut response = page_response(req, StatusCode::OK, visit);
    response.insert_header((VARY, "Accept-Encoding"));
    if gzip {
        response.insert_header((CONTENT_ENCODING, "gzip"));
    }
    response.body(body)
}

/// Renders `template` (whose context includes `page`) with status 200.
pub(crate) fn render(req: &HttpRequest, page: &Page, template: &impl Template) -> HttpResponse {
    respond(req, StatusCode::OK, page, template.render())
}
