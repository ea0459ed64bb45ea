//! CoWIN's Center, Session and CalendarSession objects, typed so the document describes exactly what is sent.

use chrono::{NaiveTime, Timelike as _};
use cowin_store::citizens::availability::SessionListing;
use serde::Serialize;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::RequestLocale;
use crate::handlers::params::CowinDate;

/// A vaccine's fee at a paid centre.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct VaccineFee {
    /// Vaccine code.
    vaccine: String,
    /// Fee in the tenant's currency, as CoWIN's string.
    fee: String,
}

/// A vaccination centre.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Center {
    /// Centre id.
    center_id: i64,
    /// Name in English (or the tenant's default language).
    name: String,
    /// Name in the caller's language.
    name_l: String,
    /// Street address.
    address: String,
    /// State in English.
    state_name: String,
    /// State in the caller's language.
    state_name_l: String,
    /// District in English.
    district_name: String,
    /// District in the caller's language.
    district_name_l: String,
    /// Block in English.
    block_name: String,
    /// Block in the caller's language.
    block_name_l: String,
    /// Postal code.
    pincode: String,
    /// Latitude.
    lat: f64,
    /// Longitude.
    long: f64,
    /// Opening time, `HH:MM:SS`.
    from: String,
    /// Closing time, `HH:MM:SS`.
    to: String,
    /// `Free` or `Paid`.
    fee_type: String,
    /// Fees per vaccine (paid centres only).
    #[serde(skip_serializing_if = "Option::is_none")]
    vaccine_fees: Option<Vec<VaccineFee>>,
}

/// A session's day, ages, vaccine and free places (CoWIN's CalendarSession).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CalendarSession {
    /// Session id.
    session_id: Uuid,
    /// Day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Free places for any dose.
    available_capacity: i32,
    /// Free places for first doses.
    available_capacity_dose1: i32,
    /// Free places for later doses.
    available_capacity_dose2: i32,
    /// Youngest age admitted.
    min_age_limit: i16,
    /// Oldest age admitted (absent when there is none).
    #[serde(skip_serializing_if = "Option::is_none")]
    max_age_limit: Option<i16>,
    /// Whether there is no upper age limit.
    allow_all_age: bool,
    /// Vaccine code.
    vaccine: String,
    /// Time slots to book.
    slots: Vec<String>,
}

/// A session with its centre and fee (CoWIN's Session, the items of `findBy*`).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Session {
    #[serde(flatten)]
    center: Center,
    #[serde(flatten)]
    session: CalendarSession,
    /// This vaccine's fee here (`"0"` when free).
    fee: String,
}

/// A centre with its sessions (the items of `calendarBy*`).
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CalendarCenter {
    #[serde(flatten)]
    center: Center,
    /// Its sessions, by day.
    sessions: Vec<CalendarSession>,
}

/// `HH:MM:SS`, written directly: a strftime pattern would be parsed again for every centre of every answer.
fn clock(time: NaiveTime) -> String {
    format!("{:02}:{:02}:{:02}", time.hour(), time.minute(), time.second())
}

/// The fee of a paid centre's fee list entry, as CoWIN's string.
fn fee_text(fee: &serde_json::Value) -> String {
    fee.as_str().map_or_else(|| fee.to_string(), str::to_owned)
}

impl Center {
    fn of(listing: &SessionListing, locale: &RequestLocale) -> Self {
        let (name, name_l) = locale.pair(&listing.center_name);
        let (state_name, state_name_l) = locale.pair(&listing.state_name);
        let (district_name, district_name_l) = locale.pair(&listing.district_name);
        let (block_name, block_name_l) = locale.pair(&listing.block);
        let vaccine_fees = (listing.fee_type == "Paid").then(|| {
            listing
                .vaccine_fees
                .as_array()
                .map(|fees| {
                    fees.iter()
                        .map(|fee| VaccineFee {
                            vaccine: fee["vaccine"].as_str().unwrap_or_default().to_owned(),
                            fee: fee_text(&fee["fee"]),
                        })
                        .collect()
                })
                .unwrap_or_default()
        });
        Self {
            center_id: listing.center_id,
            name,
            name_l,
            address: listing.address.clone(),
            state_name,
            state_name_l,
            district_name,
            district_name_l,
            block_name,
            block_name_l,
            pincode: listing.postal_code.clone(),
            lat: listing.lat,
            long: listing.long,
            from: clock(listing.opens),
            to: clock(listing.closes),
            fee_type: listing.fee_type.clone(),
            vaccine_fees,
        }
    }
}

impl CalendarSession {
    fn of(listing: &SessionListing) -> Self {
        let dose1 = (listing.capacity_dose1 - listing.booked_dose1).max(0);
        let dose2 = (listing.capacity_dose2 - listing.booked_dose2).max(0);
        Self {
            session_id: listing.session_id,
            date: CowinDate(listing.date),
            available_capacity: dose1 + dose2,
            available_capacity_dose1: dose1,
            available_capacity_dose2: dose2,
            min_age_limit: listing.min_age,
            max_age_limit: listing.max_age,
            allow_all_age: listing.max_age.is_none(),
            vaccine: listing.vaccine_code.clone(),
            slots: listing.slots.clone(),
        }
    }
}

impl Session {
    /// The Session of one listing.
    pub(crate) fn of(listing: &SessionListing, locale: &RequestLocale) -> Self {
        let fee = listing
            .vaccine_fees
            .as_array()
            .and_then(|fees| fees.iter().find(|fee| fee["vaccine"] == listing.vaccine_code.as_str()))
            .map_or_else(|| "0".to_owned(), |fee| fee_text(&fee["fee"]));
        Self {
            center: Center::of(listing, locale),
            session: CalendarSession::of(listing),
            fee,
        }
    }
}

/// Centres with their sessions; `listings` are ordered by centre.
pub(crate) fn calendar(listings: &[SessionListing], locale: &RequestLocale) -> Vec<CalendarCenter> {
    let mut centers: Vec<CalendarCenter> = Vec::new();
    for listing in listings {
        match centers.last_mut() {
            Some(last) if last.center.center_id == listing.center_id => last.sessions.push(CalendarSession::of(listing)),
            _ => centers.push(CalendarCenter {
                center: Center::of(listing, locale),
                sessions: vec![CalendarSession::of(listing)],
            }),
        }
    }
    centers
}

#[cfg(test)]
mod tests {
    #[test]
    fn opening_times_are_written_as_chrono_writes_hh_mm_ss() {
        for seconds in (0..86_400).step_by(7) {
            let time = chrono::NaiveTime::from_num_seconds_from_midnight_opt(seconds, 0).unwrap();
            assert_eq!(super::clock(time), time.format("%H:%M:%S").to_string());
        }
    }
}
