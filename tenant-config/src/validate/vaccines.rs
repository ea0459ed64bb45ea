//! The vaccine catalogue and its versioned dose rules.

use cowin_core::vaccine::{RuleSet, VaccineCode, VaccineRules};

use super::Checker;

pub(super) fn check(checker: &mut Checker<'_>) {
    let config = checker.config;
    if config.vaccines.is_empty() {
        checker.problem("vaccines", "the catalogue must list at least one vaccine");
    }
    checker.unique("vaccines", "code", &config.vaccines, |vaccine| vaccine.code.clone());
    let known = |code: &VaccineCode| config.vaccines.iter().any(|vaccine| &vaccine.code == code);
    for (index, vaccine) in config.vaccines.iter().enumerate() {
        let key = format!("vaccines[{index}]");
        for (field, value) in [("name", &vaccine.name), ("manufacturer", &vaccine.manufacturer)] {
            if value.trim().is_empty() {
                checker.problem(format!("{key}.{field}"), "must not be empty");
            }
        }
        if let Err(error) = VaccineRules::new(vaccine.rule_sets.clone()) {
            checker.problem(format!("{key}.rule_sets"), error.to_string());
        }
        for (set_index, rule_set) in vaccine.rule_sets.iter().enumerate() {
            let set_key = format!("{key}.rule_sets[{set_index}]");
            rule_set_shape(checker, &set_key, rule_set);
            for (mix_index, code) in rule_set.mix_with.iter().enumerate() {
                if !known(code) {
                    checker.problem(
                        format!("{set_key}.mix_with[{mix_index}]"),
                        format!("{:?} is not in the vaccine catalogue", code.as_str()),
                    );
                }
            }
            if let Some(booster) = &rule_set.booster {
                if booster.vaccines.is_empty() {
                    checker.problem(format!("{set_key}.booster.vaccines"), "must name at least one vaccine");
                }
                for (booster_index, code) in booster.vaccines.iter().enumerate() {
                    if !known(code) {
                        checker.problem(
                            format!("{set_key}.booster.vaccines[{booster_index}]"),
                            format!("{:?} is not in the vaccine catalogue", code.as_str()),
                        );
                    }
                }
            }
        }
    }
}

/// A primary series is dose 1, 2, ... with an interval before every dose but the first.
fn rule_set_shape(checker: &mut Checker<'_>, key: &str, rule_set: &RuleSet) {
    if rule_set.doses.is_empty() {
        checker.problem(format!("{key}.doses"), "the primary series needs at least one dose");
    }
    if let Some(max_age) = rule_set.max_age
        && max_age < rule_set.min_age
    {
        checker.problem(format!("{key}.max_age"), format!("{max_age} is below min_age {}", rule_set.min_age));
    }
    for (index, dose) in rule_set.doses.iter().enumerate() {
        let dose_key = format!("{key}.doses[{index}]");
        if usize::from(dose.dose) != index + 1 {
            checker.problem(
                format!("{dose_key}.dose"),
                format!(
                    "is {} but doses must be numbered 1, 2, 3... in order (expected {})",
                    dose.dose,
                    index + 1
                ),
            );
        }
        match (index, dose.min_interval_days, dose.max_interval_days) {
            (0, None, None) => {}
            (0, _, _) => checker.problem(dose_key, "dose 1 has no previous dose, so it takes no interval"),
            (_, None, _) => checker.problem(
                format!("{dose_key}.min_interval_days"),
                "every dose after the first needs a minimum interval",
            ),
            (_, Some(min), Some(max)) if max < min => {
                checker.problem(
                    format!("{dose_key}.max_interval_days"),
                    format!("{max} is below min_interval_days {min}"),
                );
            }
            _ => {}
        }
    }
}
