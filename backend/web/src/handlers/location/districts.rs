//! `GET /v2/admin/location/districts/{state_id}`.

use actix_web::{HttpResponse, web};
use cowin_core::LocaleTag;
use cowin_store::{TenantTxn, reference};
use serde::{Deserialize, Serialize};

use super::LOCATION_TTL_HOURS;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment of single-host routes is ignored.
#[derive(Deserialize)]
pub(crate) struct DistrictsPath {
    state_id: i32,
}

#[derive(Serialize)]
struct DistrictEntry<'a> {
    state_id: i32,
    district_id: i32,
    district_name: &'a str,
    district_name_l: &'a str,
}

/// The districts of one state; an unknown state has none (as CoWIN answered).
#[utoipa::path(get, path = "/api/v2/admin/location/districts/{state_id}", tag = "metadata", params(("state_id" = i32, Path, description = "State id")), 
    responses((status = 200, description = "`{\"districts\":[{\"state_id\",\"district_id\",\"district_name\",\"district_name_l\"}],\"ttl\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn list_districts(
    tenant: Tenant,
    locale: RequestLocale,
    path: web::Path<DistrictsPath>,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let districts = reference::districts(&txn, path.state_id).await?;
    txn.commit().await?;
    let english = LocaleTag::english();
    let entries: Vec<DistrictEntry<'_>> = districts
        .iter()
        .map(|d| DistrictEntry {
            state_id: d.state_id,
            district_id: d.id,
            district_name: d.name.get(&english, &locale.default),
            district_name_l: d.name.get(&locale.locale, &locale.default),
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "districts": entries, "ttl": LOCATION_TTL_HOURS })))
}
