//! CoWIN v2 availability: `/v2/appointment/sessions/{public/,}{findBy*,calendarBy*}`.

pub(crate) mod calendar;
pub(crate) mod find;
mod queries;
pub(crate) mod render;

use actix_web::http::header::ACCEPT_ENCODING;
use actix_web::{HttpRequest, HttpResponse};
use cowin_store::TenantTxn;
use cowin_store::citizens::availability::{Place, SessionListing, sessions};
use serde_json::json;

use crate::availability_cache::{Answer, AnswerKey};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// Days a calendar covers, from the date asked (as CoWIN).
const CALENDAR_DAYS: i32 = 7;

/// Checks a `pincode` parameter against the tenant's postal code format.
fn postal_code(tenant: &Tenant, pincode: &str) -> Result<Place, ApiError> {
    let pincode = pincode.trim();
    if tenant.config.admin_levels.postal_code_pattern.matches(pincode) {
        Ok(Place::PostalCode(pincode.to_owned()))
    } else {
        Err(ApiError::invalid_parameter("pincode"))
    }
}

/// Sessions at `place` for `days` days from `date`.
async fn listings(
    state: &AppState,
    tenant: &Tenant,
    place: &Place,
    date: CowinDate,
    days: i32,
    vaccine: Option<&str>,
) -> Result<Vec<SessionListing>, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let found = sessions(&txn, place, date.0, days, vaccine).await?;
    txn.commit().await?;
    Ok(found)
}

/// What a search asks for.
struct Search<'a> {
    answer: Answer,
    place: Place,
    date: CowinDate,
    vaccine: Option<&'a str>,
}

/// Answers a search from the cache, rendering it from the database when it is not there.
async fn answer(
    req: &HttpRequest,
    state: &AppState,
    tenant: &Tenant,
    locale: &RequestLocale,
    search: Search<'_>,
) -> Result<HttpResponse, ApiError> {
    let key = AnswerKey {
        tenant: tenant.code,
        answer: search.answer,
        place: search.place.clone(),
        date: search.date.0,
        vaccine: search.vaccine.map(str::to_owned),
        locale: locale.locale.clone(),
    };
    let render = async {
        let days = if search.answer == Answer::Sessions { 1 } else { CALENDAR_DAYS };
        let found = listings(state, tenant, &search.place, search.date, days, search.vaccine).await?;
        Ok(match search.answer {
            Answer::Sessions => json!({ "sessions": found.iter().map(|listing| render::session(listing, locale)).collect::<Vec<_>>() }),
            Answer::Calendar => json!({ "centers": render::calendar(&found, locale) }),
            Answer::CentreCalendar => {
                let mut centres = render::calendar(&found, locale);
                json!({ "centers": if centres.is_empty() { json!({}) } else { centres.swap_remove(0) } })
            }
        })
    };
    state.availability.respond(key, req.headers().get(ACCEPT_ENCODING), render).await
}
