//! Recording doses: the rules of `POST /api/staff/doses`, shared by the bulk upload of offline work. The
//! handler checks what it can without the database; the tenant's dose writer judges the rest (facility,
//! retry, beneficiary, catalogue) in a group with other records and answers once the dose is durable.

use cowin_core::BeneficiaryRef;
use cowin_core::eligibility::VaccinationStatus;
use cowin_core::vaccine::VaccineCode;
use cowin_store::vaccination::dose_group::{DoseRequest, DoseVerdict};
use cowin_store::vaccination::doses::RecordedDose;
use serde::Deserialize;
use serde_json::json;

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
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    vaccine: String,
    batch: String,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
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

/// The record as a request to the dose writer, or the first field that is wrong.
fn parse<A>(tenant: &Tenant, staff: &Staff<A>, body: &DoseRecord) -> Result<DoseRequest, ApiError> {
    let key = body.idempotency_key.trim();
    if key.is_empty() || key.len() > 100 {
        return Err(ApiError::invalid_parameter("idempotency_key"));
    }
    let beneficiary = BeneficiaryRef::parse(body.beneficiary_reference_id.trim())
        .ok_or_else(|| ApiError::invalid_parameter("beneficiary_reference_id"))?;
    let vaccine = VaccineCode::parse(body.vaccine.trim()).map_err(|_| ApiError::invalid_parameter("vaccine"))?;
    let batch = body.batch.trim();
    if batch.is_empty() || batch.len() > 50 {
        return Err(ApiError::invalid_parameter("batch"));
    }
    if body.dose == 0 {
        return Err(ApiError::invalid_parameter("dose"));
    }
    let today = tenant.config.today();
    let given_on = body.given_on.map_or(today, |date| date.0);
    if given_on > today {
        return Err(ApiError::invalid_parameter("given_on"));
    }
    Ok(DoseRequest {
        idempotency_key: key.to_owned(),
        beneficiary,
        dose: body.dose,
        vaccine,
        given_on,
        facility: body.facility_id,
        batch: batch.to_owned(),
        vaccinator: staff.id,
        scope: staff.scope(),
        catalogue: tenant.catalogue.clone(),
    })
}

fn outcome(verdict: DoseVerdict) -> Result<Outcome, ApiError> {
    match verdict {
        DoseVerdict::Recorded { dose, status } => Ok(Outcome {
            recorded: dose,
            status,
            replayed: false,
        }),
        DoseVerdict::Replayed { dose, status } => Ok(Outcome {
            recorded: dose,
            status,
            replayed: true,
        }),
        DoseVerdict::Refused(refusal) => Err(refusal.into()),
    }
}

/// Records one dose if the catalogue's rules in force on its day allow it, completing the appointment; a
/// retry with the same idempotency key answers the first result.
pub(crate) async fn record_one<A>(state: &AppState, tenant: &Tenant, staff: &Staff<A>, body: &DoseRecord) -> Result<Outcome, ApiError> {
    let request = parse(tenant, staff, body)?;
    outcome(state.dose_writer.write(tenant.code, request).await?)
}

/// Records many doses, each judged on its own in the order given; one result per record.
pub(crate) async fn record_many<A>(
    state: &AppState,
    tenant: &Tenant,
    staff: &Staff<A>,
    bodies: &[DoseRecord],
) -> Result<Vec<Result<Outcome, ApiError>>, ApiError> {
    let mut results: Vec<Option<Result<Outcome, ApiError>>> = Vec::with_capacity(bodies.len());
    let mut requests = Vec::new();
    for body in bodies {
        match parse(tenant, staff, body) {
            Ok(request) => {
                requests.push(request);
                results.push(None);
            }
            Err(error) => results.push(Some(Err(error))),
        }
    }
    let mut verdicts = state.dose_writer.write_all(tenant.code, requests).await?.into_iter();
    Ok(results
        .into_iter()
        .map(|result| match result {
            Some(refused) => refused,
            None => match verdicts.next() {
                Some(Ok(verdict)) => outcome(verdict),
                Some(Err(error)) => Err(error.into()),
                None => Err(ApiError::internal(&"dose writer answered too few records")),
            },
        })
        .collect())
}
