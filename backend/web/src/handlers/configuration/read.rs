//! `GET /api/staff/configuration`: the configuration in force, with the keys a ministry cannot change here.

use actix_web::web;
use cowin_app::access::ManageConfiguration;
use cowin_app::configuration::READ_ONLY_KEYS;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::{Staff, Tenant};
use crate::{ApiError, AppState};

/// The configuration in force.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ConfigurationAnswer {
    /// Its version; send it back as `based_on_version` with a change.
    version: i32,
    /// The configuration: the shape of `tenant.toml`, with the branding files' contents under `assets`.
    #[schema(value_type = Object)]
    config: serde_json::Value,
    /// Top-level keys that stay as they are (the licence, NHA or another page owns them).
    read_only: Vec<&'static str>,
}

/// The configuration in force.
#[utoipa::path(get, path = "/api/staff/configuration", tag = "configuration", security(("bearer" = [])),
    responses((status = 200, body = ConfigurationAnswer)))]
pub(crate) async fn read(
    _staff: Staff<ManageConfiguration>,
    tenant: Tenant,
    state: web::Data<AppState>,
) -> Result<web::Json<ConfigurationAnswer>, ApiError> {
    let view = state.configuration().current(&tenant).await?;
    Ok(web::Json(ConfigurationAnswer {
        version: view.version,
        config: view.config,
        read_only: READ_ONLY_KEYS.to_vec(),
    }))
}
