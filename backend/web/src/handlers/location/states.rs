//! `GET /v2/admin/location/states`.

use actix_web::{HttpResponse, web};
use cowin_core::LocaleTag;
use cowin_store::{TenantTxn, reference};
use serde::Serialize;

use super::LOCATION_TTL_HOURS;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

#[derive(Serialize)]
struct StateEntry<'a> {
    state_id: i32,
    state_name: &'a str,
    state_name_l: &'a str,
}

/// The tenant's states: `state_name` in English where the tenant wrote it (else its default language),
/// `state_name_l` in the caller's language.
#[utoipa::path(get, path = "/api/v2/admin/location/states", tag = "metadata",  
    responses((status = 200, description = "`{\"states\":[{\"state_id\",\"state_name\",\"state_name_l\"}],\"ttl\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn list_states(tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> Result<HttpResponse, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let states = reference::states(&txn).await?;
    txn.commit().await?;
    let english = LocaleTag::english();
    let entries: Vec<StateEntry<'_>> = states
        .iter()
        .map(|s| StateEntry {
            state_id: s.id,
            state_name: s.name.get(&english, &locale.default),
            state_name_l: s.name.get(&locale.locale, &locale.default),
        })
        .collect();
    Ok(HttpResponse::Ok().json(serde_json::json!({ "states": entries, "ttl": LOCATION_TTL_HOURS })))
}
