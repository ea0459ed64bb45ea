//! `PUT /api/staff/{id}/role`: a staff member's role and scope, changed by a tenant administrator.

use actix_web::{HttpResponse, web};
use cowin_app::access::ManageStaff;
use cowin_core::StaffRole;
use serde::Deserialize;
use utoipa::ToSchema;

use super::status::StaffPath;
use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// A role and the scope it needs.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct RoleChange {
    /// Role: `tenant_admin`, `district_admin`, `facility_manager`, `vaccinator`, `verifier` or `partner_app`.
    #[schema(value_type = String, example = "district_admin")]
    role: StaffRole,
    /// Districts a district admin runs.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::list")]
    district_ids: Vec<i32>,
    /// Facilities a facility manager or vaccinator works at.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::list")]
    facility_ids: Vec<i64>,
}

/// Gives a staff member another role and scope (not oneself); effective on their next request.
#[utoipa::path(put, path = "/api/staff/{id}/role", tag = "staff", params(("id" = Uuid, Path, description = "Staff id")),
    request_body = RoleChange, security(("bearer" = [])), responses((status = 204, description = "Changed")))]
pub(crate) async fn change(
    admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<StaffPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let change: RoleChange = parse(&body)?;
    state
        .staff_accounts()
        .change_role(&tenant, &admin, path.id, change.role, &change.district_ids, &change.facility_ids)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
