//! `GET /account`: the signed-in citizen's family, with each member's doses, certificate, live appointments (slip,
//! reschedule, cancel) and what can be done next.

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use cowin_app::family::Member;
use cowin_core::eligibility::VaccinationStatus;
use serde::Deserialize;

use super::failure::failure_page;
use super::page::{Arg, Page, render};
use super::session::citizen_page;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

struct AppointmentView {
    id: uuid::Uuid,
    title: String,
    when: String,
    centre: String,
    place: String,
    district_id: String,
}

struct MemberView {
    reference: String,
    name: String,
    birth_year: i16,
    status: String,
    doses: Vec<String>,
    appointments: Vec<AppointmentView>,
    can_book: bool,
    can_remove: bool,
    remove_label: String,
}

#[derive(Template)]
#[template(path = "portal/account.html")]
struct AccountPage {
    p: Page,
    notice: Option<String>,
    limit_text: String,
    members: Vec<MemberView>,
    can_add: bool,
}

/// What a change that sent the citizen here did (`?done=`).
#[derive(Debug, Deserialize)]
pub(crate) struct Done {
    done: Option<String>,
}

impl Done {
    /// The change named.
    pub(crate) fn done(&self) -> Option<&str> {
        self.done.as_deref()
    }
}

/// The message of a `done` the portal's own changes name; anything else shows nothing.
pub(crate) fn notice(p: &Page, done: Option<&str>) -> Option<String> {
    let id = match done? {
        "booked" => "portal-done-booked",
        "rescheduled" => "portal-done-rescheduled",
        "cancelled" => "portal-done-cancelled",
        "added" => "portal-done-added",
        "removed" => "portal-done-removed",
        "signed-out" => "portal-done-signed-out",
        "filed" => "portal-done-filed",
        _ => return None,
    };
    Some(p.t(id))
}

fn status_text(p: &Page, status: VaccinationStatus) -> String {
    p.t(match status {
        VaccinationStatus::NotVaccinated => "portal-status-not-vaccinated",
        VaccinationStatus::Partially => "portal-status-partially",
        VaccinationStatus::Fully => "portal-status-fully",
        VaccinationStatus::Boosted => "portal-status-boosted",
    })
}

fn member_view(p: &Page, tenant: &Tenant, member: &Member) -> MemberView {
    let district_of = |centre: i64| {
        tenant
            .config
            .facilities
            .iter()
            .find(|facility| facility.id == centre)
            .map(|facility| facility.district_id.to_string())
            .unwrap_or_default()
    };
    let doses = member
        .doses
        .iter()
        .map(|dose| {
            p.with(
                "portal-dose-line",
                &[
                    ("dose", Arg::Number(i64::from(dose.dose))),
                    ("vaccine", Arg::Text(&p.vaccine_name(dose.vaccine.as_str()))),
                    ("date", Arg::Text(&p.date(dose.given_on))),
                ],
            )
        })
        .collect();
    let appointments: Vec<AppointmentView> = member
        .appointments
        .iter()
        .map(|appointment| AppointmentView {
            id: appointment.id,
            title: p.with("portal-appointment", &[("dose", Arg::Number(i64::from(appointment.dose)))]),
            when: p.with(
                "portal-appointment-when",
                &[
                    ("date", Arg::Text(&p.date(appointment.date))),
                    ("slot", Arg::Text(&appointment.slot)),
                ],
            ),
            centre: p.stored_name(&appointment.center_name),
            place: format!(
                "{}, {}, {} {}",
                p.stored_name(&appointment.block),
                p.stored_name(&appointment.district_name),
                p.stored_name(&appointment.state_name),
                appointment.postal_code
            ),
            district_id: district_of(appointment.center_id),
        })
        .collect();
    MemberView {
        reference: member.row.reference_id.clone(),
        name: member.row.name.clone(),
        birth_year: member.row.birth_year,
        status: status_text(p, member.status),
        doses,
        can_book: appointments.is_empty() && member.status != VaccinationStatus::Boosted,
        appointments,
        can_remove: member.doses.is_empty(),
        remove_label: p.with("portal-member-remove", &[("name", Arg::Text(&member.row.name))]),
    }
}

/// The family page; without a session, the sign-in page.
pub(crate) async fn account(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    query: web::Query<Done>,
) -> HttpResponse {
    let (p, account) = match citizen_page(&req, &state, &tenant, &locale) {
        Ok(started) => started,
        Err(first) => return first.response(),
    };
    let family = match state.family().view(&tenant, account).await {
        Ok(family) => family,
        Err(error) => return failure_page(&req, p, &ApiError::from(error), ""),
    };
    let limit = tenant.config.members_per_account;
    let page = AccountPage {
        notice: notice(&p, query.done()),
        limit_text: p.with("portal-account-lead", &[("limit", Arg::Number(i64::from(limit)))]),
        members: family.members.iter().map(|member| member_view(&p, &tenant, member)).collect(),
        can_add: family.members.len() < usize::from(limit),
        p,
    };
    render(&req, &page.p, &page)
}
