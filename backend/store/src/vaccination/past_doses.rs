//! Doses given before a country used this platform, brought in with its registry (`cowin beneficiaries import`).
//! They are written by the dose writer's own statement, so they are tallied by the day they were given, certified,
//! announced to holders with an e-mail address and complete a booked appointment exactly as a dose recorded at the
//! desk; they have no vaccinator and no idempotency key (a dose exists once per beneficiary and number, which is
//! what makes an import safe to run again).

use std::collections::HashMap;

use chrono::NaiveDate;
use cowin_core::TenantCode;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use super::certification::{FacilityFacts, NewCertificate};
use super::dose_group::write_doses_sql;
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

#[derive(Debug, FromQueryResult)]
struct Written {
    inserted: i64,
    certified: i64,
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
    let tenant: TenantCode = txn.tenant();
    let written: Written = txn
        .one(
            &write_doses_sql(&tenant.schema()),
            vec![
                doses.iter().map(|d| d.id).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.beneficiary_id.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.dose).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.vaccine_code.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.given_on).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.facility_id.unwrap_or(0)).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.batch.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|_| Uuid::nil()).collect::<Vec<_>>().into(),
                doses.iter().map(|_| String::new()).collect::<Vec<_>>().into(),
                certificates.iter().map(|c| c.id).collect::<Vec<_>>().into(),
                certificates.iter().map(|c| c.dose_id).collect::<Vec<_>>().into(),
                certificates.iter().map(|c| c.beneficiary_id.clone()).collect::<Vec<_>>().into(),
                certificates
                    .iter()
                    .map(|c| c.licence_id.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .into(),
                certificates.iter().map(|c| c.payload.clone()).collect::<Vec<_>>().into(),
                tenant.as_str().into(),
                follow_up_every.into(),
            ],
        )
        .await?
        .ok_or(PastDoseError::Raced)?;
    if usize::try_from(written.inserted).ok() != Some(doses.len()) {
        return Err(PastDoseError::Raced);
    }
    if usize::try_from(written.certified).ok() != Some(doses.len()) {
        return Err(DbErr::Custom("a past dose has no certificate".into()).into());
    }
    Ok(())
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
