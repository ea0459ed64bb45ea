//! The certificate of a dose is made in the transaction that records the dose. The store knows the facts; an
//! issuer (signing keys, the tenant's configuration, the licence) turns them into sealed certificates.

use std::fmt;

use chrono::NaiveDate;
use cowin_core::eligibility::VaccinationStatus;
use cowin_core::{LocalisedText, TenantCode};
use futures::future::BoxFuture;
use serde::Deserialize;
use uuid::Uuid;

/// Where a dose was given, as certificates print it.
#[derive(Debug, Clone, Deserialize)]
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
}
