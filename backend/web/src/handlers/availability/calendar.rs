//! `calendarByPin`, `calendarByDistrict`, `calendarByCenter`: seven days of sessions, grouped by centre.

use actix_web::{HttpResponse, web};
use cowin_store::citizens::availability::Place;
use serde::Deserialize;
use serde_json::{Value, json};

use super::{CALENDAR_DAYS, listings, postal_code, render};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// `?pincode=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByPin {
    pincode: String,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    vaccine: Option<String>,
}

/// `?district_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByDistrict {
    district_id: i32,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    vaccine: Option<String>,
}

/// `?center_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByCenter {
    center_id: i64,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    vaccine: Option<String>,
}

async fn centers(
    state: &AppState,
    tenant: &Tenant,
    locale: &RequestLocale,
    place: Place,
    date: CowinDate,
    vaccine: Option<&str>,
) -> Result<Vec<Value>, ApiError> {
    let found = listings(state, tenant, &place, date, CALENDAR_DAYS, vaccine).await?;
    Ok(render::calendar(&found, locale))
}

/// Seven days at a postal code.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/calendarByPin", tag = "availability", params(ByPin),
    responses((status = 200, description = "`{\"centers\":[Center + \"sessions\":[CalendarSession]]}` for 7 days"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn calendar_by_pin(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByPin>,
) -> Result<HttpResponse, ApiError> {
    let place = postal_code(&tenant, &query.pincode)?;
    let centers = centers(&state, &tenant, &locale, place, query.date, query.vaccine.as_deref()).await?;
    Ok(HttpResponse::Ok().json(json!({ "centers": centers })))
}

/// Seven days in a district.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/calendarByDistrict", tag = "availability", params(ByDistrict),
    responses((status = 200, description = "`{\"centers\":[Center + \"sessions\":[CalendarSession]]}` for 7 days"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn calendar_by_district(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByDistrict>,
) -> Result<HttpResponse, ApiError> {
    let centers = centers(
        &state,
        &tenant,
        &locale,
        Place::District(query.district_id),
        query.date,
        query.vaccine.as_deref(),
    )
    .await?;
    Ok(HttpResponse::Ok().json(json!({ "centers": centers })))
}

/// Seven days at one centre: `{"centers": Center + sessions}` (one object, as CoWIN); `{}` if it has none.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/calendarByCenter", tag = "availability", params(ByCenter),
    responses((status = 200, description = "`{\"centers\": Center + \"sessions\"}` for 7 days"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn calendar_by_center(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByCenter>,
) -> Result<HttpResponse, ApiError> {
    let mut centers = centers(
        &state,
        &tenant,
        &locale,
        Place::Facility(query.center_id),
        query.date,
        query.vaccine.as_deref(),
    )
    .await?;
    let center = if centers.is_empty() { json!({}) } else { centers.swap_remove(0) };
    Ok(HttpResponse::Ok().json(json!({ "centers": center })))
}
