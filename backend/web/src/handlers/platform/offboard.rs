//! `POST /platform/api/tenants/{code}/offboard` with `{"confirm": "<code>"}`: the tenant's schema, platform rows
//! and objects exported to a zip archive in the object store (`platform/offboarded/...`), then dropped.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::platform::offboarding::{self, OffboardError};
use serde::Deserialize;
use serde_json::json;

use super::tenant_code;
use crate::error::MessageArg;
use crate::platform::access::{ManageTenants, Nha};
use crate::{ApiError, AppState};

/// How long the archive's download link lasts.
const ARCHIVE_LINK_SECONDS: u64 = 3600;

/// The tenant's code again, so a slip cannot drop the wrong country.
#[derive(Debug, Deserialize)]
pub(crate) struct Confirmation {
    confirm: String,
}

fn failed(error: OffboardError) -> ApiError {
    match error {
        OffboardError::NotFound(_) => ApiError::new(ErrorCode::TenantNotFound),
        other => ApiError::internal(&other),
    }
}

/// Exports, then drops.
pub(crate) async fn offboard(
    nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    code: web::Path<String>,
    body: crate::handlers::json_body::Json<Confirmation>,
) -> Result<HttpResponse, ApiError> {
    let tenant = tenant_code(&code)?;
    if !body.confirm.trim().eq_ignore_ascii_case(tenant.as_str()) {
        return Err(ApiError::new(ErrorCode::ConfirmationMismatch).with_arg("code", MessageArg::Text(tenant.as_str().to_owned())));
    }
    let mut archive = std::io::Cursor::new(Vec::new());
    let summary = offboarding::export(&state.db, state.objects.as_ref(), tenant, &mut archive)
        .await
        .map_err(failed)?;
    let bytes = archive.into_inner();
    let size = bytes.len();
    let key = format!(
        "platform/offboarded/{}-{}.zip",
        tenant.as_str().to_ascii_lowercase(),
        chrono::Utc::now().format("%Y%m%dT%H%M%SZ")
    );
    state
        .objects
        .put(&key, "application/zip", bytes)
        .await
        .map_err(|error| ApiError::internal(&error))?;
    offboarding::drop_tenant(&state.db, state.objects.as_ref(), tenant, &key, &summary, &nha.actor())
        .await
        .map_err(failed)?;
    state.tenants.refresh().await.map_err(|error| ApiError::internal(&error))?;
    let link = state
        .objects
        .presigned_get(&key, std::time::Duration::from_secs(ARCHIVE_LINK_SECONDS))
        .await
        .map_err(|error| ApiError::internal(&error))?;
    Ok(HttpResponse::Ok().json(json!({
        "code": tenant.as_str(),
        "archive": key,
        "archive_bytes": size,
        "download_url": link,
        "tables": summary.tables,
        "objects": summary.objects,
    })))
}
