//! `POST /api/staff/configuration/preview`: a specimen certificate with a proposed configuration's branding, checked
//! like a change and applied nowhere.

use actix_web::{HttpResponse, web};
use cowin_app::access::ManageConfiguration;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// A proposed configuration.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct ConfigurationPreview {
    /// The whole configuration as `GET /api/staff/configuration` gave it, changed.
    #[schema(value_type = Object)]
    config: serde_json::Value,
}

/// A specimen certificate PDF.
#[utoipa::path(post, path = "/api/staff/configuration/preview", tag = "configuration", request_body = ConfigurationPreview,
    security(("bearer" = [])),
    responses((status = 200, description = "A specimen certificate", content_type = "application/pdf", body = Vec<u8>)))]
pub(crate) async fn preview(
    _staff: Staff<ManageConfiguration>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let proposal: ConfigurationPreview = parse(&body)?;
    let pdf = state.configuration().preview(&tenant, proposal.config).await?;
    Ok(HttpResponse::Ok().content_type("application/pdf").body(pdf))
}
