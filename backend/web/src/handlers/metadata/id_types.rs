//! `GET /v2/registration/beneficiary/idTypes`.

use actix_web::HttpResponse;
use cowin_core::LocaleTag;
use serde_json::json;

use crate::extractors::{RequestLocale, Tenant};

/// The tenant's identity documents, from its configuration.
#[utoipa::path(get, path = "/api/v2/registration/beneficiary/idTypes", tag = "metadata",  
    responses((status = 200, description = "`{\"types\":[{\"id\",\"type\",\"type_l\"}],\"ttl\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn id_types(tenant: Tenant, locale: RequestLocale) -> HttpResponse {
    let english = LocaleTag::english();
    let types: Vec<_> = tenant
        .config
        .id_documents
        .iter()
        .map(|document| json!({ "id": document.id, "type": document.name.get(&english, &locale.default), "type_l": document.name.get(&locale.locale, &locale.default) }))
        .collect();
    HttpResponse::Ok().json(json!({ "types": types, "ttl": 24 }))
}
