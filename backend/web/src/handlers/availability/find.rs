//! `findByPin` and `findByDistrict`: the sessions of one day.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::citizens::availability::Place;

use super::queries::{ByDistrict, ByPin};
use super::{Search, answer};
use crate::availability_cache::Answer;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};
use cowin_app::availability::postal_code;

/// Sessions at a postal code on a day.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/findByPin", tag = "availability", params(ByPin),
    responses((status = 200, body = super::Sessions)))]
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
    responses((status = 200, body = super::Sessions)))]
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
