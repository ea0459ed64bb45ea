//! Corrections of beneficiaries and doses: the record changes, the old values stay in an append-only trail
//! (in the tenant schema, because they hold personal data), and the platform audit log notes the action.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};
use serde_json::json;
use uuid::Uuid;

use crate::TenantTxn;
use crate::audit::{self, AuditEvent};

/// Why a correction was refused.
#[derive(Debug, thiserror::Error)]
pub enum CorrectionError {
    #[error("no such record")]
    NotFound,
    #[error(transparent)]
    Database(#[from] DbErr),
}

async fn trail(
    txn: &TenantTxn,
    subject: &str,
    id: &str,
    before: serde_json::Value,
    after: serde_json::Value,
    reason: &str,
    by: Uuid,
) -> Result<(), DbErr> {
    txn.execute(
        "INSERT INTO corrections (id, subject, subject_id, before, after, reason, corrected_by) VALUES ($1, $2, $3, $4, $5, $6, $7)",
        vec![
            Uuid::new_v4().into(),
            subject.into(),
            id.into(),
            before.into(),
            after.into(),
            reason.into(),
            by.into(),
        ],
    )
    .await?;
    let event = AuditEvent {
        actor: &by.to_string(),
        tenant: Some(txn.tenant()),
        action: &format!("{subject}.correct"),
        target: id.to_owned(),
        detail: json!({}),
    };
    audit::record(txn, event).await
}

/// What a correction of a beneficiary changes (what is `None` stays), and why.
#[derive(Debug, Clone, Copy)]
pub struct BeneficiaryChange<'a> {
    /// A new name.
    pub name: Option<&'a str>,
    /// A new year of birth.
    pub birth_year: Option<i16>,
    /// A new gender (one of the tenant's ids).
    pub gender_id: Option<i32>,
    /// Why.
    pub reason: &'a str,
}

/// Corrects a beneficiary's name, year of birth and/or gender.
pub async fn beneficiary(txn: &TenantTxn, reference: &str, change: &BeneficiaryChange<'_>, by: Uuid) -> Result<(), CorrectionError> {
    #[derive(FromQueryResult)]
    struct Current {
        name: String,
        birth_year: i16,
        gender_id: i32,
    }
    let current: Current = txn
        .one(
            "SELECT name, birth_year, gender_id FROM beneficiaries WHERE reference_id = $1 AND deleted_at IS NULL FOR UPDATE",
            vec![reference.into()],
        )
        .await?
        .ok_or(CorrectionError::NotFound)?;
    let new_name = change.name.unwrap_or(&current.name).to_owned();
    let new_year = change.birth_year.unwrap_or(current.birth_year);
    let new_gender = change.gender_id.unwrap_or(current.gender_id);
    txn.execute(
        "UPDATE beneficiaries SET name = $2, birth_year = $3, gender_id = $4 WHERE reference_id = $1",
        vec![reference.into(), new_name.clone().into(), new_year.into(), new_gender.into()],
    )
    .await?;
    let before = json!({ "name": current.name, "birth_year": current.birth_year, "gender_id": current.gender_id });
    let after = json!({ "name": new_name, "birth_year": new_year, "gender_id": new_gender });
    let reason = change.reason;
    trail(txn, "beneficiary", reference, before, after, reason, by).await?;
    Ok(())
}

/// Corrects a dose's vaccine, batch and/or date.
pub async fn dose(
    txn: &TenantTxn,
    id: Uuid,
    vaccine: Option<&str>,
    batch: Option<&str>,
    given_on: Option<NaiveDate>,
    reason: &str,
    by: Uuid,
) -> Result<(), CorrectionError> {
    #[derive(FromQueryResult)]
    struct Current {
        vaccine_code: String,
        batch: Option<String>,
        given_on: NaiveDate,
        dose: i16,
        district_id: i32,
    }
    let current: Current = txn
        .one(
            "SELECT d.vaccine_code, d.batch, d.given_on, d.dose, COALESCE(f.district_id, 0) AS district_id \
             FROM doses d LEFT JOIN facilities f ON f.id = d.facility_id WHERE d.id = $1 FOR UPDATE OF d",
            vec![id.into()],
        )
        .await?
        .ok_or(CorrectionError::NotFound)?;
    let new_vaccine = vaccine.unwrap_or(&current.vaccine_code).to_owned();
    let new_batch = batch.map(str::to_owned).or_else(|| current.batch.clone());
    let new_date = given_on.unwrap_or(current.given_on);
    txn.execute(
        "UPDATE doses SET vaccine_code = $2, batch = $3, given_on = $4 WHERE id = $1",
        vec![id.into(), new_vaccine.clone().into(), new_batch.clone().into(), new_date.into()],
    )
    .await?;
    // The dose moves in the tallies reports read: out of its old day and vaccine, into the new ones.
    for (day, vaccine, change) in [
        (current.given_on, current.vaccine_code.as_str(), -1_i64),
        (new_date, new_vaccine.as_str(), 1),
    ] {
        tally(txn, day, current.district_id, vaccine, current.dose, change).await?;
    }
    let before = json!({ "vaccine": current.vaccine_code, "batch": current.batch, "given_on": current.given_on });
    let after = json!({ "vaccine": new_vaccine, "batch": new_batch, "given_on": new_date });
    trail(txn, "dose", &id.to_string(), before, after, reason, by).await?;
    Ok(())
}

/// Adds `change` (1 or -1) to the tallies of one dose.
async fn tally(txn: &TenantTxn, day: NaiveDate, district: i32, vaccine: &str, dose: i16, change: i64) -> Result<(), sea_orm::DbErr> {
    txn.execute(
        "WITH by_day AS (INSERT INTO dose_tally_day (day, vaccine_code, dose, doses) VALUES ($1, $3, $4, $5) \
           ON CONFLICT (day, vaccine_code, dose) DO UPDATE SET doses = dose_tally_day.doses + EXCLUDED.doses RETURNING 1), \
         by_day_district AS (INSERT INTO dose_tally_day_district (day, district_id, doses) VALUES ($1, $2, $5) \
           ON CONFLICT (district_id, day) DO UPDATE SET doses = dose_tally_day_district.doses + EXCLUDED.doses RETURNING 1) \
         INSERT INTO dose_tally_district (district_id, vaccine_code, dose, doses) VALUES ($2, $3, $4, $5) \
           ON CONFLICT (district_id, vaccine_code, dose) DO UPDATE SET doses = dose_tally_district.doses + EXCLUDED.doses",
        vec![day.into(), district.into(), vaccine.into(), dose.into(), change.into()],
    )
    .await
    .map(drop)
}

/// One entry of the trail.
#[derive(Debug, Clone, FromQueryResult)]
pub struct CorrectionView {
    /// Entry id.
    pub id: Uuid,
    /// `beneficiary` or `dose`.
    pub subject: String,
    /// Reference or dose id.
    pub subject_id: String,
    /// Values before.
    pub before: serde_json::Value,
    /// Values after.
    pub after: serde_json::Value,
    /// Why.
    pub reason: String,
    /// Who.
    pub corrected_by: Uuid,
    /// When.
    pub corrected_at: chrono::DateTime<chrono::Utc>,
}

/// The trail of one record, oldest first.
pub async fn trail_of(txn: &TenantTxn, subject_id: &str) -> Result<Vec<CorrectionView>, DbErr> {
    txn.all(
        "SELECT id, subject, subject_id, before, after, reason, corrected_by, corrected_at FROM corrections WHERE subject_id = $1 ORDER BY corrected_at, id",
        vec![subject_id.into()],
    )
    .await
}
