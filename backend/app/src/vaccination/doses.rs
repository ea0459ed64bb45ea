//! Recording doses, one at the desk or many from a day worked offline. What can be checked without the database is
//! checked here; the tenant's dose writer judges the rest (facility, retry, beneficiary, catalogue) in a group with
//! other records and answers once the dose, and its certificate, are durable.

use chrono::NaiveDate;
use cowin_core::eligibility::VaccinationStatus;
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, IdempotencyKey};
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::dose_group::{DoseRequest, DoseVerdict};
use cowin_store::vaccination::doses::RecordedDose;
use cowin_store::vaccination::group_writer::GroupWriter;

use super::error::VaccinationError;
use crate::staff::StaffMember;

/// Records in one upload of offline work, at most.
pub const MAX_RECORDS: usize = 500;

/// A dose record as a client sends it.
#[derive(Debug, Clone)]
pub struct DoseRecord {
    /// Unique per record; a retry with the same key answers the first result.
    pub idempotency_key: String,
    /// The beneficiary.
    pub beneficiary: String,
    /// Where.
    pub facility: i64,
    /// Vaccine code.
    pub vaccine: String,
    /// Batch or lot.
    pub batch: String,
    /// Dose number.
    pub dose: u8,
    /// Day given; today if absent (offline work gives it).
    pub given_on: Option<NaiveDate>,
}

/// What recording one dose did.
#[derive(Debug, Clone)]
pub struct Recorded {
    /// The dose as recorded (now, or by the first request with the same key).
    pub dose: RecordedDose,
    /// The beneficiary's status after it.
    pub status: VaccinationStatus,
    /// Whether an earlier request with the same key had already recorded it.
    pub replayed: bool,
}

/// Dose records of a tenant.
#[derive(Debug)]
pub struct Doses<'a> {
    /// Writes doses in groups, each with its certificate.
    pub writer: &'a GroupWriter,
}

/// The record as a request to the dose writer, or the first field that is wrong.
fn request(tenant: &TenantRecord, staff: &StaffMember, record: &DoseRecord) -> Result<DoseRequest, VaccinationError> {
    let key = IdempotencyKey::parse(&record.idempotency_key).ok_or(VaccinationError::InvalidField("idempotency_key"))?;
    let beneficiary = BeneficiaryRef::parse(record.beneficiary.trim()).ok_or(VaccinationError::InvalidField("beneficiary_reference_id"))?;
    let vaccine = VaccineCode::parse(record.vaccine.trim()).map_err(|_| VaccinationError::InvalidField("vaccine"))?;
    let batch = record.batch.trim();
    if batch.is_empty() || batch.len() > 50 {
        return Err(VaccinationError::InvalidField("batch"));
    }
    if record.dose == 0 {
        return Err(VaccinationError::InvalidField("dose"));
    }
    let today = tenant.config.today();
    let given_on = record.given_on.unwrap_or(today);
    if given_on > today {
        return Err(VaccinationError::InvalidField("given_on"));
    }
    Ok(DoseRequest {
        idempotency_key: key.as_str().to_owned(),
        beneficiary,
        dose: record.dose,
        vaccine,
        given_on,
        facility: record.facility,
        batch: batch.to_owned(),
        vaccinator: staff.id,
        scope: staff.scope(),
        catalogue: tenant.catalogue.clone(),
    })
}

fn recorded(verdict: DoseVerdict) -> Result<Recorded, VaccinationError> {
    match verdict {
        DoseVerdict::Recorded { dose, status } => Ok(Recorded {
            dose,
            status,
            replayed: false,
        }),
        DoseVerdict::Replayed { dose, status } => Ok(Recorded {
            dose,
            status,
            replayed: true,
        }),
        DoseVerdict::Refused(refusal) => Err(VaccinationError::Dose(refusal)),
    }
}

impl Doses<'_> {
    /// Records one dose if the catalogue's rules in force on its day allow it, completing the appointment.
    pub async fn record(&self, tenant: &TenantRecord, staff: &StaffMember, record: &DoseRecord) -> Result<Recorded, VaccinationError> {
        let request = request(tenant, staff, record)?;
        recorded(self.writer.write(tenant.code, request).await?)
    }

    /// Records many doses, each judged on its own in the order given; one result per record.
    pub async fn record_many(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        records: &[DoseRecord],
    ) -> Result<Vec<Result<Recorded, VaccinationError>>, VaccinationError> {
        if records.is_empty() || records.len() > MAX_RECORDS {
            return Err(VaccinationError::InvalidField("records"));
        }
        let mut results: Vec<Option<Result<Recorded, VaccinationError>>> = Vec::with_capacity(records.len());
        let mut requests = Vec::new();
        for record in records {
            match request(tenant, staff, record) {
                Ok(request) => {
                    requests.push(request);
                    results.push(None);
                }
                Err(error) => results.push(Some(Err(error))),
            }
        }
        let mut verdicts = self.writer.write_all(tenant.code, requests).await?.into_iter();
        Ok(results
            .into_iter()
            .map(|result| match result {
                Some(refused) => refused,
                None => match verdicts.next() {
                    Some(Ok(verdict)) => recorded(verdict),
                    Some(Err(error)) => Err(error.into()),
                    None => Err(VaccinationError::Stored("the dose writer answered too few records".to_owned())),
                },
            })
            .collect())
    }
}
