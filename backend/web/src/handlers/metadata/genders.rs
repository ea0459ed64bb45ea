//! `GET /v2/registration/beneficiary/genders`.

use actix_web::HttpResponse;
use cowin_core::LocaleTag;
use serde_json::json;

use crate::extractors::{RequestLocale, Tenant};

/// The tenant's genders, from its configuration.
#[utoipa::path(get, path = "/api/v2/registration/beneficiary/genders", tag = "metadata",  
    responses((status = 200, description = "`{\"genders\":[{\"id\",\"gender\",\"gender_l\"}],\"ttl\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn genders(tenant: Tenant, locale: RequestLocale) -> HttpResponse {
    let english = LocaleTag::english();
    let genders: Vec<_> = tenant
        .config
        .genders
        .iter()
        .map(|gender| json!({ "id": gender.id, "gender": gender.name.get(&english, &locale.default), "gender_l": gender.name.get(&locale.locale, &locale.default) }))
        .collect();
    HttpResponse::Ok().json(json!({ "genders": genders, "ttl": 24 }))
}
