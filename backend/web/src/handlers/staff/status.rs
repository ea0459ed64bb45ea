//! `POST /api/staff/{id}/disable` and `/enable`.

use actix_web::{HttpResponse, web};
use cowin_app::access::ManageStaff;
use serde::Deserialize;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct StaffPath {
    pub(super) id: Uuid,
}

/// Disables a staff member: their tokens stop working at once.
#[utoipa::path(post, path = "/api/staff/{id}/disable", tag = "staff", params(("id" = Uuid, Path, description = "Staff id")), security(("bearer" = [])),
    responses((status = 204, description = "Disabled")))]
pub(crate) async fn disable(
    admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<StaffPath>,
) -> Result<HttpResponse, ApiError> {
    state.staff_accounts().set_active(&tenant, &admin, path.id, false).await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Re-enables a staff member.
#[utoipa::path(post, path = "/api/staff/{id}/enable", tag = "staff", params(("id" = Uuid, Path, description = "Staff id")), security(("bearer" = [])),
    responses((status = 204, description = "Enabled")))]
pub(crate) async fn enable(
    admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<StaffPath>,
) -> Result<HttpResponse, ApiError> {
    state.staff_accounts().set_active(&tenant, &admin, path.id, true).await?;
    Ok(HttpResponse::NoContent().finish())
}
