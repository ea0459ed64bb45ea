//! `POST /api/staff/sessions` and `PUT /api/staff/sessions/{id}/capacity`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_core::vaccine::VaccineCode;
use cowin_store::TenantTxn;
use cowin_store::audit::record_in_tenant;
use cowin_store::operations::{NewSession, SessionError, create_session, session_facility, set_capacity};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::staff::access::{Staff, WriteSession};
use crate::{ApiError, AppState};

/// A session to publish.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct SessionRequest {
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    vaccine: String,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    min_age: u8,
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    max_age: Option<u8>,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose1: u32,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose2: u32,
    /// Like `09:00AM-11:00AM`.
    slots: Vec<String>,
}

/// New capacities.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct CapacityRequest {
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose1: u32,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    capacity_dose2: u32,
}

/// Path parameters.
#[derive(Debug, Deserialize)]
pub(crate) struct SessionPath {
    id: Uuid,
}

/// Whether `slot` reads like `09:00AM-11:00AM`.
fn is_slot(slot: &str) -> bool {
    let part = |text: &str| chrono::NaiveTime::parse_from_str(text, "%I:%M%p").is_ok();
    slot.split_once('-').is_some_and(|(from, to)| part(from) && part(to))
}

fn capacity(value: u32, field: &str) -> Result<i32, ApiError> {
    i32::try_from(value)
        .ok()
        .filter(|value| *value <= 100_000)
        .ok_or_else(|| ApiError::invalid_parameter(field))
}

/// Publishes a session at a facility the caller runs, of a vaccine whose rules are in force that day.
#[utoipa::path(post, path = "/api/staff/sessions", tag = "operations", request_body = SessionRequest, security(("bearer" = [])),
    responses((status = 201, description = "`{\"session_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn create(
    staff: Staff<WriteSession>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: SessionRequest = crate::handlers::json_body::parse(&body)?;
    if body.date.0 < tenant.config.today() {
        return Err(ApiError::invalid_parameter("date"));
    }
    let vaccine = VaccineCode::parse(body.vaccine.trim()).map_err(|_| ApiError::invalid_parameter("vaccine"))?;
    let rules = tenant
        .catalogue
        .rules(&vaccine, body.date.0)
        .ok_or_else(|| ApiError::invalid_parameter("vaccine"))?;
    if body.min_age < rules.min_age || body.max_age.is_some_and(|max| max < body.min_age) {
        return Err(ApiError::invalid_parameter("min_age"));
    }
    if body.slots.is_empty() || !body.slots.iter().all(|slot| is_slot(slot)) {
        return Err(ApiError::invalid_parameter("slots"));
    }
    let session = NewSession {
        facility: body.facility_id,
        date: body.date.0,
        vaccine: vaccine.as_str().to_owned(),
        min_age: i16::from(body.min_age),
        max_age: body.max_age.map(i16::from),
        capacity_dose1: capacity(body.capacity_dose1, "capacity_dose1")?,
        capacity_dose2: capacity(body.capacity_dose2, "capacity_dose2")?,
        slots: body.slots.clone(),
    };
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let place = staff.require_facility(&txn, body.facility_id).await?;
    if !place.active {
        return Err(ApiError::new(ErrorCode::FacilityNotFound));
    }
    let id = match create_session(&txn, &session).await {
        Ok(id) => id,
        Err(SessionError::Exists) => return Err(ApiError::new(ErrorCode::SessionExists)),
        Err(SessionError::BelowBooked | SessionError::NotFound) => return Err(ApiError::internal(&"unexpected session error")),
        Err(SessionError::Database(error)) => return Err(error.into()),
    };
    let detail = json!({ "facility_id": session.facility, "date": session.date, "vaccine": session.vaccine });
    record_in_tenant(&txn, staff.id, "session.create", id.to_string(), detail).await?;
    txn.commit().await?;
    Ok(HttpResponse::Created().json(json!({ "session_id": id })))
}

/// Changes a session's capacity; never below the places already booked.
#[utoipa::path(put, path = "/api/staff/sessions/{id}/capacity", tag = "operations", params(("id" = Uuid, Path, description = "Session id")), request_body = CapacityRequest, security(("bearer" = [])),
    responses((status = 204, description = "Changed"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn set(
    staff: Staff<WriteSession>,
    tenant: Tenant,
    state: web::Data<AppState>,
    path: web::Path<SessionPath>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: CapacityRequest = crate::handlers::json_body::parse(&body)?;
    let (dose1, dose2) = (
        capacity(body.capacity_dose1, "capacity_dose1")?,
        capacity(body.capacity_dose2, "capacity_dose2")?,
    );
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let facility = session_facility(&txn, path.id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::SessionNotFound))?;
    staff.require_facility(&txn, facility).await?;
    match set_capacity(&txn, path.id, dose1, dose2).await {
        Ok(()) => {}
        Err(SessionError::BelowBooked) => return Err(ApiError::new(ErrorCode::CapacityBelowBooked)),
        Err(SessionError::NotFound) => return Err(ApiError::new(ErrorCode::SessionNotFound)),
        Err(SessionError::Exists) => return Err(ApiError::internal(&"unexpected session error")),
        Err(SessionError::Database(error)) => return Err(error.into()),
    }
    let detail = json!({ "capacity_dose1": dose1, "capacity_dose2": dose2 });
    record_in_tenant(&txn, staff.id, "session.capacity", path.id.to_string(), detail).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}

#[cfg(test)]
mod tests {
    use super::is_slot;

    #[test]
    fn slots_are_cowin_time_ranges() {
        assert!(is_slot("09:00AM-11:00AM"));
        assert!(is_slot("12:00PM-02:00PM"));
        assert!(!is_slot("9-11"));
        assert!(!is_slot("09:00-11:00"));
    }
}
