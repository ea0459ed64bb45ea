//! Judging a group's records in arrival order, as if they had come one at a time.

use cowin_core::dose_judgement::{DoseClaim, DoseRefusal, Judgement, KeyedDose, Known, judge};
use cowin_core::eligibility::{GivenDose, status};
use uuid::Uuid;

use super::facts::{DoseRow, Facts};
use super::{DoseRequest, DoseVerdict};

/// Judges every request in order against `facts`, adding each accepted dose to them so that later requests
/// of the same group see it. Returns the verdicts and the rows to insert.
pub(super) fn judge_all(requests: &[DoseRequest], facts: &mut Facts) -> (Vec<DoseVerdict>, Vec<(usize, DoseRow)>) {
    let mut verdicts = Vec::with_capacity(requests.len());
    let mut accepted = Vec::new();
    for (index, request) in requests.iter().enumerate() {
        let reference = request.beneficiary.to_string();
        let empty = Vec::new();
        let history = facts.histories.get(&reference).unwrap_or(&empty);
        let keyed = facts.by_key.get(&request.idempotency_key);
        let claim = DoseClaim {
            beneficiary: &reference,
            dose: request.dose,
            vaccine: &request.vaccine,
            given_on: request.given_on,
            facility: request.facility,
        };
        let known = Known {
            facility_district: facts.facilities.get(&request.facility).copied(),
            by_key: keyed.map(|row| KeyedDose {
                beneficiary: &row.beneficiary_id,
                dose: u8::try_from(row.dose).unwrap_or(0),
                vaccine: &row.vaccine_code,
            }),
            birth_year: facts.birth_years.get(&reference).copied(),
            history,
        };
        let verdict = match judge(&request.catalogue, &request.scope, &claim, &known) {
            Ok(Judgement::Replay) => match keyed {
                Some(first) => DoseVerdict::Replayed {
                    dose: first.recorded(),
                    status: status(&request.catalogue, history),
                },
                None => DoseVerdict::Refused(DoseRefusal::KeyReused),
            },
            Ok(Judgement::Record) => {
                let row = DoseRow {
                    id: Uuid::new_v4(),
                    beneficiary_id: reference.clone(),
                    dose: i16::from(request.dose),
                    vaccine_code: request.vaccine.as_str().to_owned(),
                    given_on: request.given_on,
                    idempotency_key: Some(request.idempotency_key.clone()),
                };
                let history = facts.histories.entry(reference).or_default();
                history.push(GivenDose {
                    dose: request.dose,
                    vaccine: request.vaccine.clone(),
                    given_on: request.given_on,
                });
                history.sort_by_key(|given| given.dose);
                let verdict = DoseVerdict::Recorded {
                    dose: row.recorded(),
                    status: status(&request.catalogue, history),
                };
                facts.by_key.insert(request.idempotency_key.clone(), row.clone());
                accepted.push((index, row));
                verdict
            }
            Err(refusal) => DoseVerdict::Refused(refusal),
        };
        verdicts.push(verdict);
    }
    (verdicts, accepted)
}
