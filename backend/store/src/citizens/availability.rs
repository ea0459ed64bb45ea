//! Sessions open for booking, with their centres, for the public search endpoints.

use chrono::{NaiveDate, NaiveTime};
use cowin_core::LocalisedText;
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
#[derive(Debug, Clone)]
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
    pub center_name: LocalisedText,
    /// Street address.
    pub address: String,
    /// Block (localised).
    pub block: LocalisedText,
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
    pub district_name: LocalisedText,
    /// State (localised).
    pub state_name: LocalisedText,
}

/// A listing as read: the localised names as the JSON they are stored as.
#[derive(Debug, FromQueryResult)]
struct ListingRow {
    /// Session id.
    session_id: Uuid,
    /// Day.
    date: NaiveDate,
    /// Vaccine code.
    vaccine_code: String,
    /// Lower age limit.
    min_age: i16,
    /// Upper age limit.
    max_age: Option<i16>,
    /// Dose-1 capacity.
    capacity_dose1: i32,
    /// Dose-1 places taken.
    booked_dose1: i32,
    /// Later-dose capacity.
    capacity_dose2: i32,
    /// Later-dose places taken.
    booked_dose2: i32,
    /// Time slots.
    slots: Vec<String>,
    /// Centre id.
    center_id: i64,
    /// Centre name (localised).
    center_name: serde_json::Value,
    /// Street address.
    address: String,
    /// Block (localised).
    block: serde_json::Value,
    /// Postal code.
    postal_code: String,
    /// Latitude.
    lat: f64,
    /// Longitude.
    long: f64,
    /// Opening time.
    opens: NaiveTime,
    /// Closing time.
    closes: NaiveTime,
    /// `Free` or `Paid`.
    fee_type: String,
    /// `[{"vaccine","fee"}]`.
    vaccine_fees: serde_json::Value,
    /// District (localised).
    district_name: serde_json::Value,
    /// State (localised).
    state_name: serde_json::Value,
}

impl From<ListingRow> for SessionListing {
    // The names are parsed here, once per read, rather than once per answer rendered from the listing: every
    // language's answer of a place is rendered from the same read, several times a second at peak.
    fn from(row: ListingRow) -> Self {
        let names = |stored: serde_json::Value| serde_json::from_value::<LocalisedText>(stored).unwrap_or_default();
        Self {
            session_id: row.session_id,
            date: row.date,
            vaccine_code: row.vaccine_code,
            min_age: row.min_age,
            max_age: row.max_age,
            capacity_dose1: row.capacity_dose1,
            booked_dose1: row.booked_dose1,
            capacity_dose2: row.capacity_dose2,
            booked_dose2: row.booked_dose2,
            slots: row.slots,
            center_id: row.center_id,
            center_name: names(row.center_name),
            address: row.address,
            block: names(row.block),
            postal_code: row.postal_code,
            lat: row.lat,
            long: row.long,
            opens: row.opens,
            closes: row.closes,
            fee_type: row.fee_type,
            vaccine_fees: row.vaccine_fees,
            district_name: names(row.district_name),
            state_name: names(row.state_name),
        }
    }
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
        /// Each translation's tag and text plus a node's overhead.
        fn names(text: &LocalisedText) -> usize {
            const NODE: usize = 64;
            text.locales()
                .map(|tag| NODE + tag.as_str().len() + text.exact(tag).map_or(0, str::len))
                .sum()
        }
        std::mem::size_of::<Self>()
            + self.vaccine_code.len()
            + self.slots.iter().map(|slot| 24 + slot.len()).sum::<usize>()
            + self.address.len()
            + self.postal_code.len()
            + self.fee_type.len()
            + json(&self.vaccine_fees)
            + [&self.center_name, &self.block, &self.district_name, &self.state_name]
                .into_iter()
                .map(names)
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
    let rows: Vec<ListingRow> = txn
        .all(&sql, vec![value, from.into(), days.into(), vaccine.map(str::to_owned).into()])
        .await?;
    Ok(rows.into_iter().map(SessionListing::from).collect())
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
