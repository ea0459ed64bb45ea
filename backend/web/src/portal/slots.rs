//! `GET /slots`: sessions with places over the next week, by district, postal code, or near a point (the page's
//! script fills `lat` and `long` from the phone's location; without scripts, district and postal code work alone).
//! A signed-in citizen books from the results, or, with `?reschedule=`, moves an appointment to one of them.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use chrono::NaiveDate;
use cowin_app::availability::postal_code;
use cowin_store::citizens::availability::{Place, SessionListing};
use serde::Deserialize;
use uuid::Uuid;

use super::failure::failure_page;
use super::page::{Arg, Page, render, respond_kept};
use super::session::signed_in;
use crate::availability_cache::{ListingKey, PageKey};
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// Days a search covers.
const DAYS: i32 = 7;
/// Centres a search near a point looks at.
const NEAREST_CENTRES: usize = 10;

/// The search.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct SlotSearch {
    district: Option<String>,
    pincode: Option<String>,
    date: Option<String>,
    lat: Option<f64>,
    long: Option<f64>,
    reschedule: Option<Uuid>,
}

struct Choice {
    value: String,
    label: String,
    chosen: bool,
}

struct StateChoices {
    name: String,
    districts: Vec<Choice>,
}

struct SessionView {
    id: Uuid,
    centre: String,
    address: String,
    date: String,
    vaccine: String,
    ages: String,
    fee: String,
    places: String,
    slots: Vec<String>,
}

#[derive(Template)]
#[template(path = "portal/slots.html")]
struct SlotsPage {
    p: Page,
    district_label: String,
    postal_label: String,
    states: Vec<StateChoices>,
    pincode: String,
    date: String,
    moving: Option<Uuid>,
    error: Option<String>,
    searched: bool,
    results_title: String,
    sessions: Vec<SessionView>,
    members: Vec<Choice>,
}

fn session_view(p: &Page, session: &SessionListing) -> SessionView {
    let vaccine = p.vaccine_name(&session.vaccine_code);
    let ages = match session.max_age {
        Some(max) => p.with(
            "portal-session-age-range",
            &[
                ("min", Arg::Number(i64::from(session.min_age))),
                ("max", Arg::Number(i64::from(max))),
            ],
        ),
        None => p.with("portal-session-age", &[("min", Arg::Number(i64::from(session.min_age)))]),
    };
    let fee = p.t(if session.fee_type.eq_ignore_ascii_case("paid") {
        "portal-session-paid"
    } else {
        "portal-session-free"
    });
    let places = p.with(
        "portal-session-places",
        &[
            (
                "first",
                Arg::Number(i64::from((session.capacity_dose1 - session.booked_dose1).max(0))),
            ),
            (
                "later",
                Arg::Number(i64::from((session.capacity_dose2 - session.booked_dose2).max(0))),
            ),
        ],
    );
    SessionView {
        id: session.session_id,
        centre: p.name(&session.center_name),
        address: format!(
            "{}, {}, {} {}",
            session.address,
            p.name(&session.block),
            p.name(&session.district_name),
            session.postal_code
        ),
        date: p.date(session.date),
        vaccine,
        ages,
        fee,
        places,
        slots: session.slots.clone(),
    }
}

/// The places the search names, or why it cannot be searched.
async fn places(state: &AppState, tenant: &Tenant, search: &SlotSearch) -> Result<Vec<Place>, ApiError> {
    if let Some(district) = search.district.as_deref().filter(|text| !text.is_empty()) {
        let id = district.parse().map_err(|_| ApiError::invalid_parameter("district"))?;
        return Ok(vec![Place::District(id)]);
    }
    if let Some(code) = search.pincode.as_deref().filter(|text| !text.trim().is_empty()) {
        return Ok(vec![postal_code(tenant, code)?]);
    }
    if let (Some(lat), Some(long)) = (search.lat, search.long) {
        let centres = state.availability().centres_near(tenant, lat, long).await?;
        return Ok(centres
            .iter()
            .take(NEAREST_CENTRES)
            .map(|centre| Place::Facility(centre.center_id))
            .collect());
    }
    Ok(Vec::new())
}

/// The search form, and its results when it names a place. An anonymous visitor's page is kept rendered (and
/// gzipped) for the availability answers' lifetime: it holds no secret and depends only on the address and the
/// language; a signed-in citizen's is made for them.
pub(crate) async fn slots(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<SlotSearch>,
) -> HttpResponse {
    let account = signed_in(&req, &state, &tenant);
    let p = Page::new(&req, &state, &tenant, &locale, account.is_some());
    let search = query.into_inner();
    if account.is_some() {
        let page = search_page(p, &state, &tenant, &search, account).await;
        return render(&req, &page.p, &page);
    }
    let visit = p.visit().map(str::to_owned);
    let key = PageKey {
        tenant: tenant.code,
        locale: locale.locale.clone(),
        path_and_query: req
            .uri()
            .path_and_query()
            .map_or_else(String::new, |whole| whole.as_str().to_owned()),
    };
    let rendered = state.availability.page(key, async {
        let page = search_page(p, &state, &tenant, &search, None).await;
        page.render().map_err(|error| ApiError::internal(&error))
    });
    match rendered.await {
        Ok(kept) => respond_kept(&req, visit.as_deref(), &kept),
        Err(error) => {
            let p = Page::new(&req, &state, &tenant, &locale, false);
            failure_page(&req, p, &error, "")
        }
    }
}

/// The search page for `search`, with `account`'s members to book for.
async fn search_page(p: Page, state: &AppState, tenant: &Tenant, search: &SlotSearch, account: Option<Uuid>) -> SlotsPage {
    let today = tenant.config.today();
    let date = search
        .date
        .as_deref()
        .and_then(|text| NaiveDate::parse_from_str(text, "%Y-%m-%d").ok())
        .filter(|date| *date >= today)
        .unwrap_or(today);
    let mut error = None;
    let mut sessions = Vec::new();
    let places = match places(state, tenant, search).await {
        Ok(places) => places,
        Err(refused) => {
            error = Some(p.error_text(&refused));
            Vec::new()
        }
    };
    for place in &places {
        let load = async {
            state
                .availability()
                .sessions(tenant, place, date, DAYS, None)
                .await
                .map_err(ApiError::from)
        };
        let key = ListingKey {
            tenant: tenant.code,
            place: place.clone(),
            date,
            days: DAYS,
            vaccine: None,
        };
        match state.availability.listings(key, load).await {
            Ok(found) => sessions.extend(found.iter().cloned()),
            Err(refused) => error = Some(p.error_text(&refused)),
        }
    }
    sessions.sort_by_key(|session| (session.date, session.center_id));
    let members = match account {
        Some(account) if search.reschedule.is_none() => state
            .family()
            .view(tenant, account)
            .await
            .map(|family| {
                family
                    .members
                    .into_iter()
                    .filter(|member| member.appointments.is_empty())
                    .map(|member| Choice {
                        value: member.row.reference_id,
                        label: member.row.name,
                        chosen: false,
                    })
                    .collect()
            })
            .unwrap_or_default(),
        _ => Vec::new(),
    };
    let chosen_district = search.district.clone().unwrap_or_default();
    let states = tenant
        .config
        .states
        .iter()
        .map(|area| StateChoices {
            name: p.name(&area.name),
            districts: area
                .districts
                .iter()
                .map(|district| Choice {
                    value: district.id.to_string(),
                    label: p.name(&district.name),
                    chosen: chosen_district == district.id.to_string(),
                })
                .collect(),
        })
        .collect();
    SlotsPage {
        district_label: p.name(&tenant.config.admin_levels.level2),
        postal_label: p.name(&tenant.config.admin_levels.postal_code),
        states,
        pincode: search.pincode.clone().unwrap_or_default(),
        date: date.format("%Y-%m-%d").to_string(),
        moving: search.reschedule,
        error,
        searched: !places.is_empty(),
        results_title: p.with(
            "portal-slots-results",
            &[("count", Arg::Number(i64::try_from(sessions.len()).unwrap_or(i64::MAX)))],
        ),
        sessions: sessions.iter().map(|session| session_view(&p, session)).collect(),
        members,
        p,
    }
}
