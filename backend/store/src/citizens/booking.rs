//! Sessions' capacity and appointments. Capacity is taken with one conditional UPDATE, so concurrent
//! bookings of the last doses cannot oversell: the row lock orders them and the condition refuses the rest.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use super::is_unique_violation;
use crate::TenantTxn;

/// A session as booking needs it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct BookableSession {
    /// Session id.
    pub id: Uuid,
    /// Its day.
    pub date: NaiveDate,
    /// Its vaccine.
    pub vaccine_code: String,
    /// Its lower age limit.
    pub min_age: i16,
    /// Its upper age limit.
    pub max_age: Option<i16>,
    /// Its time slots.
    pub slots: Vec<String>,
}

/// The session with this id.
pub async fn session(txn: &TenantTxn, id: Uuid) -> Result<Option<BookableSession>, DbErr> {
    txn.one(
        "SELECT id, date, vaccine_code, min_age, max_age, slots FROM sessions WHERE id = $1",
        vec![id.into()],
    )
    .await
}

/// Which capacity a dose draws on: dose 1, or every later dose and booster (as CoWIN's dose1/dose2).
fn pool_column(dose: i16) -> &'static str {
    if dose <= 1 { "booked_dose1" } else { "booked_dose2" }
}

/// Takes `count` places of the dose's pool; false when fewer are left (nothing is taken then).
pub async fn reserve(txn: &TenantTxn, session: Uuid, dose: i16, count: i32) -> Result<bool, DbErr> {
    let booked = pool_column(dose);
    let capacity = booked.replace("booked", "capacity");
    // Column names come from `pool_column`, never from input.
    let sql = format!("UPDATE sessions SET {booked} = {booked} + $2 WHERE id = $1 AND {booked} + $2 <= {capacity}");
    Ok(txn.execute(&sql, vec![session.into(), count.into()]).await? == 1)
}

/// Gives back `count` places of the dose's pool.
pub async fn release(txn: &TenantTxn, session: Uuid, dose: i16, count: i32) -> Result<(), DbErr> {
    let booked = pool_column(dose);
    let sql = format!("UPDATE sessions SET {booked} = greatest({booked} - $2, 0) WHERE id = $1");
    txn.execute(&sql, vec![session.into(), count.into()]).await.map(drop)
}

/// Why an appointment could not be written.
#[derive(Debug, thiserror::Error)]
pub enum AppointmentError {
    #[error("the beneficiary already has an appointment for this dose")]
    AlreadyBooked,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Records that `beneficiary` comes to `session` for `dose` at `slot`, as part of booking `appointment`.
pub async fn insert(
    txn: &TenantTxn,
    appointment: Uuid,
    session: Uuid,
    beneficiary: &str,
    dose: i16,
    slot: &str,
) -> Result<(), AppointmentError> {
    let result = txn
        .execute(
            "INSERT INTO appointments (id, session_id, beneficiary_id, dose, slot) VALUES ($1, $2, $3, $4, $5)",
            vec![appointment.into(), session.into(), beneficiary.into(), dose.into(), slot.into()],
        )
        .await;
    match result {
        Err(error) if is_unique_violation(&error, "appointments_one_per_dose") || is_unique_violation(&error, "appointments_pkey") => {
            Err(AppointmentError::AlreadyBooked)
        }
        Err(error) => Err(AppointmentError::from(error)),
        Ok(_) => Ok(crate::platform::usage::count(txn, crate::platform::usage::Counter::Booking).await?),
    }
}

/// One beneficiary's part of a booking.
#[derive(Debug, Clone, FromQueryResult)]
pub struct AppointmentRow {
    /// Booking id.
    pub id: Uuid,
    /// Session booked.
    pub session_id: Uuid,
    /// Beneficiary reference.
    pub beneficiary_id: String,
    /// Dose number.
    pub dose: i16,
    /// Slot.
    pub slot: String,
    /// `booked`, `cancelled` or `completed`.
    pub status: String,
}

/// The parts of booking `appointment` that belong to the account's beneficiaries, locked for change.
pub async fn of_booking(txn: &TenantTxn, account: Uuid, appointment: Uuid) -> Result<Vec<AppointmentRow>, DbErr> {
    txn.all(
        "SELECT a.id, a.session_id, a.beneficiary_id, a.dose, a.slot, a.status FROM appointments a \
         JOIN beneficiaries b ON b.reference_id = a.beneficiary_id \
         WHERE a.id = $1 AND b.account_id = $2 AND b.deleted_at IS NULL ORDER BY a.beneficiary_id FOR UPDATE OF a",
        vec![appointment.into(), account.into()],
    )
    .await
}

/// Moves one beneficiary's part of a booking to another session and slot.
pub async fn move_to(txn: &TenantTxn, appointment: Uuid, beneficiary: &str, session: Uuid, slot: &str) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE appointments SET session_id = $3, slot = $4, updated_at = now() WHERE id = $1 AND beneficiary_id = $2",
        vec![appointment.into(), beneficiary.into(), session.into(), slot.into()],
    )
    .await
    .map(drop)
}

/// Cancels one beneficiary's part of a booking (capacity is released by the caller).
pub async fn cancel(txn: &TenantTxn, appointment: Uuid, beneficiary: &str) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE appointments SET status = 'cancelled', updated_at = now() WHERE id = $1 AND beneficiary_id = $2 AND status = 'booked'",
        vec![appointment.into(), beneficiary.into()],
    )
    .await
    .map(drop)
}

/// Cancels every live appointment of a beneficiary and releases their places.
pub async fn cancel_all_of(txn: &TenantTxn, beneficiary: &str) -> Result<(), DbErr> {
    let live: Vec<AppointmentRow> = txn
        .all(
            "SELECT id, session_id, beneficiary_id, dose, slot, status FROM appointments WHERE beneficiary_id = $1 AND status = 'booked' FOR UPDATE",
            vec![beneficiary.into()],
        )
        .await?;
    for row in live {
        cancel(txn, row.id, beneficiary).await?;
        release(txn, row.session_id, row.dose, 1).await?;
    }
    Ok(())
}

/// A live appointment with its centre, for the beneficiaries listing.
#[derive(Debug, Clone, FromQueryResult)]
pub struct AppointmentView {
    /// Booking id.
    pub id: Uuid,
    /// Beneficiary reference.
    pub beneficiary_id: String,
    /// Session.
    pub session_id: Uuid,
    /// Day.
    pub date: NaiveDate,
    /// Slot.
    pub slot: String,
    /// Dose.
    pub dose: i16,
    /// Centre id.
    pub center_id: i64,
    /// Centre name (localised).
    pub center_name: serde_json::Value,
    /// Block (localised).
    pub block: serde_json::Value,
    /// District (localised).
    pub district_name: serde_json::Value,
    /// State (localised).
    pub state_name: serde_json::Value,
    /// Postal code.
    pub postal_code: String,
    /// Opening time.
    pub opens: chrono::NaiveTime,
    /// Closing time.
    pub closes: chrono::NaiveTime,
    /// `Free` or `Paid`.
    pub fee_type: String,
    /// The 4-digit code to show at the desk.
    pub security_code: String,
}

/// Live appointments of every beneficiary of the account.
pub async fn live_of_account(txn: &TenantTxn, account: Uuid) -> Result<Vec<AppointmentView>, DbErr> {
    txn.all(
        "SELECT a.id, a.beneficiary_id, a.session_id, s.date, a.slot, a.dose, f.id AS center_id, f.name AS center_name, f.block, \
         d.name AS district_name, st.name AS state_name, f.postal_code, f.opens, f.closes, f.fee_type, a.security_code \
         FROM appointments a JOIN beneficiaries b ON b.reference_id = a.beneficiary_id \
         JOIN sessions s ON s.id = a.session_id JOIN facilities f ON f.id = s.facility_id \
         JOIN districts d ON d.id = f.district_id JOIN states st ON st.id = d.state_id \
         WHERE b.account_id = $1 AND b.deleted_at IS NULL AND a.status = 'booked' ORDER BY s.date, a.dose",
        vec![account.into()],
    )
    .await
}
