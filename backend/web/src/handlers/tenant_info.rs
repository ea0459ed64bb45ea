//! What a client needs to know about the country it is talking to.

use actix_web::web;
use serde::Serialize;
use utoipa::ToSchema;

use crate::AppState;
use crate::extractors::{RequestLocale, Tenant};

/// The country a client is talking to.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TenantInfo {
    /// ISO 3166-1 alpha-2 code.
    code: String,
    /// Name.
    name: String,
    /// The language used when a caller's is not enabled.
    default_locale: String,
    /// Enabled languages (BCP 47).
    locales: Vec<String>,
    /// The language of this answer.
    locale: String,
    /// IANA time zone.
    time_zone: String,
    /// The platform attribution the MoU requires every client to show.
    attribution: String,
}

/// `GET /api/tenant`: code, name, languages, time zone, and the platform attribution.
#[utoipa::path(get, path = "/api/tenant", tag = "tenant",
    responses((status = 200, body = TenantInfo)))]
pub(crate) async fn tenant_info(tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> web::Json<TenantInfo> {
    let attribution = state
        .localizer
        .format(&[&locale.locale, &locale.default], "platform-attribution", None);
    web::Json(TenantInfo {
        code: tenant.code.as_str().to_owned(),
        name: tenant.name.clone(),
        default_locale: tenant.default_locale.as_str().to_owned(),
        locales: tenant.locales.iter().map(|tag| tag.as_str().to_owned()).collect(),
        locale: locale.locale.as_str().to_owned(),
        time_zone: tenant.time_zone.clone(),
        attribution,
    })
}
