//! `POST /api/staff/desk/verify`: identify the person at the desk by the appointment's security code or by
//! their identity document.

use actix_web::web;
use cowin_app::access::VerifyBeneficiary;
use cowin_app::vaccination::desk::Identification;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// Either the appointment, beneficiary and 4-digit code, or the identity document.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct DeskVerification {
    /// The facility of the desk.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    /// The booking (with `beneficiary_reference_id` and `security_code`).
    appointment_id: Option<Uuid>,
    /// The beneficiary.
    beneficiary_reference_id: Option<String>,
    /// The 4-digit code of their slip.
    security_code: Option<String>,
    /// Their identity document's type (with `photo_id_number`).
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    photo_id_type: Option<i32>,
    /// Its number.
    photo_id_number: Option<String>,
}

/// A dose given.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct GivenDose {
    /// Dose number.
    dose: u8,
    /// Vaccine code.
    vaccine: String,
    /// Day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
}

/// Who the person is, and where they stand.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Identified {
    /// The beneficiary.
    beneficiary_reference_id: String,
    /// Name.
    name: String,
    /// Year of birth.
    birth_year: i16,
    /// Doses so far.
    doses: Vec<GivenDose>,
    /// `Not Vaccinated`, `Partially Vaccinated` or `Vaccinated`.
    vaccination_status: String,
}

impl DeskVerification {
    fn identification(&self) -> Result<Identification, ApiError> {
        match self {
            Self {
                appointment_id: Some(appointment),
                beneficiary_reference_id: Some(reference),
                security_code: Some(code),
                ..
            } => Ok(Identification::SecurityCode {
                appointment: *appointment,
                reference: reference.clone(),
                code: code.clone(),
            }),
            Self {
                photo_id_type: Some(document_type),
                photo_id_number: Some(number),
                ..
            } => Ok(Identification::Document {
                document_type: *document_type,
                number: number.clone(),
            }),
            _ => Err(ApiError::invalid_parameter("security_code")),
        }
    }
}

/// Answers who the person is and which doses they have had, or `VERIFICATION_FAILED`.
#[utoipa::path(post, path = "/api/staff/desk/verify", tag = "desk", request_body = DeskVerification, security(("bearer" = [])),
    responses((status = 200, body = Identified)))]
pub(crate) async fn verify(
    staff: Staff<VerifyBeneficiary>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<web::Json<Identified>, ApiError> {
    let body: DeskVerification = parse(&body)?;
    let found = state
        .desk()
        .identify(&tenant, &staff, body.facility_id, &body.identification()?)
        .await?;
    Ok(web::Json(Identified {
        beneficiary_reference_id: found.beneficiary.reference_id,
        name: found.beneficiary.name,
        birth_year: found.beneficiary.birth_year,
        doses: found
            .doses
            .iter()
            .map(|dose| GivenDose {
                dose: dose.dose,
                vaccine: dose.vaccine.as_str().to_owned(),
                date: CowinDate(dose.given_on),
            })
            .collect(),
        vaccination_status: found.status.cowin_label().to_owned(),
    }))
}
