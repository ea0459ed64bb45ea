//! What a client needs to know about the country it is talking to.

use actix_web::{HttpResponse, web};

use crate::AppState;
use crate::extractors::{RequestLocale, Tenant};

/// `GET /api/tenant`: code, name, languages, time zone, and the platform attribution.
#[utoipa::path(get, path = "/api/tenant", tag = "tenant",  
    responses((status = 200, description = "The country: code, name, languages, time zone, attribution"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn tenant_info(tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    let locales: Vec<&str> = tenant.locales.iter().map(|tag| tag.as_str()).collect();
    let attribution = state
        .localizer
        .format(&[&locale.locale, &locale.default], "platform-attribution", None);
    HttpResponse::Ok().json(serde_json::json!({
        "code": tenant.code.as_str(),
        "name": tenant.name,
        "default_locale": tenant.default_locale.as_str(),
        "locales": locales,
        "locale": locale.locale.as_str(),
        "time_zone": tenant.time_zone,
        "attribution": attribution,
    }))
}
