//! Reading dose records. (Writing is the group writer's job.) A dose exists once per (beneficiary, dose
//! number); the client's idempotency key lets a retried request find the first result.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

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

/// The dose recorded under `key`, if any.
pub async fn by_idempotency_key(txn: &TenantTxn, key: &str) -> Result<Option<RecordedDose>, DbErr> {
    txn.one(
        "SELECT id, beneficiary_id, dose, vaccine_code, given_on FROM doses WHERE idempotency_key = $1",
        vec![key.into()],
    )
    .await
}

/// The beneficiary a dose was given to.
pub async fn beneficiary_of(txn: &TenantTxn, dose: Uuid) -> Result<Option<String>, DbErr> {
    #[derive(Debug, FromQueryResult)]
    struct Row {
        beneficiary_id: String,
    }
    let row: Option<Row> = txn.one("SELECT beneficiary_id FROM doses WHERE id = $1", vec![dose.into()]).await?;
    Ok(row.map(|row| row.beneficiary_id))
}
