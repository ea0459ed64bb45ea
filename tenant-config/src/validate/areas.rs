//! States, districts, postal codes and the facilities in them.

use std::collections::HashMap;

use chrono::NaiveTime;

use super::Checker;
use crate::{District, FeeType};

pub(super) fn check(checker: &mut Checker<'_>) {
    let config = checker.config;
    for (key, text) in [
        ("admin_levels.level1", &config.admin_levels.level1),
        ("admin_levels.level2", &config.admin_levels.level2),
        ("admin_levels.level3", &config.admin_levels.level3),
        ("admin_levels.postal_code", &config.admin_levels.postal_code),
    ] {
        checker.text(key, text);
    }
    if config.states.is_empty() {
        checker.problem("states", "must list at least one state");
    }
    checker.unique("states", "id", &config.states, |state| state.id);

    let mut districts: HashMap<i32, &District> = HashMap::new();
    for (state_index, state) in config.states.iter().enumerate() {
        let state_key = format!("states[{state_index}]");
        checker.text(&format!("{state_key}.name"), &state.name);
        if state.districts.is_empty() {
            checker.problem(format!("{state_key}.districts"), "must list at least one district");
        }
        for (index, district) in state.districts.iter().enumerate() {
            let key = format!("{state_key}.districts[{index}]");
            if districts.insert(district.id, district).is_some() {
                checker.problem(
                    format!("{key}.id"),
                    format!("{} is used by another district; district ids are unique in the tenant", district.id),
                );
            }
            checker.text(&format!("{key}.name"), &district.name);
            for (code_index, postal_code) in district.postal_codes.iter().enumerate() {
                if !config.admin_levels.postal_code_pattern.matches(postal_code) {
                    checker.problem(
                        format!("{key}.postal_codes[{code_index}]"),
                        format!(
                            "{postal_code:?} does not match admin_levels.postal_code_pattern {:?}",
                            config.admin_levels.postal_code_pattern.as_str()
                        ),
                    );
                }
            }
        }
    }

    checker.unique("facilities", "id", &config.facilities, |facility| facility.id);
    for (index, facility) in config.facilities.iter().enumerate() {
        let key = format!("facilities[{index}]");
        checker.text(&format!("{key}.name"), &facility.name);
        checker.text(&format!("{key}.block"), &facility.block);
        match districts.get(&facility.district_id) {
            None => checker.problem(
                format!("{key}.district_id"),
                format!("{} is not the id of any district in states", facility.district_id),
            ),
            Some(district) if !district.postal_codes.contains(&facility.postal_code) => checker.problem(
                format!("{key}.postal_code"),
                format!(
                    "{:?} is not one of the postal codes of district {}",
                    facility.postal_code, district.id
                ),
            ),
            Some(_) => {}
        }
        if !(-90.0..=90.0).contains(&facility.lat) {
            checker.problem(
                format!("{key}.lat"),
                format!("{} is not a latitude between -90 and 90", facility.lat),
            );
        }
        if !(-180.0..=180.0).contains(&facility.long) {
            checker.problem(
                format!("{key}.long"),
                format!("{} is not a longitude between -180 and 180", facility.long),
            );
        }
        let opens = parse_time(checker, &format!("{key}.opens"), &facility.opens);
        let closes = parse_time(checker, &format!("{key}.closes"), &facility.closes);
        if let (Some(opens), Some(closes)) = (opens, closes)
            && opens >= closes
        {
            checker.problem(
                format!("{key}.closes"),
                format!("{} is not after opens {}", facility.closes, facility.opens),
            );
        }
        match facility.fee_type {
            FeeType::Paid if facility.vaccine_fees.is_empty() => {
                checker.problem(
                    format!("{key}.vaccine_fees"),
                    "a Paid facility must list the fee of each vaccine it offers",
                );
            }
            FeeType::Free if !facility.vaccine_fees.is_empty() => {
                checker.problem(
                    format!("{key}.vaccine_fees"),
                    "a Free facility cannot charge fees; set fee_type = \"Paid\" or remove them",
                );
            }
            _ => {}
        }
        for (fee_index, fee) in facility.vaccine_fees.iter().enumerate() {
            if !config.vaccines.iter().any(|vaccine| vaccine.code == fee.vaccine) {
                checker.problem(
                    format!("{key}.vaccine_fees[{fee_index}].vaccine"),
                    format!("{:?} is not in the vaccine catalogue", fee.vaccine.as_str()),
                );
            }
        }
    }
}

fn parse_time(checker: &mut Checker<'_>, key: &str, text: &str) -> Option<NaiveTime> {
    let time = NaiveTime::parse_from_str(text, "%H:%M").ok();
    if time.is_none() {
        checker.problem(key, format!("{text:?} is not a time of day in the form \"HH:MM\""));
    }
    time
}
