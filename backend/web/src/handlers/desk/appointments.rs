//! `GET /api/staff/desk/appointments?facility_id=&date=`.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::TenantTxn;
use cowin_store::vaccination::desk::appointments_at;
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::staff::access::{ReadDesk, Staff};
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

/// The booked appointments of a facility's day, for the staff who work there (no security codes).
#[utoipa::path(get, path = "/api/staff/desk/appointments", tag = "desk", params(DeskDay), security(("bearer" = [])),
    responses((status = 200, description = "`{\"appointments\":[{appointment_id, beneficiary_reference_id, name, birth_year, dose, slot, vaccine}]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn appointments(
    staff: Staff<ReadDesk>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    // Parsed after `Staff` has authorised the caller (see `json_body`).
    let query =
        web::Query::<DeskDay>::from_query(req.query_string()).map_err(|error| crate::handlers::extract_errors::invalid_query(&error))?;
    let date = query.date.map_or_else(|| tenant.config.today(), |date| date.0);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    staff.require_facility(&txn, query.facility_id).await?;
    let found = appointments_at(&txn, query.facility_id, date).await?;
    txn.commit().await?;
    let list: Vec<_> = found
        .iter()
        .map(|a| {
            json!({ "appointment_id": a.appointment_id, "beneficiary_reference_id": a.beneficiary_id, "name": a.name,
                    "birth_year": a.birth_year, "dose": a.dose, "slot": a.slot, "vaccine": a.vaccine_code })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "date": CowinDate::format(date), "appointments": list })))
}
