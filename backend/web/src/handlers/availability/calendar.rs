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
#[derive(Debug, Deserialize)]
pub(crate) struct ByPin {
    pincode: String,
    date: CowinDate,
    vaccine: Option<String>,
}

/// `?district_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize)]
pub(crate) struct ByDistrict {
    district_id: i32,
    date: CowinDate,
    vaccine: Option<String>,
}

/// `?center_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize)]
pub(crate) struct ByCenter {
    center_id: i64,
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
