//! Reminders that a later dose is due: found in one statement (whose last dose is far enough back under the rules
//! the caller passes, not yet reminded of that dose, not booked for it), each written with its outbox item in the
//! same transaction; then read back, claimed and sent by the outbox worker.

use chrono::NaiveDate;
use cowin_core::eligibility::DueRule;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;
use crate::outbox::DOSE_REMINDER;

/// Creates the reminders of up to `limit` beneficiaries whose next dose is due on or before `today` by `rules`
/// (those due longest ago first), each with its outbox item; returns how many. Beneficiaries already reminded
/// of that dose, or booked for it, are left alone, so every server may sweep and none reminds twice.
pub async fn create_due(txn: &TenantTxn, rules: &[DueRule], today: NaiveDate, limit: u64) -> Result<u64, DbErr> {
    if rules.is_empty() {
        return Ok(0);
    }
    let first_vaccines: Vec<String> = rules.iter().map(|rule| rule.first_vaccine.as_str().to_owned()).collect();
    let doses: Vec<i32> = rules.iter().map(|rule| i32::from(rule.dose)).collect();
    let intervals: Vec<i32> = rules
        .iter()
        .map(|rule| i32::try_from(rule.interval_days).unwrap_or(i32::MAX))
        .collect();
    txn.execute(
        &format!(
            "WITH rule AS (SELECT * FROM unnest($1::text[], $2::int[], $3::int[]) AS r (first_vaccine, dose, interval_days)), \
             last AS (SELECT DISTINCT ON (beneficiary_id) beneficiary_id, dose, given_on FROM doses ORDER BY beneficiary_id, dose DESC), \
             due AS ( \
               SELECT last.beneficiary_id, last.dose + 1 AS dose, last.given_on + rule.interval_days AS due_on \
               FROM last \
               JOIN doses first ON first.beneficiary_id = last.beneficiary_id AND first.dose = 1 \
               JOIN rule ON rule.first_vaccine = first.vaccine_code AND rule.dose = last.dose + 1 \
               JOIN beneficiaries b ON b.reference_id = last.beneficiary_id AND b.deleted_at IS NULL \
               WHERE last.given_on + rule.interval_days <= $4 \
                 AND NOT EXISTS (SELECT 1 FROM dose_reminders r WHERE r.beneficiary_id = last.beneficiary_id AND r.dose = last.dose + 1) \
                 AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.beneficiary_id = last.beneficiary_id \
                                 AND a.dose = last.dose + 1 AND a.status = 'booked') \
               ORDER BY due_on, last.beneficiary_id LIMIT $5), \
             reminded AS ( \
               INSERT INTO dose_reminders (id, beneficiary_id, dose, due_on) SELECT gen_random_uuid(), beneficiary_id, dose, due_on FROM due \
               ON CONFLICT (beneficiary_id, dose) DO NOTHING RETURNING id) \
             INSERT INTO outbox (kind, subject) SELECT '{DOSE_REMINDER}', id FROM reminded"
        ),
        vec![
            first_vaccines.into(),
            doses.into(),
            intervals.into(),
            today.into(),
            i64::try_from(limit).unwrap_or(i64::MAX).into(),
        ],
    )
    .await
}

/// A reminder as its message needs it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct ReminderToSend {
    /// The member's name.
    pub name: String,
    /// The dose that is due.
    pub dose: i16,
    /// The first day it may be given.
    pub due_on: NaiveDate,
    /// Whether it still is due: not given, not booked, the member not removed.
    pub still_due: bool,
    /// The account's mobile number, sealed.
    pub mobile_encrypted: Vec<u8>,
    /// The account's verified e-mail address, sealed, if it has one.
    pub email_encrypted: Option<Vec<u8>>,
    /// The account's language.
    pub locale: Option<String>,
}

/// The reminder `id` with what its message needs, unless it was sent already.
pub async fn unsent(txn: &TenantTxn, id: Uuid) -> Result<Option<ReminderToSend>, DbErr> {
    txn.one(
        "SELECT b.name, r.dose, r.due_on, \
           (b.deleted_at IS NULL \
            AND NOT EXISTS (SELECT 1 FROM doses d WHERE d.beneficiary_id = r.beneficiary_id AND d.dose >= r.dose) \
            AND NOT EXISTS (SELECT 1 FROM appointments a WHERE a.beneficiary_id = r.beneficiary_id AND a.dose = r.dose \
                            AND a.status = 'booked')) AS still_due, \
           a.mobile_encrypted, a.email_encrypted, a.locale \
         FROM dose_reminders r JOIN beneficiaries b ON b.reference_id = r.beneficiary_id JOIN accounts a ON a.id = b.account_id \
         WHERE r.id = $1 AND r.sent_at IS NULL",
        vec![id.into()],
    )
    .await
}

/// Marks the reminder sent (the caller commits this before sending); false if it already was.
pub async fn mark_sent(txn: &TenantTxn, id: Uuid) -> Result<bool, DbErr> {
    Ok(txn
        .execute(
            "UPDATE dose_reminders SET sent_at = now() WHERE id = $1 AND sent_at IS NULL",
            vec![id.into()],
        )
        .await?
        == 1)
}

/// Takes the mark back after the message could not be sent, so that the outbox's retry sends it.
pub async fn unmark_sent(txn: &TenantTxn, id: Uuid) -> Result<(), DbErr> {
    txn.execute("UPDATE dose_reminders SET sent_at = NULL WHERE id = $1", vec![id.into()])
        .await
        .map(drop)
}
