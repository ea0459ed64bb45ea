//! `GET /account/requests` (the family's requests with their status, and the form) and `POST /account/requests`
//! (ask for a correction of a member's name, year of birth or gender, or raise a grievance), through the requests
//! service the API uses. A refused form is shown again with what was typed and the reason.

use actix_web::{HttpRequest, HttpResponse, ResponseError as _, web};
use askama::Template;
use cowin_app::vaccination::requests::{Filing, RequestKind};
use serde::Deserialize;
use uuid::Uuid;

use super::account::{Done, notice};
use super::failure::failure_page;
use super::page::{Arg, Page, render, respond};
use super::session::{citizen_form, citizen_page, see_other};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// The form's fields, kept as typed.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct RequestForm {
    #[serde(default)]
    member: String,
    #[serde(default)]
    kind: String,
    #[serde(default)]
    value: String,
    #[serde(default)]
    details: String,
}

struct Choice {
    value: String,
    label: String,
    chosen: bool,
}

struct RequestView {
    tracking: String,
    member: String,
    kind: String,
    value: Option<String>,
    details: String,
    status: String,
    note: Option<String>,
}

#[derive(Template)]
#[template(path = "portal/requests.html")]
struct RequestsPage {
    p: Page,
    notice: Option<String>,
    requests: Vec<RequestView>,
    members: Vec<Choice>,
    kinds: Vec<Choice>,
    value_hint: String,
    form: RequestForm,
    error: Option<String>,
}

fn kind_label(p: &Page, kind: &str) -> String {
    p.t(&format!("portal-request-kind-{}", kind.replace('_', "-")))
}

/// The page for `account`, with `form` in the form and `error` above it.
async fn page(
    p: Page,
    state: &AppState,
    tenant: &Tenant,
    account: Uuid,
    form: RequestForm,
    done: Option<&str>,
    error: Option<String>,
) -> Result<RequestsPage, (Page, ApiError)> {
    let family = match state.family().view(tenant, account).await {
        Ok(family) => family,
        Err(failure) => return Err((p, ApiError::from(failure))),
    };
    let rows = match state.citizen_requests().of_account(tenant, account).await {
        Ok(rows) => rows,
        Err(failure) => return Err((p, ApiError::from(failure))),
    };
    let member_name = |reference: &str| {
        family
            .members
            .iter()
            .find(|member| member.row.reference_id == reference)
            .map_or_else(|| reference.to_owned(), |member| member.row.name.clone())
    };
    let gender_name = |id: &str| {
        tenant
            .config
            .genders
            .iter()
            .find(|gender| gender.id.to_string() == id)
            .map_or_else(|| id.to_owned(), |gender| p.name(&gender.name))
    };
    let requests = rows
        .into_iter()
        .map(|row| RequestView {
            member: member_name(&row.beneficiary_id),
            value: row.requested_value.as_deref().map(|value| {
                if row.kind == "gender" {
                    gender_name(value)
                } else {
                    value.to_owned()
                }
            }),
            kind: kind_label(&p, &row.kind),
            status: p.t(&format!("portal-request-status-{}", row.status)),
            tracking: row.tracking_number,
            details: row.details,
            note: row.staff_note.filter(|note| !note.is_empty()),
        })
        .collect();
    let genders: Vec<String> = tenant
        .config
        .genders
        .iter()
        .map(|gender| format!("{} = {}", gender.id, p.name(&gender.name)))
        .collect();
    Ok(RequestsPage {
        notice: notice(&p, done),
        requests,
        members: family
            .members
            .iter()
            .map(|member| Choice {
                value: member.row.reference_id.clone(),
                label: member.row.name.clone(),
                chosen: form.member == member.row.reference_id,
            })
            .collect(),
        kinds: RequestKind::ALL
            .into_iter()
            .map(|kind| Choice {
                value: kind.as_str().to_owned(),
                label: kind_label(&p, kind.as_str()),
                chosen: form.kind == kind.as_str(),
            })
            .collect(),
        value_hint: p.with("portal-requests-value-hint", &[("genders", Arg::Text(&genders.join(", ")))]),
        form,
        error,
        p,
    })
}

/// The requests page.
pub(crate) async fn requests(
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
    match page(p, &state, &tenant, account, RequestForm::default(), query.done(), None).await {
        Ok(page) => render(&req, &page.p, &page),
        Err((p, error)) => failure_page(&req, p, &error, "account"),
    }
}

/// Files a request and shows it with its tracking number.
pub(crate) async fn file(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let (p, account, form): (_, _, RequestForm) = match citizen_form(&req, &state, &tenant, &locale, &body, "account/requests") {
        Ok(posted) => posted,
        Err(answer) => return *answer,
    };
    let filed = async {
        let filing = Filing {
            beneficiary: reference(&form.member, "member")?,
            kind: RequestKind::parse(&form.kind).ok_or_else(|| ApiError::invalid_parameter("kind"))?,
            value: Some(form.value.clone()).filter(|value| !value.trim().is_empty()),
            details: form.details.clone(),
        };
        Ok::<_, ApiError>(state.citizen_requests().file(&tenant, account, &filing).await?)
    }
    .await;
    match filed {
        Ok(_) => see_other(&p.base, "account/requests?done=filed"),
        Err(error) => {
            let status = error.status_code();
            let text = p.error_text(&error);
            match page(p, &state, &tenant, account, form, None, Some(text)).await {
                Ok(page) => respond(&req, status, &page.p, page.render()),
                Err((p, error)) => failure_page(&req, p, &error, "account"),
            }
        }
    }
}
