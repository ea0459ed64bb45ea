//! Adding and removing family members: `GET /account/members/new` (the form), `POST /account/members` (register,
//! as `beneficiary/new` does) and `POST /account/members/remove`. A refused registration shows the form again with
//! everything typed and the reason.

use actix_web::{HttpRequest, HttpResponse, ResponseError as _, web};
use askama::Template;
use chrono::Datelike as _;
use cowin_app::family::registration::Registration;
use serde::Deserialize;

use super::failure::failure_page;
use super::page::{Arg, Page, render, respond};
use super::session::{citizen_form, citizen_page, posted, see_other};
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// The registration form's fields, kept as typed so a refused form is shown again unchanged.
#[derive(Debug, Default, Deserialize)]
pub(crate) struct MemberForm {
    #[serde(default)]
    name: String,
    #[serde(default)]
    birth_year: String,
    #[serde(default)]
    gender: String,
    #[serde(default)]
    id_type: String,
    #[serde(default)]
    id_number: String,
    comorbidity: Option<String>,
}

/// One choice of a list.
struct Choice {
    value: String,
    label: String,
    chosen: bool,
}

#[derive(Template)]
#[template(path = "portal/member_new.html")]
struct MemberPage {
    p: Page,
    form: MemberForm,
    genders: Vec<Choice>,
    documents: Vec<Choice>,
    examples: String,
    this_year: i32,
    error: Option<String>,
}

fn member_page(p: Page, tenant: &Tenant, form: MemberForm, error: Option<String>) -> MemberPage {
    let genders = tenant
        .config
        .genders
        .iter()
        .map(|gender| Choice {
            value: gender.id.to_string(),
            label: p.name(&gender.name),
            chosen: form.gender == gender.id.to_string(),
        })
        .collect();
    let documents = tenant
        .config
        .id_documents
        .iter()
        .map(|document| Choice {
            value: document.id.to_string(),
            label: p.name(&document.name),
            chosen: form.id_type == document.id.to_string(),
        })
        .collect();
    let examples: Vec<String> = tenant
        .config
        .id_documents
        .iter()
        .map(|document| format!("{}: {}", p.name(&document.name), document.example))
        .collect();
    MemberPage {
        examples: p.with("portal-id-number-hint", &[("examples", Arg::Text(&examples.join("; ")))]),
        this_year: chrono::Utc::now().year(),
        genders,
        documents,
        form,
        error,
        p,
    }
}

/// A whole number typed in a form field.
fn number<T: std::str::FromStr>(text: &str, field: &'static str) -> Result<T, ApiError> {
    text.trim().parse().map_err(|_| ApiError::invalid_parameter(field))
}

/// The empty form.
pub(crate) async fn new_member(req: HttpRequest, tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    let (p, _) = match citizen_page(&req, &state, &tenant, &locale) {
        Ok(started) => started,
        Err(first) => return first.response(),
    };
    let page = member_page(p, &tenant, MemberForm::default(), None);
    render(&req, &page.p, &page)
}

/// Registers the member and goes back to the family.
pub(crate) async fn add(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    let (p, account, form): (_, _, MemberForm) = match citizen_form(&req, &state, &tenant, &locale, &body, "account/members/new") {
        Ok(posted) => posted,
        Err(answer) => return *answer,
    };
    let registration = (|| {
        Ok::<_, ApiError>(Registration {
            name: form.name.clone(),
            birth_year: number(&form.birth_year, "birth_year")?,
            gender_id: number(&form.gender, "gender_id")?,
            photo_id_type: number(&form.id_type, "photo_id_type")?,
            photo_id_number: form.id_number.clone(),
            comorbidity: Some(if form.comorbidity.is_some() { "Y" } else { "N" }.to_owned()),
            consent_version: None,
        })
    })();
    let registered = match registration {
        Ok(registration) => state
            .family()
            .register(&tenant, account, &registration, &locale.locale)
            .await
            .map_err(ApiError::from),
        Err(error) => Err(error),
    };
    match registered {
        Ok(_) => see_other(&p.base, "account?done=added"),
        Err(error) => {
            let text = p.error_text(&error);
            let page = member_page(p, &tenant, form, Some(text));
            respond(&req, error.status_code(), &page.p, page.render())
        }
    }
}

/// Removes a member who has had no dose.
pub(crate) async fn remove(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> HttpResponse {
    #[derive(Deserialize)]
    struct Removal {
        #[serde(default)]
        member: String,
    }
    let (p, account) = match citizen_page(&req, &state, &tenant, &locale) {
        Ok(started) => started,
        Err(first) => return first.response(),
    };
    let removed = match posted::<Removal>(&req, &body).and_then(|removal| reference(&removal.member, "member")) {
        Ok(member) => state.family().delete(&tenant, account, member).await.map_err(ApiError::from),
        Err(error) => Err(error),
    };
    match removed {
        Ok(()) => see_other(&p.base, "account?done=removed"),
        Err(error) => failure_page(&req, p, &error, "account"),
    }
}
