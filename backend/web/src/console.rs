//! The admin console (`admin-console/`, built to static files) served at `/console/` of the platform and of every
//! tenant: one build for all, which learns where it runs from its URL. Client-side routes (`/console/facilities`)
//! answer `index.html`; every answer carries a Content-Security-Policy that lets the page load only this server's
//! own scripts and talk only to this server.

use std::path::{Path, PathBuf};

use actix_files::{Files, NamedFile};
use actix_web::dev::{ServiceRequest, ServiceResponse, fn_service};
use actix_web::http::header::{CACHE_CONTROL, CONTENT_SECURITY_POLICY, HeaderValue, REFERRER_POLICY, X_CONTENT_TYPE_OPTIONS};
use actix_web::middleware::DefaultHeaders;
use actix_web::web;

/// No inline or foreign script, no foreign connection, no framing of the console; styles may be inline (component
/// libraries set style attributes); the console may frame a PDF it made itself (a `blob:` URL: the certificate preview).
const POLICY: &str = "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; \
                      font-src 'self'; connect-src 'self'; worker-src 'self'; manifest-src 'self'; frame-src blob:; object-src 'none'; \
                      base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

/// Where the built console is.
#[derive(Debug, Clone)]
pub struct ConsoleFiles {
    dir: PathBuf,
}

impl ConsoleFiles {
    /// The console built into `dir` (`admin-console/dist`); served only if it holds an `index.html`.
    pub fn new(dir: PathBuf) -> Self {
        Self { dir }
    }

    fn built(&self) -> bool {
        self.dir.join("index.html").is_file()
    }

    /// The `/console` scope, if the console is built.
    pub(crate) fn configure(&self, cfg: &mut web::ServiceConfig) {
        if !self.built() {
            return;
        }
        let index = self.dir.join("index.html");
        let headers = DefaultHeaders::new()
            .add((CONTENT_SECURITY_POLICY, HeaderValue::from_static(POLICY)))
            .add((X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")))
            .add((REFERRER_POLICY, HeaderValue::from_static("same-origin")));
        cfg.service(
            web::scope("/console").wrap(headers).service(
                Files::new("", &self.dir)
                    .index_file("index.html")
                    .use_etag(true)
                    .default_handler(fn_service(move |req: ServiceRequest| spa_route(req, index.clone()))),
            ),
        );
    }
}

/// A client-side route: the application's page, never cached (its assets are, under hashed names).
async fn spa_route(req: ServiceRequest, index: PathBuf) -> Result<ServiceResponse, actix_web::Error> {
    let (req, _) = req.into_parts();
    let mut response = NamedFile::open_async(Path::new(&index)).await?.into_response(&req);
    response.headers_mut().insert(CACHE_CONTROL, HeaderValue::from_static("no-cache"));
    Ok(ServiceResponse::new(req, response))
}
