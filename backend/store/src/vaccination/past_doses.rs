//! Doses given before a country used this platform, brought in with its registry (`cowin beneficiaries import`).
//! They are written by the dose writer's own statement, so they are tallied by the day they were given, certified,
//! announced to holders with an e-mail address and complete a booked appointment exactly as a dose recorded at the
//! desk; they have no vaccinator and no idempotency key (a dose exists once per beneficiary and number, which is
//! what makes an import safe to run again).

use std::collections::HashMap;

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use super::certification::{FacilityFacts, NewCertificate};
use super::dose_group::{DoseToWrite, Wrote, write_doses, write_doses_sql};
use crate::TenantTxn;

/// A past dose to write.
#[derive(Debug, Clone)]
pub struct PastDose {
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
    /// Where, if the registry says.
    pub facility_id: Option<i64>,
    /// Batch or lot (empty when unknown).
    pub batch: String,
}

/// Why past doses were not written.
#[derive(Debug, thiserror::Error)]
pub enum PastDoseError {
    /// Someone recorded one of these doses since they were read: read and judge again.
    #[error("a dose was recorded by someone else meanwhile")]
    Raced,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Writes `doses` with their `certificates` (one each) in the caller's transaction; `follow_up_every` queues every
/// certificate's PDF, as the issuer's setting says.
pub async fn write(
    txn: &TenantTxn,
    doses: &[PastDose],
    certificates: &[NewCertificate],
    follow_up_every: bool,
) -> Result<(), PastDoseError> {
    if doses.is_empty() {
        return Ok(());
    }
    let rows: Vec<DoseToWrite> = doses
        .iter()
        .map(|dose| DoseToWrite {
            id: dose.id,
            beneficiary_id: dose.beneficiary_id.clone(),
            dose: dose.dose,
            vaccine_code: dose.vaccine_code.clone(),
            given_on: dose.given_on,
            facility_id: dose.facility_id,
            batch: dose.batch.clone(),
            vaccinator_id: None,
            idempotency_key: None,
        })
        .collect();
    match write_doses(txn, &write_doses_sql(&txn.tenant().schema()), &rows, certificates, follow_up_every).await? {
        Wrote::All => Ok(()),
        Wrote::Raced => Err(PastDoseError::Raced),
    }
}

#[derive(Debug, FromQueryResult)]
struct FacilityRow {
    facts: serde_json::Value,
}

/// The facilities among `ids` that exist, with what certificates print about them.
pub async fn facilities(txn: &TenantTxn, ids: &[i64]) -> Result<HashMap<i64, FacilityFacts>, DbErr> {
    if ids.is_empty() {
        return Ok(HashMap::new());
    }
    let rows: Vec<FacilityRow> = txn
        .all(
            "SELECT json_build_object('id', f.id, 'district_id', f.district_id, 'name', f.name, 'address', f.address, \
             'district', d.name, 'state', s.name) AS facts \
             FROM facilities f JOIN districts d ON d.id = f.district_id JOIN states s ON s.id = d.state_id WHERE f.id = ANY($1)",
            vec![ids.to_vec().into()],
        )
        .await?;
    rows.into_iter()
        .map(|row| {
            let facts: FacilityFacts = serde_json::from_value(row.facts).map_err(|error| DbErr::Json(error.to_string()))?;
            Ok((facts.id, facts))
        })
        .collect()
}
