//! The rules of one facility, shared by `tenant check` (facilities in the file), the staff API and the
//! CSV import (facilities created by staff).

use std::collections::HashMap;

use chrono::NaiveTime;

use super::text_problems;
use crate::{Facility, FeeType, TenantConfig};

/// Every problem of `facility` under `config`, as (field, reason).
pub fn facility_problems(config: &TenantConfig, facility: &Facility) -> Vec<(String, String)> {
    let mut problems: Vec<(String, String)> = Vec::new();
    let mut problem = |field: &str, reason: String| problems.push((field.to_owned(), reason));
    for (field, text) in [("name", &facility.name), ("block", &facility.block)] {
        for (key, reason) in text_problems(config, field, text) {
            problem(&key, reason);
        }
    }
    let districts: HashMap<i32, _> = config
        .states
        .iter()
        .flat_map(|state| &state.districts)
        .map(|district| (district.id, district))
        .collect();
    match districts.get(&facility.district_id) {
        None => problem(
            "district_id",
            format!("{} is not the id of any district in states", facility.district_id),
        ),
        Some(district) if !district.postal_codes.contains(&facility.postal_code) => {
            problem(
                "postal_code",
                format!(
                    "{:?} is not one of the postal codes of district {}",
                    facility.postal_code, district.id
                ),
            );
        }
        Some(_) => {}
    }
    if facility.address.trim().is_empty() {
        problem("address", "must not be empty".to_owned());
    }
    if !(-90.0..=90.0).contains(&facility.lat) {
        problem("lat", format!("{} is not a latitude between -90 and 90", facility.lat));
    }
    if !(-180.0..=180.0).contains(&facility.long) {
        problem("long", format!("{} is not a longitude between -180 and 180", facility.long));
    }
    let time = |text: &str| NaiveTime::parse_from_str(text, "%H:%M").ok();
    match (time(&facility.opens), time(&facility.closes)) {
        (None, _) => problem("opens", format!("{:?} is not a time of day in the form \"HH:MM\"", facility.opens)),
        (_, None) => problem(
            "closes",
            format!("{:?} is not a time of day in the form \"HH:MM\"", facility.closes),
        ),
        (Some(opens), Some(closes)) if opens >= closes => {
            problem("closes", format!("{} is not after opens {}", facility.closes, facility.opens))
        }
        _ => {}
    }
    match facility.fee_type {
        FeeType::Paid if facility.vaccine_fees.is_empty() => problem(
            "vaccine_fees",
            "a Paid facility must list the fee of each vaccine it offers".to_owned(),
        ),
        FeeType::Free if !facility.vaccine_fees.is_empty() => {
            problem(
                "vaccine_fees",
                "a Free facility cannot charge fees; set fee_type = \"Paid\" or remove them".to_owned(),
            );
        }
        _ => {}
    }
    for (index, fee) in facility.vaccine_fees.iter().enumerate() {
        if !config.vaccines.iter().any(|vaccine| vaccine.code == fee.vaccine) {
            problem(
                &format!("vaccine_fees[{index}].vaccine"),
                format!("{:?} is not in the vaccine catalogue", fee.vaccine.as_str()),
            );
        }
    }
    problems
}
