//! `findByPin` and `findByDistrict`: the sessions of one day.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::citizens::availability::Place;
use serde::Deserialize;

use super::{Search, answer, postal_code};
use crate::availability_cache::Answer;
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// `?pincode=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByPin {
    /// Postal code.
    pincode: String,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Only sessions of this vaccine.
    vaccine: Option<String>,
}

/// `?district_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByDistrict {
    /// District id.
    district_id: i32,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Only sessions of this vaccine.
    vaccine: Option<String>,
}

/// Sessions at a postal code on a day.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/findByPin", tag = "availability", params(ByPin),
    responses((status = 200, description = "`{\"sessions\":[Session]}` of that day"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn find_by_pin(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByPin>,
) -> Result<HttpResponse, ApiError> {
    let place = postal_code(&tenant, &query.pincode)?;
    let search = Search {
        answer: Answer::Sessions,
        place,
        date: query.date,
        vaccine: query.vaccine.as_deref(),
    };
    answer(&req, &state, &tenant, &locale, search).await
}

/// Sessions in a district on a day.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/findByDistrict", tag = "availability", params(ByDistrict),
    responses((status = 200, description = "`{\"sessions\":[Session]}` of that day"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn find_by_district(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByDistrict>,
) -> Result<HttpResponse, ApiError> {
    let search = Search {
        answer: Answer::Sessions,
        place: Place::District(query.district_id),
        date: query.date,
        vaccine: query.vaccine.as_deref(),
    };
    answer(&req, &state, &tenant, &locale, search).await
}
