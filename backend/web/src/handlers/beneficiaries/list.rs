//! `GET /v2/appointment/beneficiaries`: the account's members with their doses and appointments.

use actix_web::web;
use cowin_app::family::Member;
use cowin_core::LocaleTag;
use cowin_store::citizens::booking::AppointmentView;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Citizen, RequestLocale, Tenant};
use crate::handlers::params::{CowinDate, YesNo};
use crate::{ApiError, AppState};

/// A live appointment of a beneficiary.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Appointment {
    /// Appointment id.
    appointment_id: Uuid,
    /// Session.
    session_id: Uuid,
    /// Centre id.
    center_id: i64,
    /// Centre name.
    name: String,
    /// State.
    state_name: String,
    /// District.
    district_name: String,
    /// Block.
    block_name: String,
    /// Postal code.
    pincode: String,
    /// Centre opens, `HH:MM:SS`.
    from: String,
    /// Centre closes, `HH:MM:SS`.
    to: String,
    /// `Free` or `Paid`.
    fee_type: String,
    /// Dose number.
    dose: i16,
    /// Day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Time slot.
    slot: String,
    /// The code to show at the desk.
    security_code: String,
}

/// A beneficiary of the account.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Beneficiary {
    /// The 14-digit reference.
    beneficiary_reference_id: String,
    /// Name.
    name: String,
    /// Year of birth.
    birth_year: String,
    /// Gender, in English.
    gender: Option<String>,
    /// The account mobile's last four digits.
    mobile_number: String,
    /// Identity document, in English.
    photo_id_type: Option<String>,
    /// Its number, masked.
    photo_id_number: String,
    /// Comorbidity declared.
    comorbidity_ind: YesNo,
    /// `Not Vaccinated`, `Partially Vaccinated` or `Vaccinated`.
    vaccination_status: String,
    /// The last dose's vaccine code (empty before the first dose).
    vaccine: String,
    /// First dose, `DD-MM-YYYY` (empty before it).
    dose1_date: String,
    /// Second dose, `DD-MM-YYYY` (empty before it).
    dose2_date: String,
    /// Live appointments.
    appointments: Vec<Appointment>,
}

/// The account's beneficiaries.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Beneficiaries {
    /// Members of the account.
    beneficiaries: Vec<Beneficiary>,
}

impl Appointment {
    fn of(appointment: &AppointmentView, locale: &RequestLocale) -> Self {
        Self {
            appointment_id: appointment.id,
            session_id: appointment.session_id,
            center_id: appointment.center_id,
            name: locale.english(&appointment.center_name),
            state_name: locale.english(&appointment.state_name),
            district_name: locale.english(&appointment.district_name),
            block_name: locale.english(&appointment.block),
            pincode: appointment.postal_code.clone(),
            from: appointment.opens.format("%H:%M:%S").to_string(),
            to: appointment.closes.format("%H:%M:%S").to_string(),
            fee_type: appointment.fee_type.clone(),
            dose: appointment.dose,
            date: CowinDate(appointment.date),
            slot: appointment.slot.clone(),
            security_code: appointment.security_code.clone(),
        }
    }
}

impl Beneficiary {
    fn of(member: &Member, tenant: &Tenant, mobile_last4: &str, locale: &RequestLocale) -> Self {
        let english = LocaleTag::english();
        let row = &member.row;
        let dose_date = |index: usize| {
            member
                .doses
                .get(index)
                .map(|dose| CowinDate::format(dose.given_on))
                .unwrap_or_default()
        };
        Self {
            beneficiary_reference_id: row.reference_id.clone(),
            name: row.name.clone(),
            birth_year: row.birth_year.to_string(),
            gender: tenant
                .config
                .genders
                .iter()
                .find(|gender| gender.id == row.gender_id)
                .map(|gender| gender.name.get(&english, &locale.default).to_owned()),
            mobile_number: mobile_last4.to_owned(),
            photo_id_type: tenant
                .config
                .id_document(row.id_document_type)
                .map(|document| document.name.get(&english, &locale.default).to_owned()),
            photo_id_number: member.masked_number.clone(),
            comorbidity_ind: row.comorbidity.into(),
            vaccination_status: member.status.cowin_label().to_owned(),
            vaccine: member.doses.last().map(|dose| dose.vaccine.as_str().to_owned()).unwrap_or_default(),
            dose1_date: dose_date(0),
            dose2_date: dose_date(1),
            appointments: member
                .appointments
                .iter()
                .map(|appointment| Appointment::of(appointment, locale))
                .collect(),
        }
    }
}

/// Lists the account's beneficiaries as CoWIN did, with numbers masked.
#[utoipa::path(get, path = "/api/v2/appointment/beneficiaries", tag = "beneficiaries", security(("bearer" = [])),
    responses((status = 200, body = Beneficiaries)))]
pub(crate) async fn list_beneficiaries(
    tenant: Tenant,
    locale: RequestLocale,
    citizen: Citizen,
    state: web::Data<AppState>,
) -> Result<web::Json<Beneficiaries>, ApiError> {
    let family = state.family().view(&tenant, citizen.account).await?;
    Ok(web::Json(Beneficiaries {
        beneficiaries: family
            .members
            .iter()
            .map(|member| Beneficiary::of(member, &tenant, &family.mobile_last4, &locale))
            .collect(),
    }))
}
