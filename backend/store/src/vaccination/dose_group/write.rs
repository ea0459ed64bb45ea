//! Writing a group's accepted doses: one statement inserts them and completes their appointments.

use cowin_core::SchemaName;
use sea_orm::FromQueryResult;

use super::facts::DoseRow;
use super::{DoseRequest, GroupError};
use crate::TenantTxn;

#[derive(Debug, FromQueryResult)]
struct Written {
    inserted: i64,
}

/// The group's insert and the completion of its appointments, in one statement (qualified by schema for the
/// same reason as the read: see `facts::read_facts_sql`).
pub(super) fn write_doses_sql(schema: &SchemaName) -> String {
    format!(
        "WITH inserted AS (\
         INSERT INTO {schema}.doses (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch, vaccinator_id, idempotency_key) \
         SELECT * FROM unnest($1::uuid[], $2::text[], $3::int2[], $4::text[], $5::date[], $6::int8[], $7::text[], $8::uuid[], $9::text[]) \
         ON CONFLICT DO NOTHING RETURNING beneficiary_id, dose), \
       completed AS (\
         UPDATE {schema}.appointments a SET status = 'completed', updated_at = now() FROM inserted i \
         WHERE a.beneficiary_id = i.beneficiary_id AND a.dose = i.dose AND a.status = 'booked' RETURNING 1) \
       SELECT (SELECT count(*) FROM inserted) AS inserted, (SELECT count(*) FROM completed) AS completed"
    )
}

/// Inserts `accepted` (with their requests' facility, batch, vaccinator and key) and completes their appointments.
pub(super) async fn insert_doses(
    txn: &TenantTxn,
    sql: &str,
    requests: &[DoseRequest],
    accepted: &[(usize, DoseRow)],
) -> Result<(), GroupError> {
    let request = |index: usize| &requests[index];
    let written: Written = txn
        .one(
            sql,
            vec![
                accepted.iter().map(|(_, row)| row.id).collect::<Vec<_>>().into(),
                accepted
                    .iter()
                    .map(|(_, row)| row.beneficiary_id.clone())
                    .collect::<Vec<_>>()
                    .into(),
                accepted.iter().map(|(_, row)| row.dose).collect::<Vec<_>>().into(),
                accepted.iter().map(|(_, row)| row.vaccine_code.clone()).collect::<Vec<_>>().into(),
                accepted.iter().map(|(_, row)| row.given_on).collect::<Vec<_>>().into(),
                accepted.iter().map(|(i, _)| request(*i).facility).collect::<Vec<_>>().into(),
                accepted.iter().map(|(i, _)| request(*i).batch.clone()).collect::<Vec<_>>().into(),
                accepted.iter().map(|(i, _)| request(*i).vaccinator).collect::<Vec<_>>().into(),
                accepted
                    .iter()
                    .map(|(i, _)| request(*i).idempotency_key.clone())
                    .collect::<Vec<_>>()
                    .into(),
            ],
        )
        .await?
        .ok_or(GroupError::Raced)?;
    // Every accepted dose was judged new against what we read; a conflict means another server committed one of
    // them since. Dropping the transaction rolls the group back, and it is judged again.
    if usize::try_from(written.inserted).ok() != Some(accepted.len()) {
        return Err(GroupError::Raced);
    }
    Ok(())
}
