//! `GET /v2/registration/beneficiary/genders`.

use actix_web::HttpResponse;
use cowin_core::LocaleTag;
use serde_json::json;

use crate::extractors::{RequestLocale, Tenant};

/// The tenant's genders, from its configuration.
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
