//! `GET /v2/registration/beneficiary/genders`.

use actix_web::web;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::REFERENCE_TTL_HOURS;

/// A gender of the tenant's configuration.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Gender {
    /// Id to register with.
    id: i32,
    /// Name in English (or the tenant's default language).
    gender: String,
    /// Name in the caller's language.
    gender_l: String,
}

/// The tenant's genders.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Genders {
    /// Genders.
    genders: Vec<Gender>,
    /// Hours the list may be cached.
    ttl: u32,
}

/// The tenant's genders, from its configuration.
#[utoipa::path(get, path = "/api/v2/registration/beneficiary/genders", tag = "metadata",
    responses((status = 200, body = Genders)))]
pub(crate) async fn genders(tenant: Tenant, locale: RequestLocale) -> web::Json<Genders> {
    let genders = tenant
        .config
        .genders
        .iter()
        .map(|gender| {
            let (name, name_l) = locale.pair(&gender.name);
            Gender {
                id: gender.id,
                gender: name,
                gender_l: name_l,
            }
        })
        .collect();
    web::Json(Genders {
        genders,
        ttl: REFERENCE_TTL_HOURS,
    })
}
