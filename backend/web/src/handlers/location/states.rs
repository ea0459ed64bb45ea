//! `GET /v2/admin/location/states`.

use actix_web::web;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::REFERENCE_TTL_HOURS;
use crate::{ApiError, AppState};

/// A state of the tenant.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct State {
    /// State id.
    state_id: i32,
    /// Name in English (or the tenant's default language).
    state_name: String,
    /// Name in the caller's language.
    state_name_l: String,
}

/// The tenant's states.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct States {
    /// States.
    states: Vec<State>,
    /// Hours the list may be cached.
    ttl: u32,
}

/// The tenant's states.
#[utoipa::path(get, path = "/api/v2/admin/location/states", tag = "metadata",
    responses((status = 200, body = States)))]
pub(crate) async fn list_states(tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> Result<web::Json<States>, ApiError> {
    let states = state.areas().states(&tenant).await?;
    let states = states
        .iter()
        .map(|found| {
            let (state_name, state_name_l) = locale.pair(&found.name);
            State {
                state_id: found.id,
                state_name,
                state_name_l,
            }
        })
        .collect();
    Ok(web::Json(States {
        states,
        ttl: REFERENCE_TTL_HOURS,
    }))
}
