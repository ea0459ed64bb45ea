//! The OpenAPI 3 documents, made from the route table: a tenant's API (`/api/openapi.json` of every tenant, with a
//! page to browse it at `/api/docs`) and NHA's platform API (`/platform/api/openapi.json`). Every operation answers
//! its errors as `ErrorBody`: the document says so for every 4XX and 5XX status.

use std::sync::LazyLock;

use actix_web::HttpResponse;
use utoipa::openapi::response::ResponseBuilder;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::openapi::server::Server;
use utoipa::openapi::{ContentBuilder, InfoBuilder, OpenApi, OpenApiBuilder, PathItem, Ref};
use utoipa::{PartialSchema as _, ToSchema as _};

use crate::error::ErrorBody;
use crate::extractors::{RequestLocale, Tenant};
use crate::routes::{Endpoint, PLATFORM_ENDPOINTS, TENANT_ENDPOINTS};

/// The attribution every document carries (MoU).
const ATTRIBUTION: &str = "CoWIN — provided free by the National Health Authority, Government of India; not for sale.";

/// `get /api/v2/auth/public/generateOTP` → `getApiV2AuthPublicGenerateOTP`, `put /api/staff/{id}/role` →
/// `putApiStaffIdRole`.
fn operation_id(method: &utoipa::openapi::path::HttpMethod, path: &str) -> String {
    let method = serde_json::to_value(method)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default();
    path.split(|c: char| !c.is_ascii_alphanumeric())
        .filter(|word| !word.is_empty())
        .fold(method.to_ascii_lowercase(), |mut id, word| {
            let mut chars = word.chars();
            if let Some(first) = chars.next() {
                id.push(first.to_ascii_uppercase());
                id.extend(chars);
            }
            id
        })
}

/// A document over `endpoints`.
fn document_of(title: &str, description: &str, endpoints: &[Endpoint]) -> OpenApi {
    let mut document = OpenApiBuilder::new()
        .info(
            InfoBuilder::new()
                .title(title)
                .version(env!("CARGO_PKG_VERSION"))
                .description(Some(format!("{description} {ATTRIBUTION}"))),
        )
        .build();
    let components = document.components.get_or_insert_with(Default::default);
    components.add_security_scheme(
        "bearer",
        SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).bearer_format("JWT").build()),
    );
    components.schemas.insert(ErrorBody::name().into_owned(), ErrorBody::schema());
    let error = ResponseBuilder::new()
        .description("`{\"errorCode\", \"error\"}`: a stable code and its text in the caller's language")
        .content(
            "application/json",
            ContentBuilder::new().schema(Some(Ref::from_schema_name(ErrorBody::name()))).build(),
        )
        .build();
    for endpoint in endpoints {
        let Some(documentation) = &endpoint.documentation else { continue };
        let mut operation = documentation.operation.clone();
        // Handlers of different areas share names (`list`, `create`), and aliases repeat a handler at another path:
        // the method and path make an id unique in the document, so generated clients name every operation.
        operation.operation_id = Some(operation_id(&documentation.method, &endpoint.path));
        for range in ["4XX", "5XX"] {
            if !operation.responses.responses.contains_key(range) {
                operation.responses.responses.insert(range.to_owned(), error.clone().into());
            }
        }
        let item = document.paths.paths.entry(endpoint.path.clone()).or_insert_with(PathItem::default);
        item.merge_operations(PathItem::new(documentation.method.clone(), operation));
        for (name, schema) in &documentation.schemas {
            // Schemas are named by their Rust type's name alone: two types of one name would silently describe
            // each other's answers.
            if let Some(existing) = components.schemas.get(name) {
                assert!(
                    serde_json::to_value(existing).ok() == serde_json::to_value(schema).ok(),
                    "two different schemas are named {name}; rename one of the types"
                );
            }
            components.schemas.insert(name.clone(), schema.clone());
        }
    }
    document
}

/// A tenant's API.
static TENANT_DOCUMENT: LazyLock<OpenApi> = LazyLock::new(|| {
    document_of(
        "CoWIN Global — a country's CoWIN v2 API",
        "The CoWIN v2 public API (API Setu, v2.1) served per country: existing clients work by changing only their base URL. \
         Dates are DD-MM-YYYY; `Accept-Language` (hi_IN or hi-IN) fills the *_l fields and error texts. Beside it: staff, the \
         vaccinator's desk, operations, adverse events, corrections, and certificates.",
        &TENANT_ENDPOINTS,
    )
});

/// NHA's platform API.
static PLATFORM_DOCUMENT: LazyLock<OpenApi> = LazyLock::new(|| {
    document_of(
        "CoWIN Global — NHA's platform API",
        "Administration of the countries of this deployment by NHA, and NHA's trust list of licensed countries' keys.",
        &PLATFORM_ENDPOINTS,
    )
});

/// The document of every tenant's API.
pub fn openapi() -> OpenApi {
    TENANT_DOCUMENT.clone()
}

/// The document of NHA's platform API.
pub fn platform_openapi() -> OpenApi {
    PLATFORM_DOCUMENT.clone()
}

/// `GET /api/openapi.json`, with this tenant's base URLs as servers.
pub(crate) async fn document(tenant: Tenant) -> HttpResponse {
    let mut document = openapi();
    let mut servers = vec![Server::new(format!("/t/{}", tenant.code.to_lowercase()))];
    servers.extend(tenant.hostnames.iter().map(|host| Server::new(format!("https://{host}"))));
    document.servers = Some(servers);
    HttpResponse::Ok().json(document)
}

/// `GET /platform/api/openapi.json`.
pub(crate) async fn platform_document() -> HttpResponse {
    let mut document = platform_openapi();
    document.servers = Some(vec![Server::new("/platform")]);
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
