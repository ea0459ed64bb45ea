//! The OpenAPI 3 document of a tenant's API (`/api/openapi.json`) and a page to browse it (`/api/docs`).

use actix_web::HttpResponse;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::server::Server;
use utoipa::{Modify, OpenApi};

use crate::extractors::{RequestLocale, Tenant};
use crate::routes::TENANT_ENDPOINTS;

/// Adds the bearer scheme that citizens' tokens use.
struct BearerTokens;

impl Modify for BearerTokens {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "bearer",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
        );
    }
}

#[derive(OpenApi)]
#[openapi(
    info(
        title = "CoWIN Global — a country's CoWIN v2 API",
        description = "The CoWIN v2 public API (API Setu, v2.1) served per country: existing clients work by changing only their base URL. \
                       Dates are DD-MM-YYYY; `Accept-Language` (hi_IN or hi-IN) fills the *_l fields and error texts. \
                       CoWIN — provided free by the National Health Authority, Government of India; not for sale."
    ),
    paths(
        crate::handlers::tenant_info::tenant_info,
        crate::handlers::location::states::list_states,
        crate::handlers::location::districts::list_districts,
        crate::handlers::metadata::id_types::id_types,
        crate::handlers::metadata::genders::genders,
        crate::handlers::metadata::centres_near::find_by_lat_long,
        crate::handlers::beneficiaries::register::register_beneficiary,
        crate::handlers::beneficiaries::delete::delete_beneficiary,
        crate::handlers::beneficiaries::list::list_beneficiaries,
        crate::handlers::appointments::schedule::schedule,
        crate::handlers::appointments::reschedule::reschedule,
        crate::handlers::appointments::cancel::cancel,
        crate::handlers::auth::generate_otp::generate_otp,
        crate::handlers::auth::confirm_otp::confirm_otp,
        crate::handlers::contact::request_email::request_email_change,
        crate::handlers::contact::confirm_email::confirm_email_change,
        crate::handlers::availability::find::find_by_pin,
        crate::handlers::availability::find::find_by_district,
        crate::handlers::availability::calendar::calendar_by_pin,
        crate::handlers::availability::calendar::calendar_by_district,
        crate::handlers::availability::calendar::calendar_by_center,
        crate::handlers::staff::login::login,
        crate::handlers::staff::invite::invite,
        crate::handlers::staff::accept::accept,
        crate::handlers::staff::status::disable,
        crate::handlers::staff::status::enable,
        crate::handlers::staff::me::me,
        crate::handlers::desk::appointments::appointments,
        crate::handlers::desk::verify::verify,
        crate::handlers::desk::walk_in::walk_in,
        crate::handlers::desk::record_dose::record_dose,
        crate::handlers::desk::bulk_doses::bulk_doses,
        crate::handlers::operations::facilities::create,
        crate::handlers::operations::facilities::update,
        crate::handlers::operations::facilities::deactivate,
        crate::handlers::operations::sessions::create,
        crate::handlers::operations::sessions::set,
        crate::handlers::aefi::staff_report::report,
        crate::handlers::aefi::list::list_reports,
        crate::handlers::aefi::citizen_report::report,
        crate::handlers::corrections::beneficiary::correct,
        crate::handlers::corrections::dose::correct,
        crate::handlers::corrections::trail::trail,
        crate::handlers::staff::audit::audit,
        crate::handlers::certificates::download::download,
        crate::handlers::certificates::forms::formats,
        crate::handlers::appointments::slip::slip,
        crate::handlers::certificates::jwks::jwks,
        crate::handlers::certificates::did::did_document,
        crate::handlers::certificates::crl::crl,
        crate::handlers::certificates::document_signers::document_signers,
        crate::handlers::certificates::revocation_list::revocations,
        crate::handlers::certificates::verify::verify_certificate,
    ),
    components(schemas(crate::error::ErrorBody)),
    modifiers(&BearerTokens)
)]
struct ApiDoc;

/// The document: every annotated handler, plus CoWIN's second path for the same handler where it had one.
pub fn openapi() -> utoipa::openapi::OpenApi {
    let mut document = ApiDoc::openapi();
    for endpoint in TENANT_ENDPOINTS {
        if let Some(canonical) = endpoint.alias_of
            && let Some(item) = document.paths.paths.get(canonical).cloned()
        {
            document.paths.paths.insert(endpoint.path.to_owned(), item);
        }
    }
    document
}

/// `GET /api/openapi.json`, with this tenant's base URLs as servers.
pub(crate) async fn document(tenant: Tenant) -> HttpResponse {
    let mut document = openapi();
    let mut servers = vec![Server::new(format!("/t/{}", tenant.code.to_lowercase()))];
    servers.extend(tenant.hostnames.iter().map(|host| Server::new(format!("https://{host}"))));
    document.servers = Some(servers);
    HttpResponse::Ok().json(document)
}

/// RapiDoc, vendored (`assets/rapidoc`), gzip-compressed as published.
const VIEWER_GZIP: &[u8] = include_bytes!("../../assets/rapidoc/rapidoc-min.js.gz");
/// Subresource Integrity of the uncompressed viewer script.
const VIEWER_INTEGRITY: &str = "sha384-szzoYhqSJqZH8X90KwbBjYL1CMLEa3U7xl/oAZg4ViKpYEY5GVhM+peBQB4u7ANM";

/// `GET /api/docs`: RapiDoc rendering this tenant's document, its script served by this server with an integrity
/// hash, under a Content-Security-Policy that allows nothing from elsewhere.
pub(crate) async fn viewer(tenant: Tenant, locale: RequestLocale, state: actix_web::web::Data<crate::AppState>) -> HttpResponse {
    let page = format!(
        "<!doctype html><html lang=\"en\"><head><meta charset=\"utf-8\"><title>CoWIN Global API — {name}</title>\
         <script type=\"module\" src=\"docs/rapidoc-min.js\" integrity=\"{VIEWER_INTEGRITY}\"></script></head>\
         <body><rapi-doc spec-url=\"openapi.json\" render-style=\"read\" show-header=\"false\" allow-try=\"true\"></rapi-doc>\
         <noscript>The API description is at <a href=\"openapi.json\">openapi.json</a>.</noscript>\
         {footer}</body></html>",
        name = crate::pages::escape(&tenant.name),
        footer = crate::pages::attribution_footer(&state, &locale),
    );
    HttpResponse::Ok()
        .content_type("text/html; charset=utf-8")
        .insert_header((
            "content-security-policy",
            "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; \
             connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        ))
        .body(page)
}

/// `GET /api/docs/rapidoc-min.js`: the viewer script (immutable: its name and integrity hash change with it).
pub(crate) async fn viewer_script() -> HttpResponse {
    HttpResponse::Ok()
        .content_type("text/javascript; charset=utf-8")
        .insert_header(("content-encoding", "gzip"))
        .insert_header(("cache-control", "public, max-age=86400"))
        .body(VIEWER_GZIP)
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::io::Read as _;

    #[test]
    fn the_integrity_hash_names_the_vendored_script() {
        use base64::Engine as _;
        use sha2::Digest as _;
        let mut script = Vec::new();
        flate2::read::GzDecoder::new(VIEWER_GZIP).read_to_end(&mut script).unwrap();
        let digest = sha2::Sha384::digest(&script);
        let expected = format!("sha384-{}", base64::engine::general_purpose::STANDARD.encode(digest));
        assert_eq!(VIEWER_INTEGRITY, expected);
    }
}
