//! The vaccine catalogue: dose schedules and the versioned rules that govern them.
//!
//! Rules change over time (India widened the Covishield interval three times in 2021), so every rule set
//! has a date from which it applies; a dose is judged by the rules in force on the day it was given.

use std::fmt;

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

/// A vaccine's id in a tenant's catalogue (`COVISHIELD`, `COMIRNATY`).
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct VaccineCode(String);

/// Why a text is not a vaccine code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a vaccine code (2 to 32 capital letters, digits, '-' or '_', starting with a letter)")]
pub struct VaccineCodeError(String);

impl VaccineCode {
    /// Parses a vaccine code.
    pub fn parse(text: &str) -> Result<Self, VaccineCodeError> {
        let valid = (2..=32).contains(&text.len())
            && text.starts_with(|c: char| c.is_ascii_uppercase())
            && text
                .bytes()
                .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || b == b'-' || b == b'_');
        if valid {
            Ok(Self(text.to_owned()))
        } else {
            Err(VaccineCodeError(text.to_owned()))
        }
    }

    /// The code text.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for VaccineCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for VaccineCode {
    type Error = VaccineCodeError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<VaccineCode> for String {
    fn from(value: VaccineCode) -> Self {
        value.0
    }
}

/// One dose of a primary series and how long after the previous dose it may be given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct DoseRule {
    /// 1 for the first dose, 2 for the second, ...
    pub dose: u8,
    /// Days that must pass after the previous dose; `None` only for dose 1.
    pub min_interval_days: Option<u32>,
    /// Days after the previous dose by which this dose is due, if the schedule sets a limit.
    pub max_interval_days: Option<u32>,
}

/// When a booster may follow a completed primary series, and with which vaccines.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BoosterRule {
    /// Days after the last primary dose.
    pub min_interval_days: u32,
    /// Vaccines that may be given as the booster.
    pub vaccines: Vec<VaccineCode>,
}

/// One version of a vaccine's rules, in force from `effective_from` until the next version.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleSet {
    /// 1, 2, 3, ... in order of `effective_from`.
    pub version: u32,
    /// The first day these rules apply.
    pub effective_from: NaiveDate,
    /// Minimum age in completed years on the dose date.
    pub min_age: u8,
    /// Maximum age in completed years on the dose date, if any.
    pub max_age: Option<u8>,
    /// Vaccines that may follow a dose of this one within the primary series.
    #[serde(default)]
    pub mix_with: Vec<VaccineCode>,
    /// The primary series, dose 1 first.
    pub doses: Vec<DoseRule>,
    /// Booster rule, if boosters are offered.
    pub booster: Option<BoosterRule>,
}

impl RuleSet {
    /// How many doses complete the primary series.
    pub fn primary_doses(&self) -> u8 {
        u8::try_from(self.doses.len()).unwrap_or(u8::MAX)
    }
}

/// All versions of one vaccine's rules, ordered by version and effective date.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct VaccineRules(Vec<RuleSet>);

/// Why rule sets cannot form a history.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RuleHistoryError {
    #[error("a vaccine needs at least one rule set")]
    Empty,
    #[error("rule set versions must be 1, 2, 3... in order; found {found} where {expected} was expected")]
    VersionOutOfOrder { expected: u32, found: u32 },
    #[error("version {version} takes effect on {date}, not after the version before it")]
    DateOutOfOrder { version: u32, date: NaiveDate },
}

impl VaccineRules {
    /// Builds the history; versions must run 1, 2, 3... with strictly increasing dates.
    pub fn new(rule_sets: Vec<RuleSet>) -> Result<Self, RuleHistoryError> {
        if rule_sets.is_empty() {
            return Err(RuleHistoryError::Empty);
        }
        for (index, rule_set) in rule_sets.iter().enumerate() {
            let expected = u32::try_from(index).unwrap_or(u32::MAX).saturating_add(1);
            if rule_set.version != expected {
                return Err(RuleHistoryError::VersionOutOfOrder {
                    expected,
                    found: rule_set.version,
                });
            }
            if index > 0 && rule_set.effective_from <= rule_sets[index - 1].effective_from {
                return Err(RuleHistoryError::DateOutOfOrder {
                    version: rule_set.version,
                    date: rule_set.effective_from,
                });
            }
        }
        Ok(Self(rule_sets))
    }

    /// The rules in force on `date`: the latest version that took effect on or before it.
    /// `None` before the vaccine was first introduced.
    pub fn in_force_on(&self, date: NaiveDate) -> Option<&RuleSet> {
        let after = self.0.partition_point(|rule_set| rule_set.effective_from <= date);
        after.checked_sub(1).map(|index| &self.0[index])
    }

    /// Every version, oldest first.
    pub fn versions(&self) -> &[RuleSet] {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn rule_set(version: u32, effective_from: NaiveDate, min_interval: u32) -> RuleSet {
        RuleSet {
            version,
            effective_from,
            min_age: 18,
            max_age: None,
            mix_with: vec![],
            doses: vec![
                DoseRule {
                    dose: 1,
                    min_interval_days: None,
                    max_interval_days: None,
                },
                DoseRule {
                    dose: 2,
                    min_interval_days: Some(min_interval),
                    max_interval_days: None,
                },
            ],
            booster: None,
        }
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    #[test]
    fn covishield_interval_history_applies_by_dose_date() {
        let rules = VaccineRules::new(vec![
            rule_set(1, date(2021, 1, 16), 28),
            rule_set(2, date(2021, 3, 22), 42),
            rule_set(3, date(2021, 5, 13), 84),
        ])
        .unwrap();
        assert!(rules.in_force_on(date(2021, 1, 15)).is_none());
        assert_eq!(rules.in_force_on(date(2021, 1, 16)).unwrap().version, 1);
        assert_eq!(rules.in_force_on(date(2021, 5, 12)).unwrap().version, 2);
        assert_eq!(rules.in_force_on(date(2021, 5, 13)).unwrap().version, 3);
        assert_eq!(rules.in_force_on(date(2030, 1, 1)).unwrap().version, 3);
    }

    #[test]
    fn refuses_histories_out_of_order() {
        assert_eq!(VaccineRules::new(vec![]), Err(RuleHistoryError::Empty));
        assert!(matches!(
            VaccineRules::new(vec![rule_set(2, date(2021, 1, 1), 28)]),
            Err(RuleHistoryError::VersionOutOfOrder { expected: 1, found: 2 })
        ));
        assert!(matches!(
            VaccineRules::new(vec![rule_set(1, date(2021, 5, 1), 28), rule_set(2, date(2021, 5, 1), 28)]),
            Err(RuleHistoryError::DateOutOfOrder { version: 2, .. })
        ));
    }

    proptest! {
        #[test]
        fn the_rules_in_force_are_the_latest_that_took_effect(gaps in prop::collection::vec(1u32..400, 1..8), probe in 0u32..4000) {
            let start = date(2021, 1, 1);
            let mut day = start;
            let mut sets = vec![];
            for (index, gap) in gaps.iter().enumerate() {
                day = day + chrono::Days::new(u64::from(*gap));
                sets.push(rule_set(u32::try_from(index).unwrap() + 1, day, 28));
            }
            let rules = VaccineRules::new(sets.clone()).unwrap();
            let probe_date = start + chrono::Days::new(u64::from(probe));
            let expected = sets.iter().rev().find(|s| s.effective_from <= probe_date).map(|s| s.version);
            prop_assert_eq!(rules.in_force_on(probe_date).map(|s| s.version), expected);
        }
    }
}
