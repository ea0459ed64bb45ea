//! `GET /api/staff/sessions?facility_id=&from=&to=`: sessions on the calendar of the caller's facilities.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadSession;
use cowin_store::operations::SessionListing;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// `?facility_id=&from=&to=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Period {
    /// One facility; every facility the caller works at if absent.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    facility_id: Option<i64>,
    /// First day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "01-12-2026")]
    from: CowinDate,
    /// Last day, `DD-MM-YYYY` (at most 62 days after `from`).
    #[param(value_type = String, example = "31-12-2026")]
    to: CowinDate,
}

/// A session as its facility's staff see it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SessionView {
    /// Session id.
    session_id: Uuid,
    /// Facility.
    facility_id: i64,
    /// Day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Vaccine code.
    vaccine: String,
    /// Youngest age.
    min_age: i16,
    /// Oldest age.
    max_age: Option<i16>,
    /// First-dose places.
    capacity_dose1: i32,
    /// Later-dose places.
    capacity_dose2: i32,
    /// First-dose places booked.
    booked_dose1: i32,
    /// Later-dose places booked.
    booked_dose2: i32,
    /// Time slots.
    slots: Vec<String>,
}

/// Sessions of a period.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct SessionCalendar {
    /// By day and facility.
    sessions: Vec<SessionView>,
}

impl From<SessionListing> for SessionView {
    fn from(session: SessionListing) -> Self {
        Self {
            session_id: session.id,
            facility_id: session.facility_id,
            date: CowinDate(session.date),
            vaccine: session.vaccine_code,
            min_age: session.min_age,
            max_age: session.max_age,
            capacity_dose1: session.capacity_dose1,
            capacity_dose2: session.capacity_dose2,
            booked_dose1: session.booked_dose1,
            booked_dose2: session.booked_dose2,
            slots: session.slots,
        }
    }
}

/// The sessions of a period at one facility or at every facility the caller works at.
#[utoipa::path(get, path = "/api/staff/sessions", tag = "operations", params(Period), security(("bearer" = [])),
    responses((status = 200, body = SessionCalendar)))]
pub(crate) async fn list(
    staff: Staff<ReadSession>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<SessionCalendar>, ApiError> {
    let period: Period = query_after_access(&req)?;
    let found = state
        .sessions()
        .list(&tenant, &staff, period.facility_id, period.from.0, period.to.0)
        .await?;
    Ok(web::Json(SessionCalendar {
        sessions: found.into_iter().map(SessionView::from).collect(),
    }))
}
