//! `POST /api/staff/sessions` and `PUT /api/staff/sessions/{id}/capacity`.

use actix_web::{HttpResponse, web};
use cowin_app::access::WriteSession;
use cowin_app::operations::sessions::{SessionEdit, SessionPlan};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// A session to publish.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct SessionRequest {
    /// Where.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    /// Which day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Vaccine code of the catalogue.
    vaccine: String,
    /// Youngest age admitted.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    min_age: u8,
    /// Oldest age admitted.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    max_age: Option<u8>,
    /// Places for first doses (at most 100000).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose1: u32,
    /// Places for later doses (at most 100000).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose2: u32,
    /// Like `09:00AM-11:00AM`.
    slots: Vec<String>,
}

/// New capacities.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct CapacityRequest {
    /// Places for first doses.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose1: u32,
    /// Places for later doses.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose2: u32,
}

/// A session's new day, ages and slots.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct SessionChangeRequest {
    /// Which day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Youngest age admitted.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    min_age: u8,
    /// Oldest age admitted.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    max_age: Option<u8>,
    /// Like `09:00AM-11:00AM`.
    slots: Vec<String>,
}

/// Path parameters.
#[derive(Debug, Deserialize)]
pub(crate) struct SessionPath {
    id: Uuid,
}

/// The session published.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SessionCreated {
    /// Its id.
    session_id: Uuid,
}

/// Publishes a session at a facility the caller runs, of a vaccine whose rules are in force that day.
#[utoipa::path(post, path = "/api/staff/sessions", tag = "operations", request_body = SessionRequest, security(("bearer" = [])),
    responses((status = 201, body = SessionCreated)))]
pub(crate) async fn create(
    staff: Staff<WriteSession>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: SessionRequest = parse(&body)?;
    let plan = SessionPlan {
        facility: body.facility_id,
        date: body.date.0,
        vaccine: body.vaccine,
        min_age: body.min_age,
        max_age: body.max_age,
        capacity_dose1: body.capacity_dose1,
        capacity_dose2: body.capacity_dose2,
        slots: body.slots,
    };
    let session_id = state.sessions().publish(&tenant, &staff, &plan).await?;
    Ok(HttpResponse::Created().json(SessionCreated { session_id }))
}

/// Changes a session's capacity; never below the places already booked.
#[utoipa::path(put, path = "/api/staff/sessions/{id}/capacity", tag = "operations", params(("id" = Uuid, Path, description = "Session id")), request_body = CapacityRequest, security(("bearer" = [])),
    responses((status = 204, description = "Changed")))]
pub(crate) async fn set(
    staff: Staff<WriteSession>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<SessionPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: CapacityRequest = parse(&body)?;
    state
        .sessions()
        .set_capacity(&tenant, &staff, path.id, body.capacity_dose1, body.capacity_dose2)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}

/// Changes a session's day, ages and slots; once people are booked, only slots may be added.
#[utoipa::path(put, path = "/api/staff/sessions/{id}", tag = "operations", params(("id" = Uuid, Path, description = "Session id")), request_body = SessionChangeRequest, security(("bearer" = [])),
    responses((status = 204, description = "Changed")))]
pub(crate) async fn change(
    staff: Staff<WriteSession>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<SessionPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: SessionChangeRequest = parse(&body)?;
    let edit = SessionEdit {
        date: body.date.0,
        min_age: body.min_age,
        max_age: body.max_age,
        slots: body.slots,
    };
    state.sessions().change(&tenant, &staff, path.id, &edit).await?;
    Ok(HttpResponse::NoContent().finish())
}
