//! What citizens ask of the ministry, and how staff answer: a correction of a member's name, year of birth or gender,
//! or a grievance (a wrong dose recorded, a certificate not generated, anything else). Each gets a tracking number
//! and a status the citizen sees; a tenant administrator approves or rejects a correction (approval corrects the
//! record and reissues the certificates, as a correction by staff does, in the same transaction) and resolves or
//! rejects a grievance. Every step is audited.

use cowin_core::{BeneficiaryRef, PersonName};
use cowin_store::citizens::beneficiaries;
use cowin_store::citizens::requests::{self, NewRequest, RequestRow};
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::corrections::{self, BeneficiaryChange, CorrectionError};
use cowin_store::{Databases, TenantTxn};
use rand::Rng as _;
use uuid::Uuid;

use super::error::VaccinationError;
use crate::certificates::issuer::Issuer;
use crate::certificates::reissue::{commit_reissued, reissue};
use crate::family::registration::plausible_birth_year;
use crate::staff::StaffMember;

/// Longest text a citizen or staff member may write.
const MAX_TEXT: usize = 1_000;
/// Most requests a staff listing returns.
const MAX_LISTED: u64 = 500;

/// What a request asks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum RequestKind {
    /// Correct the member's name.
    Name,
    /// Correct the year of birth.
    BirthYear,
    /// Correct the gender.
    Gender,
    /// A dose was recorded wrongly.
    WrongDose,
    /// No certificate was generated.
    NoCertificate,
    /// Anything else.
    Other,
}

impl RequestKind {
    /// Every kind, in the order forms offer them.
    pub const ALL: [Self; 6] = [
        Self::Name,
        Self::BirthYear,
        Self::Gender,
        Self::WrongDose,
        Self::NoCertificate,
        Self::Other,
    ];

    /// Its stored and API name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Name => "name",
            Self::BirthYear => "birth_year",
            Self::Gender => "gender",
            Self::WrongDose => "wrong_dose",
            Self::NoCertificate => "no_certificate",
            Self::Other => "other",
        }
    }

    /// The kind named `text`.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|kind| kind.as_str() == text)
    }

    /// Whether it asks to correct a record (else it is a grievance).
    pub fn is_correction(self) -> bool {
        matches!(self, Self::Name | Self::BirthYear | Self::Gender)
    }
}

/// A request as a citizen files it.
#[derive(Debug, Clone)]
pub struct Filing {
    /// The member concerned.
    pub beneficiary: BeneficiaryRef,
    /// What is asked.
    pub kind: RequestKind,
    /// The corrected value (a name, a year, a gender id), for a correction.
    pub value: Option<String>,
    /// The citizen's words (required for a grievance).
    pub details: String,
}

/// Staff's answer.
#[derive(Debug, Clone)]
pub struct Decision {
    /// Approve (a correction) or resolve (a grievance); `false` rejects.
    pub accept: bool,
    /// What the citizen is told.
    pub note: String,
}

/// Citizens' requests of a tenant.
#[derive(Debug)]
pub struct CitizenRequests<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Reissues certificates after an approved correction.
    pub issuer: &'a Issuer,
}

/// A text of at most [`MAX_TEXT`] characters, trimmed.
fn text(value: &str, field: &'static str) -> Result<String, VaccinationError> {
    let value = value.trim();
    if value.chars().count() > MAX_TEXT {
        return Err(VaccinationError::InvalidField(field));
    }
    Ok(value.to_owned())
}

/// The corrected value a correction asks for, checked as the record itself would be.
fn corrected_value(tenant: &TenantRecord, kind: RequestKind, value: Option<&str>) -> Result<Option<String>, VaccinationError> {
    let value = value.map(str::trim).unwrap_or_default();
    let invalid = || VaccinationError::InvalidField("value");
    match kind {
        RequestKind::Name => PersonName::parse(value)
            .map(|name| Some(name.as_str().to_owned()))
            .ok_or_else(invalid),
        RequestKind::BirthYear => value
            .parse::<i16>()
            .ok()
            .filter(|year| plausible_birth_year(tenant, *year))
            .map(|year| Some(year.to_string()))
            .ok_or_else(invalid),
        RequestKind::Gender => value
            .parse::<i32>()
            .ok()
            .filter(|id| tenant.config.genders.iter().any(|gender| gender.id == *id))
            .map(|id| Some(id.to_string()))
            .ok_or_else(invalid),
        RequestKind::WrongDose | RequestKind::NoCertificate | RequestKind::Other => Ok(None),
    }
}

/// A tracking number a citizen can read out on the phone: the country code and ten characters without look-alikes.
fn tracking_number(tenant: &TenantRecord) -> String {
    const ALPHABET: &[u8] = b"ABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut random = rand::thread_rng();
    let code: String = (0..10).map(|_| char::from(ALPHABET[random.gen_range(0..ALPHABET.len())])).collect();
    format!("{}-{code}", tenant.code.as_str())
}

impl CitizenRequests<'_> {
    /// Files a request for one of the account's own members; returns its tracking number.
    pub async fn file(&self, tenant: &TenantRecord, account: Uuid, filing: &Filing) -> Result<String, VaccinationError> {
        let value = corrected_value(tenant, filing.kind, filing.value.as_deref())?;
        let details = text(&filing.details, "details")?;
        if !filing.kind.is_correction() && details.is_empty() {
            return Err(VaccinationError::InvalidField("details"));
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        if beneficiaries::find(&txn, account, filing.beneficiary).await?.is_none() {
            return Err(VaccinationError::BeneficiaryNotFound);
        }
        let tracking = tracking_number(tenant);
        let reference = filing.beneficiary.to_string();
        let request = NewRequest {
            tracking_number: &tracking,
            account,
            beneficiary: &reference,
            kind: filing.kind.as_str(),
            requested_value: value.as_deref(),
            details: &details,
        };
        requests::insert(&txn, &request).await?;
        txn.commit().await?;
        Ok(tracking)
    }

    /// The account's requests, newest first.
    pub async fn of_account(&self, tenant: &TenantRecord, account: Uuid) -> Result<Vec<RequestRow>, VaccinationError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let rows = requests::of_account(&txn, account).await?;
        txn.commit().await?;
        Ok(rows)
    }

    /// Requests of a status (`open`, `approved`, `resolved`, `rejected`; every status for `None`), oldest first.
    pub async fn listed(&self, tenant: &TenantRecord, status: Option<&str>) -> Result<Vec<RequestRow>, VaccinationError> {
        if status.is_some_and(|status| !["open", "approved", "resolved", "rejected"].contains(&status)) {
            return Err(VaccinationError::InvalidField("status"));
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let rows = requests::with_status(&txn, status, MAX_LISTED).await?;
        txn.commit().await?;
        Ok(rows)
    }

    /// Decides an open request: an accepted correction is applied and the member's certificates reissued.
    pub async fn decide(
        &self,
        tenant: &TenantRecord,
        admin: &StaffMember,
        tracking_number: &str,
        decision: &Decision,
    ) -> Result<(), VaccinationError> {
        let note = text(&decision.note, "note")?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let request = requests::lock(&txn, tracking_number).await?.ok_or(VaccinationError::NotFound)?;
        if request.status != "open" {
            return Err(VaccinationError::RequestDecided);
        }
        let kind = RequestKind::parse(&request.kind).ok_or_else(|| VaccinationError::Stored(format!("request kind {}", request.kind)))?;
        let status = match (decision.accept, kind.is_correction()) {
            (false, _) => "rejected",
            (true, false) => "resolved",
            (true, true) => {
                let value = request.requested_value.as_deref().unwrap_or_default();
                let reason = format!("request {}", request.tracking_number);
                let change = BeneficiaryChange {
                    name: (kind == RequestKind::Name).then_some(value),
                    birth_year: if kind == RequestKind::BirthYear { value.parse().ok() } else { None },
                    gender_id: if kind == RequestKind::Gender { value.parse().ok() } else { None },
                    reason: &reason,
                };
                match corrections::beneficiary(&txn, &request.beneficiary_id, &change, admin.id).await {
                    Ok(()) => {}
                    Err(CorrectionError::NotFound) => return Err(VaccinationError::BeneficiaryNotFound),
                    Err(CorrectionError::Database(error)) => return Err(error.into()),
                }
                reissue(self.issuer, tenant, &txn, &request.beneficiary_id, None, &reason).await?;
                "approved"
            }
        };
        requests::decide(&txn, &request, status, &note, admin.id).await?;
        commit_reissued(self.issuer, txn).await?;
        Ok(())
    }
}
