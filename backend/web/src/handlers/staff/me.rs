//! `GET /api/staff/me`.

use actix_web::HttpResponse;
use serde_json::json;

use crate::staff::access::{ReadStaff, Staff};

/// The signed-in staff member's profile and scope.
#[utoipa::path(get, path = "/api/staff/me", tag = "staff", security(("bearer" = [])),
    responses((status = 200, description = "`{\"id\",\"name\",\"role\",\"district_ids\",\"facility_ids\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn me(staff: Staff<ReadStaff>) -> HttpResponse {
    HttpResponse::Ok().json(json!({ "id": staff.id, "name": staff.name, "role": staff.role, "district_ids": staff.district_ids, "facility_ids": staff.facility_ids }))
}
