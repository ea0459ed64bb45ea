//! Writing a group's accepted doses: one statement inserts them with their certificates, queues the
//! certificates' follow-up work, completes the appointments and counts the day's usage.

use cowin_core::SchemaName;
use sea_orm::FromQueryResult;

use super::judge::Accepted;
use super::{DoseRequest, GroupError};
use crate::TenantTxn;
use crate::vaccination::certification::NewCertificate;

#[derive(Debug, FromQueryResult)]
struct Written {
    inserted: i64,
    certified: i64,
}

/// The group's statement (qualified by schema for the same reason as the read: see `facts::read_facts_sql`), which
/// also writes the past doses of a registry import (`crate::vaccination::past_doses`): those have no facility
/// (`0`), no vaccinator (the nil id) and no idempotency key (`''`), stored as NULL.
/// The doses are also counted in the tenant's tallies (by day, vaccine, dose number and district), which reports read.
/// Follow-up work is queued only for certificates that have some: every one if `$16` says so, else those
/// whose holder has an e-mail address (most CoWIN accounts had only a mobile number). Usage counters have no
/// personal data; the writer is the only one counting doses for its tenant on this
/// server, so it uses shard 0 of the day's row.
pub(crate) fn write_doses_sql(schema: &SchemaName) -> String {
    format!(
        "WITH inserted AS (\
         INSERT INTO {schema}.doses (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch, vaccinator_id, idempotency_key) \
         SELECT id, beneficiary_id, dose, vaccine_code, given_on, NULLIF(facility_id, 0), batch, NULLIF(vaccinator_id, '00000000-0000-0000-0000-000000000000'), \
           NULLIF(idempotency_key, '') \
         FROM unnest($1::uuid[], $2::text[], $3::int2[], $4::text[], $5::date[], $6::int8[], $7::text[], $8::uuid[], $9::text[]) \
           AS d (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch, vaccinator_id, idempotency_key) \
         ON CONFLICT DO NOTHING RETURNING id, beneficiary_id, dose, given_on, vaccine_code, facility_id), \
       placed AS (\
         SELECT i.given_on, COALESCE(f.district_id, 0) AS district_id, i.vaccine_code, i.dose FROM inserted i \
         LEFT JOIN {schema}.facilities f ON f.id = i.facility_id), \
       tallied_day AS (\
         INSERT INTO {schema}.dose_tally_day (day, vaccine_code, dose, doses) \
         SELECT given_on, vaccine_code, dose, count(*) FROM placed GROUP BY 1, 2, 3 \
         ON CONFLICT (day, vaccine_code, dose) DO UPDATE SET doses = dose_tally_day.doses + EXCLUDED.doses RETURNING 1), \
       tallied_day_district AS (\
         INSERT INTO {schema}.dose_tally_day_district (day, district_id, doses) \
         SELECT given_on, district_id, count(*) FROM placed GROUP BY 1, 2 \
         ON CONFLICT (district_id, day) DO UPDATE SET doses = dose_tally_day_district.doses + EXCLUDED.doses RETURNING 1), \
       tallied_district AS (\
         INSERT INTO {schema}.dose_tally_district (district_id, vaccine_code, dose, doses) \
         SELECT district_id, vaccine_code, dose, count(*) FROM placed GROUP BY 1, 2, 3 \
         ON CONFLICT (district_id, vaccine_code, dose) DO UPDATE SET doses = dose_tally_district.doses + EXCLUDED.doses RETURNING 1), \
       completed AS (\
         UPDATE {schema}.appointments a SET status = 'completed', updated_at = now() FROM inserted i \
         WHERE a.beneficiary_id = i.beneficiary_id AND a.dose = i.dose AND a.status = 'booked' RETURNING 1), \
       certified AS (\
         INSERT INTO {schema}.certificates (id, dose_id, beneficiary_id, licence_id, payload) \
         SELECT c.id, c.dose_id, c.beneficiary_id, NULLIF(c.licence_id, ''), c.payload \
         FROM unnest($10::uuid[], $11::uuid[], $12::text[], $13::text[], $14::bytea[]) AS c (id, dose_id, beneficiary_id, licence_id, payload) \
         JOIN inserted i ON i.id = c.dose_id \
         RETURNING id, beneficiary_id), \
       queued AS (\
         INSERT INTO {schema}.outbox (kind, subject) SELECT 'certificate.issued', c.id FROM certified c \
         LEFT JOIN {schema}.beneficiaries b ON b.reference_id = c.beneficiary_id LEFT JOIN {schema}.accounts a ON a.id = b.account_id \
         WHERE $16 OR a.email_encrypted IS NOT NULL RETURNING 1), \
       counted AS (\
         INSERT INTO platform.usage_daily (tenant_code, day, shard, doses, certificates) \
         SELECT $15, (now() AT TIME ZONE 'UTC')::date, 0, count(*), count(*) FROM inserted HAVING count(*) > 0 \
         ON CONFLICT (tenant_code, day, shard) DO UPDATE SET doses = usage_daily.doses + EXCLUDED.doses, \
           certificates = usage_daily.certificates + EXCLUDED.certificates RETURNING 1) \
       SELECT (SELECT count(*) FROM inserted) AS inserted, (SELECT count(*) FROM certified) AS certified, \
         (SELECT count(*) FROM completed) AS completed, (SELECT count(*) FROM queued) AS queued, (SELECT count(*) FROM counted) AS counted"
    )
}

/// A dose as the statement writes it.
#[derive(Debug, Clone)]
pub(crate) struct DoseToWrite {
    pub(crate) id: uuid::Uuid,
    pub(crate) beneficiary_id: String,
    pub(crate) dose: i16,
    pub(crate) vaccine_code: String,
    pub(crate) given_on: chrono::NaiveDate,
    pub(crate) facility_id: Option<i64>,
    pub(crate) batch: String,
    pub(crate) vaccinator_id: Option<uuid::Uuid>,
    pub(crate) idempotency_key: Option<String>,
}

/// What the statement did.
#[derive(Debug, PartialEq, Eq)]
pub(crate) enum Wrote {
    /// Every dose, each with its certificate.
    All,
    /// Another writer committed one of the doses since they were judged: roll back and judge again.
    Raced,
}

/// Runs `sql` (see [`write_doses_sql`]) for `doses` and their `certificates` (one each).
pub(crate) async fn write_doses(
    txn: &TenantTxn,
    sql: &str,
    doses: &[DoseToWrite],
    certificates: &[NewCertificate],
    follow_up_every_certificate: bool,
) -> Result<Wrote, sea_orm::DbErr> {
    let written: Option<Written> = txn
        .one(
            sql,
            vec![
                doses.iter().map(|d| d.id).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.beneficiary_id.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.dose).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.vaccine_code.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.given_on).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.facility_id.unwrap_or(0)).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.batch.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.vaccinator_id.unwrap_or_default()).collect::<Vec<_>>().into(),
                doses
                    .iter()
                    .map(|d| d.idempotency_key.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .into(),
                certificates.iter().map(|c| c.id).collect::<Vec<_>>().into(),
                certificates.iter().map(|c| c.dose_id).collect::<Vec<_>>().into(),
                certificates.iter().map(|c| c.beneficiary_id.clone()).collect::<Vec<_>>().into(),
                certificates
                    .iter()
                    .map(|c| c.licence_id.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .into(),
                certificates.iter().map(|c| c.payload.clone()).collect::<Vec<_>>().into(),
                txn.tenant().as_str().into(),
                follow_up_every_certificate.into(),
            ],
        )
        .await?;
    let Some(written) = written else {
        return Ok(Wrote::Raced);
    };
    // Every dose was judged new against what was read; a conflict means another writer committed one since.
    if usize::try_from(written.inserted).ok() != Some(doses.len()) {
        return Ok(Wrote::Raced);
    }
    if usize::try_from(written.certified).ok() != Some(doses.len()) {
        return Err(sea_orm::DbErr::Custom("a dose has no certificate".into()));
    }
    Ok(Wrote::All)
}

/// Inserts `accepted` (with their requests' facility, batch, vaccinator and key) and their `certificates`.
pub(super) async fn insert_doses(
    txn: &TenantTxn,
    sql: &str,
    requests: &[DoseRequest],
    accepted: &[Accepted],
    certificates: &[NewCertificate],
    follow_up_every_certificate: bool,
) -> Result<(), GroupError> {
    let doses: Vec<DoseToWrite> = accepted
        .iter()
        .map(|a| {
            let request = &requests[a.request];
            DoseToWrite {
                id: a.row.id,
                beneficiary_id: a.row.beneficiary_id.clone(),
                dose: a.row.dose,
                vaccine_code: a.row.vaccine_code.clone(),
                given_on: a.row.given_on,
                facility_id: Some(request.facility),
                batch: request.batch.clone(),
                vaccinator_id: Some(request.vaccinator),
                idempotency_key: Some(request.idempotency_key.clone()),
            }
        })
        .collect();
    // A race drops the transaction: the group rolls back and is judged again.
    match write_doses(txn, sql, &doses, certificates, follow_up_every_certificate).await? {
        Wrote::All => Ok(()),
        Wrote::Raced => Err(GroupError::Raced),
    }
}
