//! `POST /api/staff/{id}/disable` and `/enable`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::{TenantTxn, staff};
use serde::Deserialize;
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::staff::access::{ManageStaff, Staff};
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct StaffPath {
    id: Uuid,
}

async fn set(
    admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
    id: Uuid,
    active: bool,
) -> Result<HttpResponse, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    if !staff::set_active(&txn, id, active, &admin.id.to_string()).await? {
        return Err(ApiError::new(ErrorCode::StaffNotFound));
    }
    txn.commit().await?;
    state.staff_cache.forget(tenant.code, id).await;
    Ok(HttpResponse::NoContent().finish())
}

/// Disables a staff member: their tokens stop working at once.
#[utoipa::path(post, path = "/api/staff/{id}/disable", tag = "staff", params(("id" = Uuid, Path, description = "Staff id")), security(("bearer" = [])),
    responses((status = 204, description = "Disabled"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn disable(
    admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<StaffPath>,
) -> Result<HttpResponse, ApiError> {
    set(admin, tenant, state, path.id, false).await
}

/// Re-enables a staff member.
#[utoipa::path(post, path = "/api/staff/{id}/enable", tag = "staff", params(("id" = Uuid, Path, description = "Staff id")), security(("bearer" = [])),
    responses((status = 204, description = "Enabled"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn enable(
    admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<StaffPath>,
) -> Result<HttpResponse, ApiError> {
    set(admin, tenant, state, path.id, true).await
}
