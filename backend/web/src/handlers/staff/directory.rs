//! `GET /api/staff/members`: the tenant's staff, for the administrator who invites and disables them.

use actix_web::web;
use chrono::{DateTime, Utc};
use cowin_app::access::ManageStaff;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::{ApiError, AppState};

/// A staff member.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StaffMemberView {
    /// Staff id.
    id: Uuid,
    /// Display name.
    name: String,
    /// The address invitations went to (the sign-in name).
    email: String,
    /// Role.
    role: String,
    /// Districts they run (district admins).
    district_ids: Vec<i32>,
    /// Facilities they work at (facility managers and vaccinators).
    facility_ids: Vec<i64>,
    /// Whether they may sign in.
    active: bool,
    /// Whether they accepted the invitation.
    accepted: bool,
    /// When they were invited.
    invited_at: DateTime<Utc>,
}

/// The tenant's staff.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StaffDirectory {
    /// By name.
    staff: Vec<StaffMemberView>,
}

/// Every staff member of the tenant, by name.
#[utoipa::path(get, path = "/api/staff/members", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = StaffDirectory)))]
pub(crate) async fn directory(
    _admin: Staff<ManageStaff>,
    tenant: Tenant,
    state: web::Data<AppState>,
) -> Result<web::Json<StaffDirectory>, ApiError> {
    let entries = state.staff_accounts().directory(&tenant).await?;
    Ok(web::Json(StaffDirectory {
        staff: entries
            .into_iter()
            .map(|entry| StaffMemberView {
                id: entry.member.id,
                name: entry.member.name,
                email: entry.email,
                role: entry.member.role,
                district_ids: entry.member.district_ids,
                facility_ids: entry.member.facility_ids,
                active: entry.member.active,
                accepted: entry.member.accepted,
                invited_at: entry.member.created_at,
            })
            .collect(),
    }))
}
