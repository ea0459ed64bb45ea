//! `POST /platform/api/tenants/{code}/suspend` and `.../resume`: every request of a suspended tenant is refused
//! with `TENANT_SUSPENDED` (its certificates stay verifiable) until NHA resumes it.

use actix_web::web;
use cowin_app::access::ManageTenants;
use cowin_core::TenantStatus;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::tenant_code;
use crate::extractors::Nha;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// Why, for the audit log.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct Suspension {
    /// Why the tenant is suspended.
    reason: String,
}

/// The tenant's status now.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StatusChanged {
    /// The tenant.
    code: String,
    /// `active` or `suspended`.
    status: String,
}

async fn set(
    nha: &Nha<ManageTenants>,
    state: &AppState,
    code: &str,
    status: TenantStatus,
    reason: Option<&str>,
) -> Result<web::Json<StatusChanged>, ApiError> {
    let tenant = tenant_code(code)?;
    state
        .tenant_administration()
        .set_status(tenant, status, reason, &nha.actor())
        .await?;
    Ok(web::Json(StatusChanged {
        code: tenant.as_str().to_owned(),
        status: status.as_str().to_owned(),
    }))
}

/// Suspends a tenant.
#[utoipa::path(post, path = "/api/tenants/{code}/suspend", tag = "platform", params(("code" = String, Path, description = "Tenant code")),
    request_body = Suspension, security(("bearer" = [])),
    responses((status = 200, body = StatusChanged)))]
pub(crate) async fn suspend(
    nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    code: web::Path<String>,
    body: Json<Suspension>,
) -> Result<web::Json<StatusChanged>, ApiError> {
    set(&nha, &state, &code, TenantStatus::Suspended, Some(&body.reason)).await
}

/// Resumes a suspended tenant.
#[utoipa::path(post, path = "/api/tenants/{code}/resume", tag = "platform", params(("code" = String, Path, description = "Tenant code")),
    security(("bearer" = [])),
    responses((status = 200, body = StatusChanged)))]
pub(crate) async fn resume(
    nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    code: web::Path<String>,
) -> Result<web::Json<StatusChanged>, ApiError> {
    set(&nha, &state, &code, TenantStatus::Active, None).await
}
