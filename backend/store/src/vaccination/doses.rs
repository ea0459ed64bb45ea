//! Dose records. A dose is written once per (beneficiary, dose number); the client's idempotency key lets a
//! retried request find the first result instead of recording again.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;
use crate::citizens::is_unique_violation;

/// A dose to record.
#[derive(Debug)]
pub struct NewDose<'a> {
    /// Dose id.
    pub id: Uuid,
    /// Beneficiary reference.
    pub beneficiary: &'a str,
    /// Dose number.
    pub dose: i16,
    /// Vaccine code.
    pub vaccine: &'a str,
    /// Day given.
    pub given_on: NaiveDate,
    /// Facility.
    pub facility: i64,
    /// Batch or lot number.
    pub batch: &'a str,
    /// Vaccinator.
    pub vaccinator: Uuid,
    /// Client-chosen key of the request.
    pub idempotency_key: &'a str,
}

/// A recorded dose.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct RecordedDose {
    /// Dose id.
    pub id: Uuid,
    /// Beneficiary reference.
    pub beneficiary_id: String,
    /// Dose number.
    pub dose: i16,
    /// Vaccine code.
    pub vaccine_code: String,
    /// Day given.
    pub given_on: NaiveDate,
}

/// Why a dose was not written.
#[derive(Debug, thiserror::Error)]
pub enum RecordError {
    #[error("this dose of this beneficiary is already recorded")]
    AlreadyRecorded,
    #[error("another request recorded with the same idempotency key first")]
    KeyTaken,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// The dose recorded under `key`, if any.
pub async fn by_idempotency_key(txn: &TenantTxn, key: &str) -> Result<Option<RecordedDose>, DbErr> {
    txn.one(
        "SELECT id, beneficiary_id, dose, vaccine_code, given_on FROM doses WHERE idempotency_key = $1",
        vec![key.into()],
    )
    .await
}

/// Writes the dose and completes the beneficiary's appointment for it, if any.
pub async fn record(txn: &TenantTxn, dose: &NewDose<'_>) -> Result<(), RecordError> {
    let inserted = txn
        .execute(
            "INSERT INTO doses (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch, vaccinator_id, idempotency_key) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            vec![
                dose.id.into(),
                dose.beneficiary.into(),
                dose.dose.into(),
                dose.vaccine.into(),
                dose.given_on.into(),
                dose.facility.into(),
                dose.batch.into(),
                dose.vaccinator.into(),
                dose.idempotency_key.into(),
            ],
        )
        .await;
    match inserted {
        Err(error) if is_unique_violation(&error, "doses_idempotency_key_key") => return Err(RecordError::KeyTaken),
        Err(error) if is_unique_violation(&error, "doses_beneficiary_id_dose_key") => return Err(RecordError::AlreadyRecorded),
        other => other?,
    };
    txn.execute(
        "UPDATE appointments SET status = 'completed', updated_at = now() WHERE beneficiary_id = $1 AND dose = $2 AND status = 'booked'",
        vec![dose.beneficiary.into(), dose.dose.into()],
    )
    .await?;
    Ok(())
}
