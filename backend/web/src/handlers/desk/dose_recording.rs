//! Recording one dose: the rules of `POST /api/staff/doses`, shared by the bulk upload of offline work.

use cowin_core::eligibility::{GivenDose, SessionOffer, VaccinationStatus, check_booking, status};
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries::given_doses;
use cowin_store::vaccination::desk::by_reference;
use cowin_store::vaccination::doses::{RecordedDose, by_idempotency_key};
use cowin_store::vaccination::group_writer::{DoseWrite, Written};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::staff::access::Staff;
use crate::{ApiError, AppState};

/// The dose, with a key the client keeps for retries.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub(crate) struct DoseRecord {
    /// Chosen by the client, unique per dose record; a retry with the same key returns the first result.
    pub(crate) idempotency_key: String,
    beneficiary_reference_id: String,
    facility_id: i64,
    vaccine: String,
    batch: String,
    dose: u8,
    /// `DD-MM-YYYY`; today if absent (bulk uploads of offline work give it).
    #[schema(value_type = Option<String>)]
    given_on: Option<CowinDate>,
}

/// What recording one dose did.
#[derive(Debug)]
pub(crate) struct Outcome {
    /// The dose as recorded (now or by the first request with the same key).
    pub(crate) recorded: RecordedDose,
    /// The beneficiary's status after it.
    pub(crate) status: VaccinationStatus,
    /// Whether an earlier request with the same key had already recorded it.
    pub(crate) replayed: bool,
}

impl Outcome {
    /// The JSON every dose endpoint answers with.
    pub(crate) fn to_json(&self) -> serde_json::Value {
        json!({
            "dose_id": self.recorded.id,
            "beneficiary_reference_id": self.recorded.beneficiary_id,
            "dose": self.recorded.dose,
            "vaccine": self.recorded.vaccine_code,
            "given_on": CowinDate::format(self.recorded.given_on),
            "vaccination_status": self.status.cowin_label(),
        })
    }
}

/// Records one dose if the catalogue's rules in force on its day allow it, completing the appointment; a
/// retry with the same idempotency key answers the first result.
pub(crate) async fn record_one<A>(state: &AppState, tenant: &Tenant, staff: &Staff<A>, body: &DoseRecord) -> Result<Outcome, ApiError> {
    let key = body.idempotency_key.trim();
    if key.is_empty() || key.len() > 100 {
        return Err(ApiError::invalid_parameter("idempotency_key"));
    }
    let reference = BeneficiaryRef::parse(body.beneficiary_reference_id.trim())
        .ok_or_else(|| ApiError::invalid_parameter("beneficiary_reference_id"))?;
    let vaccine = VaccineCode::parse(body.vaccine.trim()).map_err(|_| ApiError::invalid_parameter("vaccine"))?;
    let batch = body.batch.trim();
    if batch.is_empty() || batch.len() > 50 {
        return Err(ApiError::invalid_parameter("batch"));
    }
    let given_on = body.given_on.map_or_else(|| tenant.config.today(), |date| date.0);
    if given_on > tenant.config.today() {
        return Err(ApiError::invalid_parameter("given_on"));
    }

    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    staff.require_facility(&txn, body.facility_id).await?;
    if let Some(first) = by_idempotency_key(&txn, key).await? {
        let same =
            first.beneficiary_id == reference.to_string() && first.dose == i16::from(body.dose) && first.vaccine_code == vaccine.as_str();
        if !same {
            return Err(ApiError::new(ErrorCode::IdempotencyKeyReused));
        }
        let history = given_doses(&txn, reference).await?;
        txn.commit().await?;
        return Ok(Outcome {
            status: status(&tenant.catalogue, &history),
            recorded: first,
            replayed: true,
        });
    }
    let beneficiary = by_reference(&txn, &reference.to_string())
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::BeneficiaryNotFound))?;
    let mut history = given_doses(&txn, reference).await?;
    if history.iter().any(|given| given.dose == body.dose) {
        return Err(ApiError::new(ErrorCode::DoseAlreadyRecorded));
    }
    let offer = SessionOffer {
        date: given_on,
        vaccine: &vaccine,
        min_age: 0,
        max_age: None,
    };
    check_booking(&tenant.catalogue, i32::from(beneficiary.birth_year), &history, body.dose, &offer)?;
    // The reads are done; the write joins whatever other doses of this tenant are waiting and is answered
    // once their shared commit is durable.
    txn.commit().await?;
    let reference_text = reference.to_string();
    let write = DoseWrite {
        id: Uuid::new_v4(),
        beneficiary: reference_text.clone(),
        dose: i16::from(body.dose),
        vaccine: vaccine.as_str().to_owned(),
        given_on,
        facility: body.facility_id,
        batch: batch.to_owned(),
        vaccinator: staff.id,
        idempotency_key: key.to_owned(),
    };
    let dose_id = write.id;
    if state.dose_writer.write(tenant.code, write).await? == Written::Conflict {
        // Another request recorded this dose first. If it was a retry of this one (same key), answer what it
        // recorded; otherwise the dose exists under another key.
        let txn = TenantTxn::begin(&state.db, tenant.code).await?;
        let Some(first) = by_idempotency_key(&txn, key).await? else {
            return Err(ApiError::new(ErrorCode::DoseAlreadyRecorded));
        };
        let history = given_doses(&txn, reference).await?;
        txn.commit().await?;
        return Ok(Outcome {
            status: status(&tenant.catalogue, &history),
            recorded: first,
            replayed: true,
        });
    }
    history.push(GivenDose {
        dose: body.dose,
        vaccine: vaccine.clone(),
        given_on,
    });
    let recorded = RecordedDose {
        id: dose_id,
        beneficiary_id: reference_text,
        dose: i16::from(body.dose),
        vaccine_code: vaccine.as_str().to_owned(),
        given_on,
    };
    Ok(Outcome {
        status: status(&tenant.catalogue, &history),
        recorded,
        replayed: false,
    })
}
