//! Judging a group's records in arrival order, as if they had come one at a time.

use cowin_core::dose_judgement::{DoseClaim, DoseRefusal, Judgement, KeyedDose, Known, judge};
use cowin_core::eligibility::{GivenDose, VaccinationStatus, status};

use super::facts::{DoseRow, Facts};
use super::{DoseRequest, DoseVerdict};
use crate::vaccination::certification::CertifiableDose;

/// A dose the group will write: its request, its row and what its certificate shows.
pub(super) struct Accepted {
    pub(super) request: usize,
    pub(super) row: DoseRow,
    pub(super) certifiable: CertifiableDose,
}

/// What the certificate of an accepted dose shows, from the facts.
fn certifiable(request: &DoseRequest, row: &DoseRow, facts: &Facts, status: VaccinationStatus) -> Option<CertifiableDose> {
    let beneficiary = facts.beneficiaries.get(&row.beneficiary_id)?;
    Some(CertifiableDose {
        dose_id: row.id,
        beneficiary: row.beneficiary_id.clone(),
        name: beneficiary.name.clone(),
        birth_year: i32::from(beneficiary.birth_year),
        gender_id: beneficiary.gender_id,
        id_document_type: beneficiary.id_document_type,
        id_number_sealed: base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &beneficiary.id_number_sealed)
            .unwrap_or_default(),
        passport_sealed: beneficiary
            .passport_sealed
            .as_ref()
            .and_then(|sealed| base64::Engine::decode(&base64::engine::general_purpose::STANDARD, sealed).ok()),
        dose: request.dose,
        vaccine: row.vaccine_code.clone(),
        given_on: row.given_on,
        batch: request.batch.clone(),
        facility: facts.facilities.get(&request.facility)?.clone(),
        status,
    })
}

/// Judges every request in order against `facts`, adding each accepted dose to them so that later requests
/// of the same group see it. Returns the verdicts and the doses to write.
pub(super) fn judge_all(requests: &[DoseRequest], facts: &mut Facts) -> (Vec<DoseVerdict>, Vec<Accepted>) {
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
            facility_district: facts.facilities.get(&request.facility).map(|facility| facility.district_id),
            by_key: keyed.map(|row| KeyedDose {
                beneficiary: &row.beneficiary_id,
                dose: u8::try_from(row.dose).unwrap_or(0),
                vaccine: &row.vaccine_code,
            }),
            birth_year: facts
                .beneficiaries
                .get(&reference)
                .map(|beneficiary| i32::from(beneficiary.birth_year)),
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
                    id: crate::row_ids::time_ordered(),
                    beneficiary_id: reference.clone(),
                    dose: i16::from(request.dose),
                    vaccine_code: request.vaccine.as_str().to_owned(),
                    given_on: request.given_on,
                    idempotency_key: Some(request.idempotency_key.clone()),
                };
                let mut after_history = history.clone();
                after_history.push(GivenDose {
                    dose: request.dose,
                    vaccine: request.vaccine.clone(),
                    given_on: request.given_on,
                });
                after_history.sort_by_key(|given| given.dose);
                let after = status(&request.catalogue, &after_history);
                // The judgement found the facility and the beneficiary, so their facts are there; were they not,
                // nothing is written rather than a dose without its certificate.
                match certifiable(request, &row, facts, after) {
                    Some(certifiable) => {
                        facts.histories.insert(reference, after_history);
                        facts.by_key.insert(request.idempotency_key.clone(), row.clone());
                        let verdict = DoseVerdict::Recorded {
                            dose: row.recorded(),
                            status: after,
                        };
                        accepted.push(Accepted {
                            request: index,
                            row,
                            certifiable,
                        });
                        verdict
                    }
                    None => DoseVerdict::Refused(DoseRefusal::BeneficiaryNotFound),
                }
            }
            Err(refusal) => DoseVerdict::Refused(refusal),
        };
        verdicts.push(verdict);
    }
    (verdicts, accepted)
}
