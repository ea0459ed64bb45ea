//! `calendarByPin`, `calendarByDistrict`, `calendarByCenter`: seven days of sessions, grouped by centre.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::citizens::availability::Place;

use super::queries::{ByCenter, ByDistrict, ByPin};
use super::{Search, answer};
use crate::availability_cache::Answer;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};
use cowin_app::availability::postal_code;

/// Seven days at a postal code.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/calendarByPin", tag = "availability", params(ByPin),
    responses((status = 200, body = super::Calendar)))]
pub(crate) async fn calendar_by_pin(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByPin>,
) -> Result<HttpResponse, ApiError> {
    let place = postal_code(&tenant, &query.pincode)?;
    let search = Search {
        answer: Answer::Calendar,
        place,
        date: query.date,
        vaccine: query.vaccine.as_deref(),
    };
    answer(&req, &state, &tenant, &locale, search).await
}

/// Seven days in a district.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/calendarByDistrict", tag = "availability", params(ByDistrict),
    responses((status = 200, body = super::Calendar)))]
pub(crate) async fn calendar_by_district(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByDistrict>,
) -> Result<HttpResponse, ApiError> {
    let search = Search {
        answer: Answer::Calendar,
        place: Place::District(query.district_id),
        date: query.date,
        vaccine: query.vaccine.as_deref(),
    };
    answer(&req, &state, &tenant, &locale, search).await
}

/// Seven days at one centre: `{"centers": Center + sessions}` (one object, as CoWIN); `{}` if it has none.
#[utoipa::path(get, path = "/api/v2/appointment/sessions/public/calendarByCenter", tag = "availability", params(ByCenter),
    responses((status = 200, body = super::CentreCalendar)))]
pub(crate) async fn calendar_by_center(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<ByCenter>,
) -> Result<HttpResponse, ApiError> {
    let search = Search {
        answer: Answer::CentreCalendar,
        place: Place::Facility(query.center_id),
        date: query.date,
        vaccine: query.vaccine.as_deref(),
    };
    answer(&req, &state, &tenant, &locale, search).await
}
