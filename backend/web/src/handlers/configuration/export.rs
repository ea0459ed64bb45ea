//! `GET /api/staff/configuration/export`: the configuration in force as the zipped tenant folder a ministry keeps as
//! code (`CODE/tenant.toml`, branding files, licence).

use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpResponse, web};
use cowin_app::access::ManageConfiguration;

use crate::extractors::{Staff, Tenant};
use crate::{ApiError, AppState};

/// The tenant folder, zipped.
#[utoipa::path(get, path = "/api/staff/configuration/export", tag = "configuration", security(("bearer" = [])),
    responses((status = 200, description = "The zipped folder", content_type = "application/zip", body = Vec<u8>)))]
pub(crate) async fn export(
    _staff: Staff<ManageConfiguration>,
    tenant: Tenant,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let zip = state.configuration().export(&tenant).await?;
    Ok(HttpResponse::Ok()
        .content_type("application/zip")
        .insert_header((CONTENT_DISPOSITION, format!("attachment; filename=\"{}.zip\"", tenant.code)))
        .body(zip))
}
