//! Facilities and sessions run by staff (facilities from the configuration file are seeded by `apply`).

use chrono::NaiveDate;
use cowin_tenant_config::{Facility, FeeType};
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;
use crate::citizens::is_unique_violation;

fn json<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, DbErr> {
    serde_json::to_value(value).map_err(|error| DbErr::Json(error.to_string()))
}

fn fee_type(facility: &Facility) -> &'static str {
    match facility.fee_type {
        FeeType::Free => "Free",
        FeeType::Paid => "Paid",
    }
}

/// The facility's columns, in the order the statements below name them ($n + `offset`).
fn facility_values(facility: &Facility) -> Result<Vec<sea_orm::Value>, DbErr> {
    Ok(vec![
        facility.district_id.into(),
        json(&facility.name)?.into(),
        json(&facility.block)?.into(),
        facility.address.clone().into(),
        facility.postal_code.clone().into(),
        facility.lat.into(),
        facility.long.into(),
        facility.opens.clone().into(),
        facility.closes.clone().into(),
        fee_type(facility).into(),
        json(&facility.vaccine_fees)?.into(),
    ])
}

/// Creates a facility (its `id` is ignored: staff facilities take the next id of their own sequence).
pub async fn create_facility(txn: &TenantTxn, facility: &Facility) -> Result<i64, DbErr> {
    #[derive(FromQueryResult)]
    struct Created {
        id: i64,
    }
    let created: Option<Created> = txn
        .one(
            "INSERT INTO facilities (id, district_id, name, block, address, postal_code, lat, long, opens, closes, fee_type, vaccine_fees, managed_by_config) \
             VALUES (nextval('staff_facility_ids'), $1, $2, $3, $4, $5, $6, $7, $8::time, $9::time, $10, $11, false) RETURNING id",
            facility_values(facility)?,
        )
        .await?;
    created.map(|row| row.id).ok_or(DbErr::RecordNotInserted)
}

/// Where a facility is and who manages its definition.
#[derive(Debug, Clone, FromQueryResult)]
pub struct FacilityPlace {
    /// District.
    pub district_id: i32,
    /// From tenant.toml rather than staff.
    pub managed_by_config: bool,
    /// Open for sessions.
    pub active: bool,
}

/// The facility's district and origin.
pub async fn facility_place(txn: &TenantTxn, id: i64) -> Result<Option<FacilityPlace>, DbErr> {
    txn.one(
        "SELECT district_id, managed_by_config, active FROM facilities WHERE id = $1",
        vec![id.into()],
    )
    .await
}

/// Replaces a staff facility's definition.
pub async fn update_facility(txn: &TenantTxn, id: i64, facility: &Facility) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE facilities SET district_id = $2, name = $3, block = $4, address = $5, postal_code = $6, lat = $7, long = $8, \
         opens = $9::time, closes = $10::time, fee_type = $11, vaccine_fees = $12 WHERE id = $1",
        std::iter::once(id.into()).chain(facility_values(facility)?).collect(),
    )
    .await
    .map(drop)
}

/// Closes a facility to new sessions; its history stays.
pub async fn deactivate_facility(txn: &TenantTxn, id: i64) -> Result<(), DbErr> {
    txn.execute("UPDATE facilities SET active = false WHERE id = $1", vec![id.into()])
        .await
        .map(drop)
}

/// A session to publish.
#[derive(Debug)]
pub struct NewSession {
    /// Facility.
    pub facility: i64,
    /// Day.
    pub date: NaiveDate,
    /// Vaccine code.
    pub vaccine: String,
    /// Lower age limit.
    pub min_age: i16,
    /// Upper age limit.
    pub max_age: Option<i16>,
    /// Dose-1 capacity.
    pub capacity_dose1: i32,
    /// Later-dose capacity.
    pub capacity_dose2: i32,
    /// Time slots.
    pub slots: Vec<String>,
}

/// Why a session change was refused.
#[derive(Debug, thiserror::Error)]
pub enum SessionError {
    #[error("the facility already has a session of this vaccine that day")]
    Exists,
    #[error("capacity cannot go below the places already booked")]
    BelowBooked,
    #[error("no such session")]
    NotFound,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Publishes a session; returns its id.
pub async fn create_session(txn: &TenantTxn, session: &NewSession) -> Result<Uuid, SessionError> {
    let id = Uuid::new_v4();
    let inserted = txn
        .execute(
            "INSERT INTO sessions (id, facility_id, date, vaccine_code, min_age, max_age, capacity_dose1, capacity_dose2, slots) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
            vec![
                id.into(),
                session.facility.into(),
                session.date.into(),
                session.vaccine.clone().into(),
                session.min_age.into(),
                session.max_age.into(),
                session.capacity_dose1.into(),
                session.capacity_dose2.into(),
                session.slots.clone().into(),
            ],
        )
        .await;
    match inserted {
        Err(error) if is_unique_violation(&error, "sessions_facility_id_date_vaccine_code_key") => Err(SessionError::Exists),
        other => other.map(|_| id).map_err(SessionError::from),
    }
}

/// The facility of a session.
pub async fn session_facility(txn: &TenantTxn, id: Uuid) -> Result<Option<i64>, DbErr> {
    #[derive(FromQueryResult)]
    struct Row {
        facility_id: i64,
    }
    let row: Option<Row> = txn.one("SELECT facility_id FROM sessions WHERE id = $1", vec![id.into()]).await?;
    Ok(row.map(|row| row.facility_id))
}

/// Changes a session's capacity, never below what is booked (the row lock orders it with bookings).
pub async fn set_capacity(txn: &TenantTxn, id: Uuid, dose1: i32, dose2: i32) -> Result<(), SessionError> {
    #[derive(FromQueryResult)]
    struct Booked {
        booked_dose1: i32,
        booked_dose2: i32,
    }
    let booked: Booked = txn
        .one(
            "SELECT booked_dose1, booked_dose2 FROM sessions WHERE id = $1 FOR UPDATE",
            vec![id.into()],
        )
        .await?
        .ok_or(SessionError::NotFound)?;
    if dose1 < booked.booked_dose1 || dose2 < booked.booked_dose2 {
        return Err(SessionError::BelowBooked);
    }
    txn.execute(
        "UPDATE sessions SET capacity_dose1 = $2, capacity_dose2 = $3 WHERE id = $1",
        vec![id.into(), dose1.into(), dose2.into()],
    )
    .await?;
    Ok(())
}

/// A facility as staff list it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct FacilityListing {
    /// Centre id.
    pub id: i64,
    /// District.
    pub district_id: i32,
    /// Name, by language tag.
    pub name: serde_json::Value,
    /// Block, by language tag.
    pub block: serde_json::Value,
    /// Street address.
    pub address: String,
    /// Postal code.
    pub postal_code: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub long: f64,
    /// Opening time, `HH:MM`.
    pub opens: String,
    /// Closing time, `HH:MM`.
    pub closes: String,
    /// `Free` or `Paid`.
    pub fee_type: String,
    /// `[{"vaccine","fee"}]`.
    pub vaccine_fees: serde_json::Value,
    /// Open for sessions.
    pub active: bool,
    /// From tenant.toml (changed there) rather than by staff.
    pub managed_by_config: bool,
}

/// Facilities in `districts` (every district when `None`) or with one of `ids`, by district and id.
pub async fn facilities(txn: &TenantTxn, districts: Option<&[i32]>, ids: Option<&[i64]>) -> Result<Vec<FacilityListing>, DbErr> {
    txn.all(
        "SELECT id, district_id, name, block, address, postal_code, lat, long, to_char(opens, 'HH24:MI') AS opens, \
         to_char(closes, 'HH24:MI') AS closes, fee_type, vaccine_fees, active, managed_by_config FROM facilities \
         WHERE ($1::int4[] IS NULL OR district_id = ANY($1)) AND ($2::int8[] IS NULL OR id = ANY($2)) ORDER BY district_id, id",
        vec![districts.map(<[i32]>::to_vec).into(), ids.map(<[i64]>::to_vec).into()],
    )
    .await
}

/// A published session as staff see it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct SessionListing {
    /// Session id.
    pub id: Uuid,
    /// Facility.
    pub facility_id: i64,
    /// Day.
    pub date: NaiveDate,
    /// Vaccine code.
    pub vaccine_code: String,
    /// Youngest age.
    pub min_age: i16,
    /// Oldest age.
    pub max_age: Option<i16>,
    /// First-dose places.
    pub capacity_dose1: i32,
    /// Later-dose places.
    pub capacity_dose2: i32,
    /// First-dose places booked.
    pub booked_dose1: i32,
    /// Later-dose places booked.
    pub booked_dose2: i32,
    /// Time slots.
    pub slots: Vec<String>,
}

const SESSION_COLUMNS: &str =
    "id, facility_id, date, vaccine_code, min_age, max_age, capacity_dose1, capacity_dose2, booked_dose1, booked_dose2, slots";

/// The sessions of `facilities` from `from` to `to` (inclusive), by day.
pub async fn sessions(txn: &TenantTxn, facilities: &[i64], from: NaiveDate, to: NaiveDate) -> Result<Vec<SessionListing>, DbErr> {
    txn.all(
        &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE facility_id = ANY($1) AND date BETWEEN $2 AND $3 ORDER BY date, facility_id, vaccine_code"),
        vec![facilities.to_vec().into(), from.into(), to.into()],
    )
    .await
}

/// One session.
pub async fn session(txn: &TenantTxn, id: Uuid) -> Result<Option<SessionListing>, DbErr> {
    txn.one(&format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = $1"), vec![id.into()])
        .await
}

/// A session's day, ages and slots as staff change them.
#[derive(Debug, Clone)]
pub struct SessionChange {
    /// Day.
    pub date: NaiveDate,
    /// Youngest age.
    pub min_age: i16,
    /// Oldest age.
    pub max_age: Option<i16>,
    /// Time slots.
    pub slots: Vec<String>,
}

/// Why a session could not be changed.
#[derive(Debug, thiserror::Error)]
pub enum SessionChangeError {
    /// No such session.
    #[error("no such session")]
    NotFound,
    /// People are booked: only slots may be added.
    #[error("the session has bookings")]
    HasBookings,
    /// The facility already has a session of this vaccine on the new day.
    #[error("the facility already has a session of this vaccine that day")]
    Exists,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Changes a session's day, ages and slots. With bookings, only new slots may be added: people booked a day, an
/// age band and a slot, and none of these may move under them (the row lock orders this with bookings).
pub async fn change_session(txn: &TenantTxn, id: Uuid, change: &SessionChange) -> Result<(), SessionChangeError> {
    let current: SessionListing = txn
        .one(
            &format!("SELECT {SESSION_COLUMNS} FROM sessions WHERE id = $1 FOR UPDATE"),
            vec![id.into()],
        )
        .await?
        .ok_or(SessionChangeError::NotFound)?;
    let booked = current.booked_dose1 + current.booked_dose2 > 0;
    let keeps_every_slot = current.slots.iter().all(|slot| change.slots.contains(slot));
    let same_band = (current.date, current.min_age, current.max_age) == (change.date, change.min_age, change.max_age);
    if booked && !(same_band && keeps_every_slot) {
        return Err(SessionChangeError::HasBookings);
    }
    let changed = txn
        .execute(
            "UPDATE sessions SET date = $2, min_age = $3, max_age = $4, slots = $5 WHERE id = $1",
            vec![
                id.into(),
                change.date.into(),
                change.min_age.into(),
                change.max_age.into(),
                change.slots.clone().into(),
            ],
        )
        .await;
    match changed {
        Err(error) if is_unique_violation(&error, "sessions_facility_id_date_vaccine_code_key") => Err(SessionChangeError::Exists),
        other => other.map(drop).map_err(SessionChangeError::from),
    }
}
