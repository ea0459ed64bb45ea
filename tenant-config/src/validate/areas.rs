//! States, districts, postal codes and the facilities in them.

use std::collections::HashMap;

use super::Checker;
use super::facility::facility_problems;
use crate::District;

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
        if facility.id <= 0 {
            checker.problem(format!("facilities[{index}].id"), "every facility in the file needs a positive id");
        }
        for (field, reason) in facility_problems(config, facility) {
            checker.problem(format!("facilities[{index}].{field}"), reason);
        }
    }
}
