//! CoWIN's Center, Session and CalendarSession objects.

use cowin_core::{LocaleTag, LocalisedText};
use cowin_store::citizens::availability::SessionListing;
use serde_json::{Value, json};

use crate::extractors::RequestLocale;
use crate::handlers::params::CowinDate;

/// Reads a stored localised text and gives (English-or-default, caller's language).
pub(crate) fn names(value: &Value, locale: &RequestLocale) -> (String, String) {
    let text: LocalisedText = serde_json::from_value(value.clone()).unwrap_or_default();
    (
        text.get(&LocaleTag::english(), &locale.default).to_owned(),
        text.get(&locale.locale, &locale.default).to_owned(),
    )
}

/// The Center fields of a listing.
pub(crate) fn center(listing: &SessionListing, locale: &RequestLocale) -> serde_json::Map<String, Value> {
    let (name, name_l) = names(&listing.center_name, locale);
    let (state, state_l) = names(&listing.state_name, locale);
    let (district, district_l) = names(&listing.district_name, locale);
    let (block, block_l) = names(&listing.block, locale);
    let mut center = json!({
        "center_id": listing.center_id,
        "name": name,
        "name_l": name_l,
        "address": listing.address,
        "state_name": state,
        "state_name_l": state_l,
        "district_name": district,
        "district_name_l": district_l,
        "block_name": block,
        "block_name_l": block_l,
        "pincode": listing.postal_code,
        "lat": listing.lat,
        "long": listing.long,
        "from": listing.opens.format("%H:%M:%S").to_string(),
        "to": listing.closes.format("%H:%M:%S").to_string(),
        "fee_type": listing.fee_type,
    });
    if listing.fee_type == "Paid"
        && let (Some(object), Some(fees)) = (center.as_object_mut(), listing.vaccine_fees.as_array())
    {
        let fees: Vec<Value> = fees
            .iter()
            .map(|fee| json!({ "vaccine": fee["vaccine"], "fee": fee["fee"].to_string() }))
            .collect();
        object.insert("vaccine_fees".into(), Value::Array(fees));
    }
    match center {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// The fee of this listing's vaccine at its centre, as CoWIN's string (`"0"` when free).
fn fee(listing: &SessionListing) -> String {
    listing
        .vaccine_fees
        .as_array()
        .and_then(|fees| fees.iter().find(|fee| fee["vaccine"] == listing.vaccine_code.as_str()))
        .map_or_else(|| "0".to_owned(), |fee| fee["fee"].to_string())
}

/// The per-session fields shared by Session and CalendarSession.
fn session_fields(listing: &SessionListing) -> serde_json::Map<String, Value> {
    let dose1 = (listing.capacity_dose1 - listing.booked_dose1).max(0);
    let dose2 = (listing.capacity_dose2 - listing.booked_dose2).max(0);
    let mut fields = json!({
        "session_id": listing.session_id,
        "date": CowinDate::format(listing.date),
        "available_capacity": dose1 + dose2,
        "available_capacity_dose1": dose1,
        "available_capacity_dose2": dose2,
        "min_age_limit": listing.min_age,
        "allow_all_age": listing.max_age.is_none(),
        "vaccine": listing.vaccine_code,
        "slots": listing.slots,
    });
    if let (Some(object), Some(max_age)) = (fields.as_object_mut(), listing.max_age) {
        object.insert("max_age_limit".into(), json!(max_age));
    }
    match fields {
        Value::Object(map) => map,
        _ => serde_json::Map::new(),
    }
}

/// A Session (findBy*): Center fields, session fields and the fee.
pub(crate) fn session(listing: &SessionListing, locale: &RequestLocale) -> Value {
    let mut object = center(listing, locale);
    object.extend(session_fields(listing));
    object.insert("fee".into(), json!(fee(listing)));
    Value::Object(object)
}

/// Centres with their CalendarSessions (calendarBy*); `listings` are ordered by centre.
pub(crate) fn calendar(listings: &[SessionListing], locale: &RequestLocale) -> Vec<Value> {
    let mut centers: Vec<Value> = Vec::new();
    let mut current: Option<(i64, serde_json::Map<String, Value>, Vec<Value>)> = None;
    for listing in listings {
        if current.as_ref().is_some_and(|(id, _, _)| *id != listing.center_id)
            && let Some((_, mut object, sessions)) = current.take()
        {
            object.insert("sessions".into(), Value::Array(sessions));
            centers.push(Value::Object(object));
        }
        let entry = current.get_or_insert_with(|| (listing.center_id, center(listing, locale), Vec::new()));
        entry.2.push(Value::Object(session_fields(listing)));
    }
    if let Some((_, mut object, sessions)) = current {
        object.insert("sessions".into(), Value::Array(sessions));
        centers.push(Value::Object(object));
    }
    centers
}
