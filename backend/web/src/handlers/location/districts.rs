//! `GET /v2/admin/location/districts/{state_id}`.

use actix_web::web;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::REFERENCE_TTL_HOURS;
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment of single-host routes is ignored.
#[derive(Deserialize)]
pub(crate) struct DistrictsPath {
    state_id: i32,
}

/// A district of the state.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct District {
    /// Its state.
    state_id: i32,
    /// District id.
    district_id: i32,
    /// Name in English (or the tenant's default language).
    district_name: String,
    /// Name in the caller's language.
    district_name_l: String,
}

/// The state's districts.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Districts {
    /// Districts.
    districts: Vec<District>,
    /// Hours the list may be cached.
    ttl: u32,
}

/// The districts of one state; an unknown state has none (as CoWIN answered).
#[utoipa::path(get, path = "/api/v2/admin/location/districts/{state_id}", tag = "metadata", params(("state_id" = i32, Path, description = "State id")),
    responses((status = 200, body = Districts)))]
pub(crate) async fn list_districts(
    tenant: Tenant,
    locale: RequestLocale,
    path: web::Path<DistrictsPath>,
    state: web::Data<AppState>,
) -> Result<web::Json<Districts>, ApiError> {
    let districts = state.areas().districts(&tenant, path.state_id).await?;
    let districts = districts
        .iter()
        .map(|found| {
            let (district_name, district_name_l) = locale.pair(&found.name);
            District {
                state_id: found.state_id,
                district_id: found.id,
                district_name,
                district_name_l,
            }
        })
        .collect();
    Ok(web::Json(Districts {
        districts,
        ttl: REFERENCE_TTL_HOURS,
    }))
}
