//! `findByPin` and `findByDistrict`: the sessions of one day.

use actix_web::{HttpResponse, web};
use cowin_store::citizens::availability::Place;
use serde::Deserialize;
use serde_json::json;

use super::{listings, postal_code, render};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// `?pincode=&date=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByPin {
    pincode: String,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    vaccine: Option<String>,
}

/// `?district_id=&date=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByDistrict {
    district_id: i32,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    vaccine: Option<String>,
}

async fn answer(
    state: &AppState,
    tenant: &Tenant,
    locale: &RequestLocale,
    place: Place,
    date: CowinDate,
    vaccine: Option<&str>,
) -> Result<HttpResponse, ApiError> {
    let found = listings(state, tenant, &place, date, 1, vaccine).await?;
    let sessions: Vec<_> = found.iter().map(|listing| render::session(listing, locale)).collect();
    Ok(HttpResponse::Ok().json(json!({ "sessions": sessions })))
}

/// Sessions at a postal code on a day.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/findByPin", tag = "availability", params(ByPin),
    responses((status = 200, description = "`{\"sessions\":[Session]}` of that day"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn find_by_pin(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByPin>,
) -> Result<HttpResponse, ApiError> {
    let place = postal_code(&tenant, &query.pincode)?;
    answer(&state, &tenant, &locale, place, query.date, query.vaccine.as_deref()).await
}

/// Sessions in a district on a day.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/findByDistrict", tag = "availability", params(ByDistrict),
    responses((status = 200, description = "`{\"sessions\":[Session]}` of that day"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn find_by_district(
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByDistrict>,
) -> Result<HttpResponse, ApiError> {
    answer(
        &state,
        &tenant,
        &locale,
        Place::District(query.district_id),
        query.date,
        query.vaccine.as_deref(),
    )
    .await
}
