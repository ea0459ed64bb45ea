//! `PUT /api/staff/configuration`: a changed configuration, checked by the rules of `cowin tenant check` and applied
//! as a new version with an audit entry.

use actix_web::web;
use cowin_app::access::ManageConfiguration;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// A changed configuration.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ConfigurationChange {
    /// The version the change was made from: refused with 409 if another has been applied since.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    based_on_version: i32,
    /// The whole configuration as `GET` gave it, changed.
    #[schema(value_type = Object)]
    config: serde_json::Value,
}

/// The version in force after the change.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ConfigurationSaved {
    /// The new version (the same one if nothing changed).
    version: i32,
}

/// Applies a changed configuration.
#[utoipa::path(put, path = "/api/staff/configuration", tag = "configuration", request_body = ConfigurationChange,
    security(("bearer" = [])), responses((status = 200, body = ConfigurationSaved)))]
pub(crate) async fn save(
    staff: Staff<ManageConfiguration>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<web::Json<ConfigurationSaved>, ApiError> {
    let change: ConfigurationChange = parse(&body)?;
    let version = state
        .configuration()
        .save(&tenant, &staff, change.based_on_version, change.config)
        .await?;
    Ok(web::Json(ConfigurationSaved { version }))
}
