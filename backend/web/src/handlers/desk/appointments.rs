//! `GET /api/staff/desk/appointments?facility_id=&date=`.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadDesk;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// `?facility_id=&date=` (date defaults to today).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct DeskDay {
    /// The facility.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    /// Day, `DD-MM-YYYY`; today if absent.
    #[param(value_type = Option<String>)]
    date: Option<CowinDate>,
}

/// A booked appointment (no security code: the person shows it).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DeskAppointment {
    /// The booking.
    appointment_id: Uuid,
    /// The beneficiary.
    beneficiary_reference_id: String,
    /// Their name.
    name: String,
    /// Their year of birth.
    birth_year: i16,
    /// Dose number.
    dose: i16,
    /// Time slot.
    slot: String,
    /// The session's vaccine.
    vaccine: String,
}

/// A facility's day.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DeskAppointments {
    /// The day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Booked appointments, by slot.
    appointments: Vec<DeskAppointment>,
}

/// The booked appointments of a facility's day, for the staff who work there.
#[utoipa::path(get, path = "/api/staff/desk/appointments", tag = "desk", params(DeskDay), security(("bearer" = [])),
    responses((status = 200, body = DeskAppointments)))]
pub(crate) async fn appointments(
    staff: Staff<ReadDesk>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<DeskAppointments>, ApiError> {
    let query: DeskDay = query_after_access(&req)?;
    let date = query.date.map_or_else(|| tenant.config.today(), |date| date.0);
    let found = state.desk().appointments(&tenant, &staff, query.facility_id, date).await?;
    Ok(web::Json(DeskAppointments {
        date: CowinDate(date),
        appointments: found
            .into_iter()
            .map(|appointment| DeskAppointment {
                appointment_id: appointment.appointment_id,
                beneficiary_reference_id: appointment.beneficiary_id,
                name: appointment.name,
                birth_year: appointment.birth_year,
                dose: appointment.dose,
                slot: appointment.slot,
                vaccine: appointment.vaccine_code,
            })
            .collect(),
    }))
}
