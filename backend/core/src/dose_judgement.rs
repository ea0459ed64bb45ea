//! Whether a dose record may be written, judged against what is already known: the facility, the dose kept
//! under the record's idempotency key, the beneficiary and their doses. No I/O, so a writer can judge a
//! whole group of records against one read of the database.

use chrono::NaiveDate;

use crate::StaffScope;
use crate::eligibility::{Catalogue, GivenDose, Refusal, SessionOffer, check_booking};
use crate::vaccine::VaccineCode;

/// The dose a record asks to write.
#[derive(Debug, Clone, Copy)]
pub struct DoseClaim<'a> {
    /// Beneficiary reference.
    pub beneficiary: &'a str,
    /// Dose number.
    pub dose: u8,
    /// Vaccine given.
    pub vaccine: &'a VaccineCode,
    /// Day given.
    pub given_on: NaiveDate,
    /// Where.
    pub facility: i64,
}

/// The dose already recorded under a record's idempotency key.
#[derive(Debug, Clone, Copy)]
pub struct KeyedDose<'a> {
    /// Beneficiary reference.
    pub beneficiary: &'a str,
    /// Dose number.
    pub dose: u8,
    /// Vaccine code.
    pub vaccine: &'a str,
}

/// What the database holds about a claim.
#[derive(Debug, Clone, Copy)]
pub struct Known<'a> {
    /// The facility's district, if the facility exists.
    pub facility_district: Option<i32>,
    /// The dose recorded under the same idempotency key, if any.
    pub by_key: Option<KeyedDose<'a>>,
    /// The beneficiary's year of birth, if they are registered.
    pub birth_year: Option<i32>,
    /// Their doses so far, in dose order.
    pub history: &'a [GivenDose],
}

/// Why a dose record is refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DoseRefusal {
    /// The recorder does not work at the facility, or it does not exist (refused alike, so ids cannot be probed).
    Forbidden,
    /// The idempotency key already names a different dose.
    KeyReused,
    /// No registered beneficiary has this reference.
    BeneficiaryNotFound,
    /// The beneficiary already has this dose (under another key).
    AlreadyRecorded,
    /// The catalogue's rules in force on the dose day refuse it.
    Rule(Refusal),
}

/// What to do with an acceptable record.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Judgement {
    /// Write it.
    Record,
    /// It was recorded before under the same key: answer that record again.
    Replay,
}

/// Judges a claim made by someone with `scope`, in the order the desk always has: place, retry, person, rules.
pub fn judge(catalogue: &Catalogue, scope: &StaffScope, claim: &DoseClaim<'_>, known: &Known<'_>) -> Result<Judgement, DoseRefusal> {
    match known.facility_district {
        Some(district) if scope.covers_facility(claim.facility, district) => {}
        _ => return Err(DoseRefusal::Forbidden),
    }
    if let Some(first) = known.by_key {
        let same = first.beneficiary == claim.beneficiary && first.dose == claim.dose && first.vaccine == claim.vaccine.as_str();
        return if same { Ok(Judgement::Replay) } else { Err(DoseRefusal::KeyReused) };
    }
    let birth_year = known.birth_year.ok_or(DoseRefusal::BeneficiaryNotFound)?;
    if known.history.iter().any(|given| given.dose == claim.dose) {
        return Err(DoseRefusal::AlreadyRecorded);
    }
    let offer = SessionOffer {
        date: claim.given_on,
        vaccine: claim.vaccine,
        min_age: 0,
        max_age: None,
    };
    check_booking(catalogue, birth_year, known.history, claim.dose, &offer).map_err(DoseRefusal::Rule)?;
    Ok(Judgement::Record)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vaccine::{DoseRule, RuleSet, VaccineRules};

    fn covishield() -> VaccineCode {
        VaccineCode::parse("COVISHIELD").unwrap()
    }

    fn catalogue() -> Catalogue {
        let day = NaiveDate::from_ymd_opt(2021, 1, 16).unwrap();
        let rules = RuleSet {
            version: 1,
            effective_from: day,
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
                    min_interval_days: Some(28),
                    max_interval_days: None,
                },
            ],
            booster: None,
        };
        Catalogue::new([(covishield(), VaccineRules::new(vec![rules]).unwrap())])
    }

    fn claim(vaccine: &VaccineCode, dose: u8) -> DoseClaim<'_> {
        DoseClaim {
            beneficiary: "12345678901234",
            dose,
            vaccine,
            given_on: NaiveDate::from_ymd_opt(2021, 6, 1).unwrap(),
            facility: 7,
        }
    }

    fn known(history: &[GivenDose]) -> Known<'_> {
        Known {
            facility_district: Some(3),
            by_key: None,
            birth_year: Some(1980),
            history,
        }
    }

    #[test]
    fn a_first_dose_at_ones_own_facility_is_recorded() {
        let vaccine = covishield();
        let scope = StaffScope::Facilities(vec![7]);
        assert_eq!(judge(&catalogue(), &scope, &claim(&vaccine, 1), &known(&[])), Ok(Judgement::Record));
    }

    #[test]
    fn another_facility_and_an_unknown_facility_are_refused_alike() {
        let vaccine = covishield();
        let elsewhere = StaffScope::Facilities(vec![8]);
        assert_eq!(
            judge(&catalogue(), &elsewhere, &claim(&vaccine, 1), &known(&[])),
            Err(DoseRefusal::Forbidden)
        );
        let unknown = Known {
            facility_district: None,
            ..known(&[])
        };
        assert_eq!(
            judge(&catalogue(), &StaffScope::Everywhere, &claim(&vaccine, 1), &unknown),
            Err(DoseRefusal::Forbidden)
        );
    }

    #[test]
    fn a_retry_replays_and_a_reused_key_is_refused() {
        let vaccine = covishield();
        let same = KeyedDose {
            beneficiary: "12345678901234",
            dose: 1,
            vaccine: "COVISHIELD",
        };
        let retry = Known {
            by_key: Some(same),
            ..known(&[])
        };
        assert_eq!(
            judge(&catalogue(), &StaffScope::Everywhere, &claim(&vaccine, 1), &retry),
            Ok(Judgement::Replay)
        );
        let other = Known {
            by_key: Some(KeyedDose { dose: 2, ..same }),
            ..known(&[])
        };
        assert_eq!(
            judge(&catalogue(), &StaffScope::Everywhere, &claim(&vaccine, 1), &other),
            Err(DoseRefusal::KeyReused)
        );
    }

    #[test]
    fn unknown_people_doses_given_twice_and_rule_breaches_are_refused() {
        let vaccine = covishield();
        let nobody = Known {
            birth_year: None,
            ..known(&[])
        };
        assert_eq!(
            judge(&catalogue(), &StaffScope::Everywhere, &claim(&vaccine, 1), &nobody),
            Err(DoseRefusal::BeneficiaryNotFound)
        );
        let first = [GivenDose {
            dose: 1,
            vaccine: vaccine.clone(),
            given_on: NaiveDate::from_ymd_opt(2021, 5, 20).unwrap(),
        }];
        assert_eq!(
            judge(&catalogue(), &StaffScope::Everywhere, &claim(&vaccine, 1), &known(&first)),
            Err(DoseRefusal::AlreadyRecorded)
        );
        assert!(matches!(
            judge(&catalogue(), &StaffScope::Everywhere, &claim(&vaccine, 2), &known(&first)),
            Err(DoseRefusal::Rule(Refusal::TooEarly { .. }))
        ));
    }
}
