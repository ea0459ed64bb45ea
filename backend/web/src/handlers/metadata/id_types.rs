//! `GET /v2/registration/beneficiary/idTypes`.

use actix_web::web;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::REFERENCE_TTL_HOURS;

/// An identity document of the tenant's configuration.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct IdType {
    /// Id to register with (`photo_id_type`).
    id: i32,
    /// Name in English (or the tenant's default language).
    #[serde(rename = "type")]
    name: String,
    /// Name in the caller's language.
    #[serde(rename = "type_l")]
    name_l: String,
}

/// The tenant's identity documents.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct IdTypes {
    /// Documents.
    types: Vec<IdType>,
    /// Hours the list may be cached.
    ttl: u32,
}

/// The tenant's identity documents, from its configuration.
#[utoipa::path(get, path = "/api/v2/registration/beneficiary/idTypes", tag = "metadata",
    responses((status = 200, body = IdTypes)))]
pub(crate) async fn id_types(tenant: Tenant, locale: RequestLocale) -> web::Json<IdTypes> {
    let types = tenant
        .config
        .id_documents
        .iter()
        .map(|document| {
            let (name, name_l) = locale.pair(&document.name);
            IdType {
                id: document.id,
                name,
                name_l,
            }
        })
        .collect();
    web::Json(IdTypes {
        types,
        ttl: REFERENCE_TTL_HOURS,
    })
}
