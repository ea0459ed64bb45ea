//! The certificate of a dose is made in the transaction that records the dose. The store knows the facts; an
//! issuer (signing keys, the tenant's configuration, the licence) turns them into sealed certificates.

use std::fmt;

use chrono::NaiveDate;
use cowin_core::eligibility::VaccinationStatus;
use cowin_core::{LocalisedText, TenantCode};
use futures::future::BoxFuture;
use serde::Deserialize;
use uuid::Uuid;

/// Where a dose was given, as certificates print it (nothing, by default: imported history may name no facility).
#[derive(Debug, Clone, Default, Deserialize)]
pub struct FacilityFacts {
    /// Facility id.
    pub id: i64,
    /// District.
    pub district_id: i32,
    /// Name.
    pub name: LocalisedText,
    /// Street address.
    pub address: String,
    /// District name.
    pub district: LocalisedText,
    /// State name.
    pub state: LocalisedText,
}

/// A dose about to be (or already) recorded, with everything its certificate shows.
#[derive(Debug, Clone)]
pub struct CertifiableDose {
    /// Dose id.
    pub dose_id: Uuid,
    /// Beneficiary reference.
    pub beneficiary: String,
    /// Name.
    pub name: String,
    /// Year of birth.
    pub birth_year: i32,
    /// Gender id.
    pub gender_id: i32,
    /// Identity document type id.
    pub id_document_type: i32,
    /// The document number, sealed as stored.
    pub id_number_sealed: Vec<u8>,
    /// The passport number added for travel, sealed as stored.
    pub passport_sealed: Option<Vec<u8>>,
    /// Dose number.
    pub dose: u8,
    /// Vaccine code.
    pub vaccine: String,
    /// Day given.
    pub given_on: NaiveDate,
    /// Batch or lot.
    pub batch: String,
    /// Where.
    pub facility: FacilityFacts,
    /// The beneficiary's status after it.
    pub status: VaccinationStatus,
}

/// A certificate ready to store.
#[derive(Debug, Clone)]
pub struct NewCertificate {
    /// Certificate id.
    pub id: Uuid,
    /// Its dose.
    pub dose_id: Uuid,
    /// Its beneficiary.
    pub beneficiary_id: String,
    /// The licence it was issued under.
    pub licence_id: Option<String>,
    /// The record and its signed forms, sealed.
    pub payload: Vec<u8>,
}

/// Makes certificates; called inside the transaction that records their doses, so a failure records nothing.
pub trait CertificateIssuer: Send + Sync + fmt::Debug {
    /// The certificates of `doses` of `tenant`, one per dose.
    fn issue<'a>(&'a self, tenant: TenantCode, doses: &'a [CertifiableDose]) -> BoxFuture<'a, Result<Vec<NewCertificate>, String>>;

    /// Whether every certificate has follow-up work in the outbox (its PDF rendered ahead of its first
    /// download), rather than only those whose holder has an e-mail address to be told at.
    fn follows_up_every_certificate(&self) -> bool {
        false
    }
}

#[derive(Debug, sea_orm::FromQueryResult)]
struct DoseFactsRow {
    dose_id: Uuid,
    beneficiary_id: String,
    name: String,
    birth_year: i16,
    gender_id: i32,
    id_document_type: i32,
    id_number_encrypted: Vec<u8>,
    passport_encrypted: Option<Vec<u8>>,
    dose: i16,
    vaccine_code: String,
    given_on: NaiveDate,
    batch: String,
    facility_id: Option<i64>,
    district_id: Option<i32>,
    facility_name: Option<serde_json::Value>,
    address: Option<String>,
    district: Option<serde_json::Value>,
    state: Option<serde_json::Value>,
}

fn localised(value: Option<serde_json::Value>) -> LocalisedText {
    value
        .and_then(|value| serde_json::from_value(value).ok())
        .unwrap_or_else(|| LocalisedText::new(Default::default()))
}

/// The recorded doses of `beneficiary` (all, or only `dose`) with what their certificates show, each with the
/// beneficiary's status right after it: what a correction reissues.
pub async fn certifiable_doses(
    txn: &crate::TenantTxn,
    beneficiary: &str,
    only: Option<Uuid>,
    catalogue: &cowin_core::eligibility::Catalogue,
) -> Result<Vec<CertifiableDose>, sea_orm::DbErr> {
    let rows: Vec<DoseFactsRow> = txn
        .all(
            "SELECT d.id AS dose_id, d.beneficiary_id, b.name, b.birth_year, b.gender_id, b.id_document_type, b.id_number_encrypted, \
             b.passport_encrypted, d.dose, d.vaccine_code, d.given_on, COALESCE(d.batch, '') AS batch, f.id AS facility_id, f.district_id, f.name AS facility_name, \
             f.address, di.name AS district, s.name AS state \
             FROM doses d JOIN beneficiaries b ON b.reference_id = d.beneficiary_id \
             LEFT JOIN facilities f ON f.id = d.facility_id LEFT JOIN districts di ON di.id = f.district_id LEFT JOIN states s ON s.id = di.state_id \
             WHERE d.beneficiary_id = $1 ORDER BY d.dose",
            vec![beneficiary.into()],
        )
        .await?;
    let mut history = Vec::new();
    let mut doses = Vec::new();
    for row in rows {
        let vaccine =
            cowin_core::vaccine::VaccineCode::parse(&row.vaccine_code).map_err(|error| sea_orm::DbErr::Type(error.to_string()))?;
        let dose = u8::try_from(row.dose).map_err(|error| sea_orm::DbErr::Type(error.to_string()))?;
        history.push(cowin_core::eligibility::GivenDose {
            dose,
            vaccine,
            given_on: row.given_on,
        });
        if only.is_some_and(|wanted| wanted != row.dose_id) {
            continue;
        }
        doses.push(CertifiableDose {
            dose_id: row.dose_id,
            beneficiary: row.beneficiary_id,
            name: row.name,
            birth_year: i32::from(row.birth_year),
            gender_id: row.gender_id,
            id_document_type: row.id_document_type,
            id_number_sealed: row.id_number_encrypted,
            passport_sealed: row.passport_encrypted,
            dose,
            vaccine: row.vaccine_code,
            given_on: row.given_on,
            batch: row.batch,
            facility: FacilityFacts {
                id: row.facility_id.unwrap_or_default(),
                district_id: row.district_id.unwrap_or_default(),
                name: localised(row.facility_name),
                address: row.address.unwrap_or_default(),
                district: localised(row.district),
                state: localised(row.state),
            },
            status: cowin_core::eligibility::status(catalogue, &history),
        });
    }
    Ok(doses)
}
