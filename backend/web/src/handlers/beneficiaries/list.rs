//! `GET /v2/appointment/beneficiaries`: the account's members with their doses and appointments.

use actix_web::{HttpResponse, web};
use cowin_core::eligibility::status;
use cowin_core::{BeneficiaryRef, LocaleTag};
use cowin_privacy::{Field, mask};
use cowin_store::TenantTxn;
use cowin_store::citizens::{accounts, beneficiaries, booking};
use serde_json::{Value, json};

use crate::citizen::tokens::Citizen;
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::availability::render::names;
use crate::handlers::params::{CowinDate, yes_no};
use crate::{ApiError, AppState};

/// Lists the account's beneficiaries as CoWIN did, with numbers masked.
#[utoipa::path(get, path = "/api/v2/appointment/beneficiaries", tag = "beneficiaries",  security(("bearer" = [])),
    responses((status = 200, description = "`{\"beneficiaries\":[{...,\"appointments\":[...]}]}` with ID and mobile numbers masked"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn list_beneficiaries(
    tenant: Tenant,
    locale: RequestLocale,
    citizen: Citizen,
    state: web::Data<AppState>,
) -> Result<HttpResponse, ApiError> {
    let vault = state.vault.tenant(tenant.code);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let members = beneficiaries::of_account(&txn, citizen.account).await?;
    let appointments = booking::live_of_account(&txn, citizen.account).await?;
    let sealed_mobile = accounts::sealed_mobile(&txn, citizen.account).await?;
    let mut doses = Vec::with_capacity(members.len());
    for member in &members {
        let given = match BeneficiaryRef::parse(&member.reference_id) {
            Some(reference) => beneficiaries::given_doses(&txn, reference).await?,
            None => Vec::new(),
        };
        doses.push(given);
    }
    txn.commit().await?;

    let mobile = sealed_mobile
        .and_then(|sealed| vault.open(Field::Mobile, &sealed).ok())
        .unwrap_or_default();
    let mobile_last4: String = mobile.chars().rev().take(4).collect::<Vec<_>>().into_iter().rev().collect();
    let english = LocaleTag::english();
    let config = &tenant.config;
    let list: Vec<Value> = members
        .iter()
        .zip(&doses)
        .map(|(member, given)| {
            let gender = config
                .genders
                .iter()
                .find(|g| g.id == member.gender_id)
                .map(|g| g.name.get(&english, &locale.default).to_owned());
            let document = config
                .id_document(member.id_document_type)
                .map(|d| d.name.get(&english, &locale.default).to_owned());
            let number = vault
                .open(Field::IdNumber, &member.id_number_encrypted)
                .map(|n| mask(&n, 4))
                .unwrap_or_default();
            let status = status(&tenant.catalogue, given).cowin_label();
            let dose_date = |index: usize| given.get(index).map(|dose| CowinDate::format(dose.given_on)).unwrap_or_default();
            let mine: Vec<Value> = appointments
                .iter()
                .filter(|a| a.beneficiary_id == member.reference_id)
                .map(|a| {
                    json!({
                        "appointment_id": a.id,
                        "session_id": a.session_id,
                        "center_id": a.center_id,
                        "name": names(&a.center_name, &locale).0,
                        "state_name": names(&a.state_name, &locale).0,
                        "district_name": names(&a.district_name, &locale).0,
                        "block_name": names(&a.block, &locale).0,
                        "pincode": a.postal_code,
                        "from": a.opens.format("%H:%M:%S").to_string(),
                        "to": a.closes.format("%H:%M:%S").to_string(),
                        "fee_type": a.fee_type,
                        "dose": a.dose,
                        "date": CowinDate::format(a.date),
                        "slot": a.slot,
                        "security_code": a.security_code,
                    })
                })
                .collect();
            json!({
                "beneficiary_reference_id": member.reference_id,
                "name": member.name,
                "birth_year": member.birth_year.to_string(),
                "gender": gender,
                "mobile_number": mobile_last4,
                "photo_id_type": document,
                "photo_id_number": number,
                "comorbidity_ind": yes_no(member.comorbidity),
                "vaccination_status": status,
                "vaccine": given.last().map(|dose| dose.vaccine.as_str().to_owned()).unwrap_or_default(),
                "dose1_date": dose_date(0),
                "dose2_date": dose_date(1),
                "appointments": mine,
            })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "beneficiaries": list })))
}
