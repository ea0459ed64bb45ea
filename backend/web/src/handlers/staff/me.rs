//! `GET /api/staff/me`.

use actix_web::web;
use cowin_app::access::ReadStaff;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::Staff;

/// A staff member's profile and scope.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Profile {
    /// Staff id.
    id: Uuid,
    /// Display name.
    name: String,
    /// Role.
    role: String,
    /// Districts they run (district admins).
    district_ids: Vec<i32>,
    /// Facilities they work at (facility managers and vaccinators).
    facility_ids: Vec<i64>,
}

/// The signed-in staff member's profile and scope.
#[utoipa::path(get, path = "/api/staff/me", tag = "staff", security(("bearer" = [])),
    responses((status = 200, body = Profile)))]
pub(crate) async fn me(staff: Staff<ReadStaff>) -> web::Json<Profile> {
    web::Json(Profile {
        id: staff.id,
        name: staff.name.clone(),
        role: staff.role.as_str().to_owned(),
        district_ids: staff.district_ids.clone(),
        facility_ids: staff.facility_ids.clone(),
    })
}
