//! `POST /platform/api/tenants/{code}/suspend` and `.../resume`: every request of a suspended tenant is refused
//! with `TENANT_SUSPENDED` (its certificates stay verifiable) until NHA resumes it.

use actix_web::{HttpResponse, web};
use cowin_core::{ErrorCode, TenantStatus};
use cowin_store::tenants::{self, TenantAdminError};
use serde::Deserialize;
use serde_json::json;

use super::tenant_code;
use crate::platform::access::{ManageTenants, Nha};
use crate::{ApiError, AppState};

/// Why, for the audit log.
#[derive(Debug, Deserialize)]
pub(crate) struct Suspension {
    reason: String,
}

async fn set(
    nha: &Nha<ManageTenants>,
    state: &AppState,
    code: &str,
    status: TenantStatus,
    reason: Option<&str>,
) -> Result<HttpResponse, ApiError> {
    let tenant = tenant_code(code)?;
    match tenants::set_status(&state.db, tenant, status, reason, &nha.actor()).await {
        Err(TenantAdminError::NotFound(_)) => return Err(ApiError::new(ErrorCode::TenantNotFound)),
        other => other.map_err(|error| ApiError::internal(&error))?,
    }
    state.tenants.refresh().await.map_err(|error| ApiError::internal(&error))?;
    Ok(HttpResponse::Ok().json(json!({ "code": tenant.as_str(), "status": status.as_str() })))
}

/// Suspends a tenant.
pub(crate) async fn suspend(
    nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    code: web::Path<String>,
    body: crate::handlers::json_body::Json<Suspension>,
) -> Result<HttpResponse, ApiError> {
    let reason = body.reason.trim();
    if reason.is_empty() {
        return Err(ApiError::invalid_parameter("reason"));
    }
    set(&nha, &state, &code, TenantStatus::Suspended, Some(reason)).await
}

/// Resumes a suspended tenant.
pub(crate) async fn resume(nha: Nha<ManageTenants>, state: web::Data<AppState>, code: web::Path<String>) -> Result<HttpResponse, ApiError> {
    set(&nha, &state, &code, TenantStatus::Active, None).await
}
