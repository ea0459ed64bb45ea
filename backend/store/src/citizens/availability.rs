//! Sessions open for booking, with their centres, for the public search endpoints.

use chrono::{NaiveDate, NaiveTime};
use sea_orm::{DbErr, FromQueryResult, Value};
use uuid::Uuid;

use crate::TenantTxn;

/// Where to look for sessions.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum Place {
    /// Every centre of a district.
    District(i32),
    /// Every centre with this postal code.
    PostalCode(String),
    /// One centre.
    Facility(i64),
}

/// A session with everything CoWIN's Session and Center objects show.
#[derive(Debug, Clone, FromQueryResult)]
pub struct SessionListing {
    /// Session id.
    pub session_id: Uuid,
    /// Day.
    pub date: NaiveDate,
    /// Vaccine code.
    pub vaccine_code: String,
    /// Lower age limit.
    pub min_age: i16,
    /// Upper age limit.
    pub max_age: Option<i16>,
    /// Dose-1 capacity.
    pub capacity_dose1: i32,
    /// Dose-1 places taken.
    pub booked_dose1: i32,
    /// Later-dose capacity.
    pub capacity_dose2: i32,
    /// Later-dose places taken.
    pub booked_dose2: i32,
    /// Time slots.
    pub slots: Vec<String>,
    /// Centre id.
    pub center_id: i64,
    /// Centre name (localised).
    pub center_name: serde_json::Value,
    /// Street address.
    pub address: String,
    /// Block (localised).
    pub block: serde_json::Value,
    /// Postal code.
    pub postal_code: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub long: f64,
    /// Opening time.
    pub opens: NaiveTime,
    /// Closing time.
    pub closes: NaiveTime,
    /// `Free` or `Paid`.
    pub fee_type: String,
    /// `[{"vaccine","fee"}]`.
    pub vaccine_fees: serde_json::Value,
    /// District (localised).
    pub district_name: serde_json::Value,
    /// State (localised).
    pub state_name: serde_json::Value,
}

impl SessionListing {
    /// About how many bytes of memory the listing holds: what a cache of listings is bounded by.
    pub fn approximate_size(&self) -> usize {
        /// A value's text plus a node's overhead per value (a map's entries, an array's items).
        fn json(value: &serde_json::Value) -> usize {
            const NODE: usize = 64;
            NODE + match value {
                serde_json::Value::String(text) => text.len(),
                serde_json::Value::Array(items) => items.iter().map(json).sum(),
                serde_json::Value::Object(map) => map.iter().map(|(key, value)| key.len() + json(value)).sum(),
                _ => 0,
            }
        }
        std::mem::size_of::<Self>()
            + self.vaccine_code.len()
            + self.slots.iter().map(|slot| 24 + slot.len()).sum::<usize>()
            + self.address.len()
            + self.postal_code.len()
            + self.fee_type.len()
            + [
                &self.center_name,
                &self.block,
                &self.vaccine_fees,
                &self.district_name,
                &self.state_name,
            ]
            .into_iter()
            .map(json)
            .sum::<usize>()
    }
}

/// Sessions at `place` on `days` days from `from`, optionally of one vaccine, by centre then day.
pub async fn sessions(
    txn: &TenantTxn,
    place: &Place,
    from: NaiveDate,
    days: i32,
    vaccine: Option<&str>,
) -> Result<Vec<SessionListing>, DbErr> {
    let (condition, value): (&str, Value) = match place {
        Place::District(id) => ("f.district_id = $1", (*id).into()),
        Place::PostalCode(code) => ("f.postal_code = $1", code.clone().into()),
        Place::Facility(id) => ("f.id = $1", (*id).into()),
    };
    let sql = format!(
        "SELECT s.id AS session_id, s.date, s.vaccine_code, s.min_age, s.max_age, s.capacity_dose1, s.booked_dose1, \
         s.capacity_dose2, s.booked_dose2, s.slots, f.id AS center_id, f.name AS center_name, f.address, f.block, \
         f.postal_code, f.lat, f.long, f.opens, f.closes, f.fee_type, f.vaccine_fees, d.name AS district_name, st.name AS state_name \
         FROM sessions s JOIN facilities f ON f.id = s.facility_id JOIN districts d ON d.id = f.district_id \
         JOIN states st ON st.id = d.state_id \
         WHERE {condition} AND f.active AND s.date >= $2 AND s.date < $2::date + $3::int AND ($4::text IS NULL OR s.vaccine_code = $4) \
         ORDER BY f.id, s.date, s.vaccine_code"
    );
    txn.all(&sql, vec![value, from.into(), days.into(), vaccine.map(str::to_owned).into()])
        .await
}

/// A centre near a point.
#[derive(Debug, Clone, FromQueryResult)]
pub struct NearbyCentre {
    /// Centre id.
    pub center_id: i64,
    /// Name (localised).
    pub center_name: serde_json::Value,
    /// Street address.
    pub address: String,
    /// Block (localised).
    pub block: serde_json::Value,
    /// Postal code.
    pub postal_code: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub long: f64,
    /// District (localised).
    pub district_name: serde_json::Value,
    /// State (localised).
    pub state_name: serde_json::Value,
}

/// The `limit` active centres nearest to a point (equirectangular distance; exact enough within a country).
pub async fn centres_near(txn: &TenantTxn, lat: f64, long: f64, limit: i64) -> Result<Vec<NearbyCentre>, DbErr> {
    txn.all(
        "SELECT f.id AS center_id, f.name AS center_name, f.address, f.block, f.postal_code, f.lat, f.long, \
         d.name AS district_name, st.name AS state_name \
         FROM facilities f JOIN districts d ON d.id = f.district_id JOIN states st ON st.id = d.state_id WHERE f.active \
         ORDER BY power(f.lat - $1, 2) + power((f.long - $2) * cos(radians($1)), 2), f.id LIMIT $3",
        vec![lat.into(), long.into(), limit.into()],
    )
    .await
}
