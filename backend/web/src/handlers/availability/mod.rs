//! CoWIN v2 availability: `/v2/appointment/sessions/{public/,}{findBy*,calendarBy*}`.

pub(crate) mod calendar;
pub(crate) mod find;
mod queries;
pub(crate) mod render;

use actix_web::http::header::ACCEPT_ENCODING;
use actix_web::{HttpRequest, HttpResponse};
use cowin_store::citizens::availability::Place;
use serde::Serialize;
use utoipa::ToSchema;

use self::render::{CalendarCenter, Session};
use crate::availability_cache::{Answer, AnswerKey, ListingKey};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// Days a calendar covers, from the date asked (as CoWIN).
const CALENDAR_DAYS: i32 = 7;

/// The sessions of one day.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Sessions {
    /// Sessions, by centre.
    sessions: Vec<Session>,
}

/// Seven days of sessions, grouped by centre.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Calendar {
    /// Centres with their sessions.
    centers: Vec<CalendarCenter>,
}

/// Nothing: `{}`.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct Nothing {}

/// One centre's calendar, or `{}` when it has no sessions (as CoWIN answered).
#[derive(Debug, Serialize, ToSchema)]
#[serde(untagged)]
pub(crate) enum CentreOrNothing {
    /// The centre with its sessions.
    Centre(Box<CalendarCenter>),
    /// No sessions.
    Nothing(Nothing),
}

/// Seven days at one centre: CoWIN named the single object `centers`.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CentreCalendar {
    /// The centre with its sessions, or `{}`.
    centers: CentreOrNothing,
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
    let accept_encoding = req.headers().get(ACCEPT_ENCODING);
    let days = if search.answer == Answer::Sessions { 1 } else { CALENDAR_DAYS };
    // Read once for every language's answer: only rendering differs between them.
    let listing = ListingKey {
        tenant: tenant.code,
        place: search.place.clone(),
        date: search.date.0,
        days,
        vaccine: search.vaccine.map(str::to_owned),
    };
    let load = async {
        state
            .availability()
            .sessions(tenant, &search.place, search.date.0, days, search.vaccine)
            .await
            .map_err(ApiError::from)
    };
    let found = state.availability.listings(listing, load);
    let cache = &state.availability;
    match search.answer {
        Answer::Sessions => {
            let render = async {
                let found = found.await?;
                Ok(Sessions {
                    sessions: found.iter().map(|listing| Session::of(listing, locale)).collect(),
                })
            };
            cache.respond(key, accept_encoding, render).await
        }
        Answer::Calendar => {
            let render = async {
                Ok(Calendar {
                    centers: render::calendar(&found.await?, locale),
                })
            };
            cache.respond(key, accept_encoding, render).await
        }
        Answer::CentreCalendar => {
            let render = async {
                let mut centres = render::calendar(&found.await?, locale);
                let centers = if centres.is_empty() {
                    CentreOrNothing::Nothing(Nothing {})
                } else {
                    CentreOrNothing::Centre(Box::new(centres.swap_remove(0)))
                };
                Ok(CentreCalendar { centers })
            };
            cache.respond(key, accept_encoding, render).await
        }
    }
}
