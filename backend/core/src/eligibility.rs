//! Whether a beneficiary may book a dose at a session: age, dose order, interval, same vaccine or
//! allowed mixing, boosters. Judged by the rules in force on the session's date.

use std::collections::BTreeMap;

use chrono::{Datelike, Days, NaiveDate};

use crate::vaccine::{RuleSet, VaccineCode, VaccineRules};

/// A tenant's vaccines and their rule histories.
#[derive(Debug, Clone, Default)]
pub struct Catalogue(BTreeMap<VaccineCode, VaccineRules>);

impl Catalogue {
    /// Builds the catalogue from each vaccine's history.
    pub fn new(vaccines: impl IntoIterator<Item = (VaccineCode, VaccineRules)>) -> Self {
        Self(vaccines.into_iter().collect())
    }

    /// The rules of `vaccine` in force on `date`.
    pub fn rules(&self, vaccine: &VaccineCode, date: NaiveDate) -> Option<&RuleSet> {
        self.0.get(vaccine).and_then(|rules| rules.in_force_on(date))
    }
}

/// A dose already given.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct GivenDose {
    /// Its number, 1 first.
    pub dose: u8,
    /// The vaccine given.
    pub vaccine: VaccineCode,
    /// The day it was given.
    pub given_on: NaiveDate,
}

/// What a session offers.
#[derive(Debug, Clone)]
pub struct SessionOffer<'a> {
    /// The session's day.
    pub date: NaiveDate,
    /// Its vaccine.
    pub vaccine: &'a VaccineCode,
    /// The session's own lower age limit.
    pub min_age: u8,
    /// The session's own upper age limit.
    pub max_age: Option<u8>,
}

/// Why a booking is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Refusal {
    /// The beneficiary's age is outside the session's or the vaccine's limits.
    AgeNotEligible,
    /// The dose is not the next one due (or no booster is offered).
    DoseOutOfOrder,
    /// The minimum interval since the previous dose has not passed; bookable from this day.
    TooEarly {
        /// First day the dose may be given.
        from: NaiveDate,
    },
    /// The session's vaccine may not follow the earlier doses.
    VaccineMismatch {
        /// The vaccine the dose must be.
        required: VaccineCode,
    },
    /// The vaccine has no rules in force on the session's day.
    VaccineNotInForce,
}

/// Where a beneficiary stands, from the doses given and the series their first dose started.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum VaccinationStatus {
    /// No dose.
    NotVaccinated,
    /// Part of the primary series.
    Partially,
    /// The primary series is complete.
    Fully,
    /// A booster after the primary series.
    Boosted,
}

impl VaccinationStatus {
    /// The text CoWIN's API used (`vaccination_status`).
    pub fn cowin_label(self) -> &'static str {
        match self {
            Self::NotVaccinated => "Not Vaccinated",
            Self::Partially => "Partially Vaccinated",
            Self::Fully | Self::Boosted => "Vaccinated",
        }
    }
}

/// The status after `given` (in dose order), judged by the series rules in force when the first dose was given.
pub fn status(catalogue: &Catalogue, given: &[GivenDose]) -> VaccinationStatus {
    let Some(first) = given.first() else {
        return VaccinationStatus::NotVaccinated;
    };
    let primary = catalogue
        .rules(&first.vaccine, first.given_on)
        .map_or(u8::MAX, RuleSet::primary_doses);
    match u8::try_from(given.len()).unwrap_or(u8::MAX) {
        n if n < primary => VaccinationStatus::Partially,
        n if n == primary => VaccinationStatus::Fully,
        _ => VaccinationStatus::Boosted,
    }
}

/// Age in years on `date` as CoWIN counted it: from the year of birth alone.
pub fn age_on(birth_year: i32, date: NaiveDate) -> i32 {
    date.year() - birth_year
}

/// Checks a booking of dose `dose` at `session` for someone born in `birth_year` who has had `given`
/// (in dose order).
pub fn check_booking(
    catalogue: &Catalogue,
    birth_year: i32,
    given: &[GivenDose],
    dose: u8,
    session: &SessionOffer<'_>,
) -> Result<(), Refusal> {
    let rules = catalogue.rules(session.vaccine, session.date).ok_or(Refusal::VaccineNotInForce)?;
    let age = age_on(birth_year, session.date);
    let within = |min: u8, max: Option<u8>| age >= i32::from(min) && max.is_none_or(|max| age <= i32::from(max));
    if !within(session.min_age, session.max_age) || !within(rules.min_age, rules.max_age) {
        return Err(Refusal::AgeNotEligible);
    }
    if usize::from(dose) != given.len() + 1 {
        return Err(Refusal::DoseOutOfOrder);
    }
    let (Some(first), Some(previous)) = (given.first(), given.last()) else {
        return Ok(());
    };
    // The series is the one the first dose started; its vaccine's rules of today say what comes next.
    let series = catalogue.rules(&first.vaccine, session.date).ok_or(Refusal::VaccineNotInForce)?;
    let previous_rules = catalogue.rules(&previous.vaccine, session.date).ok_or(Refusal::VaccineNotInForce)?;
    let min_interval = min_interval_before(series, dose).ok_or(Refusal::DoseOutOfOrder)?;
    let allowed: Vec<&VaccineCode> = if dose <= series.primary_doses() {
        let mut allowed: Vec<&VaccineCode> = previous_rules.mix_with.iter().collect();
        allowed.push(&previous.vaccine);
        allowed
    } else {
        series.booster.iter().flat_map(|booster| &booster.vaccines).collect()
    };
    if !allowed.contains(&session.vaccine) {
        return Err(Refusal::VaccineMismatch {
            required: previous.vaccine.clone(),
        });
    }
    let earliest = previous
        .given_on
        .checked_add_days(Days::new(u64::from(min_interval)))
        .unwrap_or(NaiveDate::MAX);
    if session.date < earliest {
        return Err(Refusal::TooEarly { from: earliest });
    }
    Ok(())
}

/// The days that must pass after dose `dose - 1` of `series` before dose `dose` (2 or later), or `None` when the
/// series has no such dose (past the primary series and its booster, or no booster offered).
pub fn min_interval_before(series: &RuleSet, dose: u8) -> Option<u32> {
    if dose < 2 {
        return None;
    }
    if dose <= series.primary_doses() {
        series
            .doses
            .get(usize::from(dose) - 1)
            .map(|rule| rule.min_interval_days.unwrap_or(0))
    } else if dose == series.primary_doses() + 1 {
        series.booster.as_ref().map(|booster| booster.min_interval_days)
    } else {
        None
    }
}

/// A later dose that becomes due: after a dose `dose - 1` of a series started with `first_vaccine`, it may be given
/// `interval_days` later. The reminders' sweep finds whom to remind with these.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DueRule {
    /// The vaccine of the series' first dose.
    pub first_vaccine: VaccineCode,
    /// The dose that becomes due (2 or later).
    pub dose: u8,
    /// Days after the previous dose.
    pub interval_days: u32,
}

/// Every later dose of every vaccine's series under the rules in force on `date`: what a reminder on that day
/// is judged by (the same intervals [`check_booking`] applies to a booking on that day).
pub fn due_rules(catalogue: &Catalogue, date: NaiveDate) -> Vec<DueRule> {
    catalogue
        .0
        .keys()
        .filter_map(|vaccine| Some((vaccine, catalogue.rules(vaccine, date)?)))
        .flat_map(|(vaccine, series)| {
            (2..=series.primary_doses().saturating_add(1)).filter_map(move |dose| {
                Some(DueRule {
                    first_vaccine: vaccine.clone(),
                    dose,
                    interval_days: min_interval_before(series, dose)?,
                })
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vaccine::{BoosterRule, DoseRule};
    use proptest::prelude::*;

    fn code(text: &str) -> VaccineCode {
        VaccineCode::parse(text).unwrap()
    }

    fn date(y: i32, m: u32, d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(y, m, d).unwrap()
    }

    fn two_dose(version: u32, from: NaiveDate, interval: u32, mix_with: Vec<VaccineCode>) -> RuleSet {
        RuleSet {
            version,
            effective_from: from,
            min_age: 18,
            max_age: None,
            mix_with,
            doses: vec![
                DoseRule {
                    dose: 1,
                    min_interval_days: None,
                    max_interval_days: None,
                },
                DoseRule {
                    dose: 2,
                    min_interval_days: Some(interval),
                    max_interval_days: None,
                },
            ],
            booster: Some(BoosterRule {
                min_interval_days: 182,
                vaccines: vec![code("COVISHIELD"), code("CORBEVAX")],
            }),
        }
    }

    fn catalogue() -> Catalogue {
        let covishield = VaccineRules::new(vec![
            two_dose(1, date(2021, 1, 16), 28, vec![]),
            two_dose(2, date(2021, 5, 13), 84, vec![]),
        ])
        .unwrap();
        let corbevax = VaccineRules::new(vec![two_dose(1, date(2022, 3, 16), 28, vec![code("COVISHIELD")])]).unwrap();
        Catalogue::new([(code("COVISHIELD"), covishield), (code("CORBEVAX"), corbevax)])
    }

    fn offer(vaccine: &VaccineCode, on: NaiveDate) -> SessionOffer<'_> {
        SessionOffer {
            date: on,
            vaccine,
            min_age: 18,
            max_age: None,
        }
    }

    #[test]
    fn first_doses_check_age_and_that_the_vaccine_exists_that_day() {
        let covishield = code("COVISHIELD");
        let c = catalogue();
        assert_eq!(check_booking(&c, 1990, &[], 1, &offer(&covishield, date(2021, 6, 1))), Ok(()));
        assert_eq!(
            check_booking(&c, 2010, &[], 1, &offer(&covishield, date(2021, 6, 1))),
            Err(Refusal::AgeNotEligible)
        );
        assert_eq!(
            check_booking(&c, 1990, &[], 1, &offer(&covishield, date(2020, 6, 1))),
            Err(Refusal::VaccineNotInForce)
        );
        assert_eq!(
            check_booking(&c, 1990, &[], 2, &offer(&covishield, date(2021, 6, 1))),
            Err(Refusal::DoseOutOfOrder)
        );
        let senior_only = SessionOffer {
            min_age: 60,
            ..offer(&covishield, date(2021, 6, 1))
        };
        assert_eq!(check_booking(&c, 1990, &[], 1, &senior_only), Err(Refusal::AgeNotEligible));
    }

    #[test]
    fn later_doses_fall_due_by_the_rules_in_force_on_the_day() {
        let rule = |vaccine: &str, dose: u8, interval_days: u32| DueRule {
            first_vaccine: code(vaccine),
            dose,
            interval_days,
        };
        // Before Corbevax's rules and after Covishield's interval widened to 84 days.
        assert_eq!(
            due_rules(&catalogue(), date(2021, 6, 1)),
            vec![rule("COVISHIELD", 2, 84), rule("COVISHIELD", 3, 182)]
        );
        let mut later = due_rules(&catalogue(), date(2022, 4, 1));
        later.sort_by_key(|rule| (rule.first_vaccine.as_str().to_owned(), rule.dose));
        assert_eq!(
            later,
            vec![
                rule("CORBEVAX", 2, 28),
                rule("CORBEVAX", 3, 182),
                rule("COVISHIELD", 2, 84),
                rule("COVISHIELD", 3, 182)
            ]
        );
        assert!(
            due_rules(&catalogue(), date(2020, 1, 1)).is_empty(),
            "no rules in force, no reminder"
        );
    }

    #[test]
    fn the_interval_in_force_on_the_session_day_applies() {
        let covishield = code("COVISHIELD");
        let c = catalogue();
        let first = [GivenDose {
            dose: 1,
            vaccine: covishield.clone(),
            given_on: date(2021, 4, 1),
        }];
        // On 2021-05-10 the 28-day rule was in force; from 2021-05-13 the 84-day rule.
        assert_eq!(check_booking(&c, 1990, &first, 2, &offer(&covishield, date(2021, 5, 10))), Ok(()));
        assert_eq!(
            check_booking(&c, 1990, &first, 2, &offer(&covishield, date(2021, 5, 20))),
            Err(Refusal::TooEarly { from: date(2021, 6, 24) })
        );
    }

    #[test]
    fn mixing_needs_the_earlier_vaccine_to_allow_it_and_boosters_follow_their_rule() {
        let (covishield, corbevax) = (code("COVISHIELD"), code("CORBEVAX"));
        let c = catalogue();
        let after_covishield = [GivenDose {
            dose: 1,
            vaccine: covishield.clone(),
            given_on: date(2022, 4, 1),
        }];
        assert_eq!(
            check_booking(&c, 1990, &after_covishield, 2, &offer(&corbevax, date(2022, 9, 1))),
            Err(Refusal::VaccineMismatch {
                required: covishield.clone()
            })
        );
        let after_corbevax = [GivenDose {
            dose: 1,
            vaccine: corbevax.clone(),
            given_on: date(2022, 4, 1),
        }];
        assert_eq!(
            check_booking(&c, 1990, &after_corbevax, 2, &offer(&covishield, date(2022, 5, 1))),
            Ok(())
        );

        let primary = [
            GivenDose {
                dose: 1,
                vaccine: covishield.clone(),
                given_on: date(2021, 6, 1),
            },
            GivenDose {
                dose: 2,
                vaccine: covishield.clone(),
                given_on: date(2021, 9, 1),
            },
        ];
        assert_eq!(check_booking(&c, 1990, &primary, 3, &offer(&corbevax, date(2022, 8, 1))), Ok(()));
        assert_eq!(
            check_booking(&c, 1990, &primary, 3, &offer(&corbevax, date(2022, 2, 1))),
            Err(Refusal::VaccineNotInForce),
            "Corbevax did not exist yet"
        );
        assert_eq!(
            check_booking(&c, 1990, &primary, 3, &offer(&covishield, date(2021, 12, 1))),
            Err(Refusal::TooEarly { from: date(2022, 3, 2) })
        );
        let boosted = [
            primary[0].clone(),
            primary[1].clone(),
            GivenDose {
                dose: 3,
                vaccine: corbevax.clone(),
                given_on: date(2022, 8, 1),
            },
        ];
        assert_eq!(
            check_booking(&c, 1990, &boosted, 4, &offer(&covishield, date(2023, 8, 1))),
            Err(Refusal::DoseOutOfOrder)
        );
    }

    proptest! {
        #[test]
        fn a_second_dose_is_bookable_exactly_from_the_interval(first_day in 0u64..300, wait in 0u64..200) {
            let covishield = code("COVISHIELD");
            let c = catalogue();
            let given_on = date(2021, 6, 1) + Days::new(first_day);
            let session_day = given_on + Days::new(wait);
            let first = [GivenDose { dose: 1, vaccine: covishield.clone(), given_on }];
            let result = check_booking(&c, 1980, &first, 2, &offer(&covishield, session_day));
            prop_assert_eq!(result.is_ok(), wait >= 84);
        }
    }
}
