//! `GET /v2/appointment/appointmentslip/download`: the appointment slip of a booking, as a PDF.

use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpResponse, web};
use cowin_core::{ErrorCode, LocaleTag};
use cowin_store::TenantTxn;
use cowin_store::citizens::{beneficiaries, booking};
use serde::Deserialize;
use uuid::Uuid;

use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// `?appointment_id=` (and which beneficiary of the booking, if it covers several).
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub(crate) struct SlipQuery {
    /// The booking (`appointment_confirmation_no`).
    appointment_id: Uuid,
    /// One beneficiary of the booking; the first if absent.
    beneficiary_reference_id: Option<String>,
}

fn localised(value: &serde_json::Value, tenant: &Tenant) -> String {
    value
        .get(tenant.default_locale.as_str())
        .or_else(|| value.get(LocaleTag::english().as_str()))
        .and_then(serde_json::Value::as_str)
        .unwrap_or_default()
        .to_owned()
}

/// The slip of a live appointment of one of the citizen's beneficiaries: who, where, when, and the security code.
#[utoipa::path(get, path = "/api/v2/appointment/appointmentslip/download", tag = "appointments", params(SlipQuery),
    security(("bearer" = [])),
    responses((status = 200, description = "`application/pdf`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn slip(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    query: web::Query<SlipQuery>,
) -> Result<HttpResponse, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let appointments = booking::live_of_account(&txn, citizen.account).await?;
    let people = beneficiaries::of_account(&txn, citizen.account).await?;
    txn.commit().await?;
    let wanted = query.beneficiary_reference_id.as_deref().map(str::trim);
    let appointment = appointments
        .iter()
        .find(|appointment| {
            appointment.id == query.appointment_id && wanted.is_none_or(|reference| appointment.beneficiary_id == reference)
        })
        .ok_or_else(|| ApiError::new(ErrorCode::AppointmentNotFound))?;
    let name = people
        .iter()
        .find(|person| person.reference_id == appointment.beneficiary_id)
        .map(|person| person.name.clone())
        .unwrap_or_default();
    let rows = vec![
        ("name".to_owned(), name),
        ("reference".to_owned(), appointment.beneficiary_id.clone()),
        ("appointment".to_owned(), appointment.id.to_string()),
        (
            "centre".to_owned(),
            format!(
                "{}, {}",
                localised(&appointment.center_name, &tenant),
                localised(&appointment.district_name, &tenant)
            ),
        ),
        ("date".to_owned(), appointment.date.format("%d-%m-%Y").to_string()),
        ("slot".to_owned(), appointment.slot.clone()),
        ("booked-dose".to_owned(), appointment.dose.to_string()),
    ];
    let licence = state
        .tenants
        .licence(tenant.code)
        .and_then(|licence| licence.as_ref().as_ref().ok().map(|verified| verified.id().to_owned()));
    let (renderer, localizer, record, code) = (
        std::sync::Arc::clone(&state.renderer),
        std::sync::Arc::clone(&state.localizer),
        std::sync::Arc::clone(&tenant.0),
        appointment.security_code.clone(),
    );
    let pdf = tokio::task::spawn_blocking(move || renderer.slip(&record, &localizer, rows, &code, licence))
        .await
        .map_err(|error| ApiError::internal(&error))??;
    Ok(HttpResponse::Ok()
        .content_type("application/pdf")
        .insert_header((
            CONTENT_DISPOSITION,
            format!("inline; filename=\"appointment-{}.pdf\"", query.appointment_id),
        ))
        .body(pdf))
}
