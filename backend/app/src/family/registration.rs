//! Registering a beneficiary, for citizens (`beneficiary/new`) and at the vaccinator's desk (walk-ins): every field
//! checked against the tenant's genders, documents and their formats, the document number in canonical form.

use chrono::Datelike;
use cowin_core::{BeneficiaryRef, DocumentNumber, LocaleTag, PersonName};
use cowin_privacy::{Field, TenantVault, Vault};
use cowin_store::citizens::beneficiaries::{NewBeneficiary, RegisterError, register};
use cowin_store::citizens::is_unique_violation;
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use rand::RngCore;
use uuid::Uuid;

use super::error::FamilyError;

/// A registration as a client sends it (ids already whole numbers).
#[derive(Debug, Clone)]
pub struct Registration {
    /// Name.
    pub name: String,
    /// Year of birth.
    pub birth_year: i16,
    /// Gender id of the tenant.
    pub gender_id: i32,
    /// Identity document type id of the tenant.
    pub photo_id_type: i32,
    /// The document number as written.
    pub photo_id_number: String,
    /// `Y`, `N` or absent.
    pub comorbidity: Option<String>,
    /// The consent text version accepted.
    pub consent_version: Option<String>,
}

/// A registration that passed every check.
#[derive(Debug, Clone)]
pub struct ValidRegistration {
    name: PersonName,
    birth_year: i16,
    gender_id: i32,
    document_id: i32,
    number: DocumentNumber,
    comorbidity: bool,
    consent_version: Option<String>,
}

/// Whether `year` is a year of birth someone alive in `tenant` could have.
pub fn plausible_birth_year(tenant: &TenantRecord, year: i16) -> bool {
    let now = tenant.config.today().year();
    (now - 120..=now).contains(&i32::from(year))
}

impl Registration {
    /// Checks the fields against the tenant; a wrong document number is named in `locale`.
    pub fn validate(&self, tenant: &TenantRecord, locale: &LocaleTag) -> Result<ValidRegistration, FamilyError> {
        let name = PersonName::parse(&self.name).ok_or(FamilyError::InvalidField("name"))?;
        if !plausible_birth_year(tenant, self.birth_year) {
            return Err(FamilyError::InvalidField("birth_year"));
        }
        if !tenant.config.genders.iter().any(|gender| gender.id == self.gender_id) {
            return Err(FamilyError::InvalidField("gender_id"));
        }
        let document = tenant
            .config
            .id_document(self.photo_id_type)
            .ok_or(FamilyError::InvalidField("photo_id_type"))?;
        let number = document
            .parse_number(&self.photo_id_number)
            .ok_or_else(|| FamilyError::InvalidDocument(document.name.get(locale, &tenant.default_locale).to_owned()))?;
        let comorbidity = match self.comorbidity.as_deref().map(str::trim) {
            None | Some("N") => false,
            Some("Y") => true,
            Some(_) => return Err(FamilyError::InvalidField("comorbidity_ind")),
        };
        Ok(ValidRegistration {
            name,
            birth_year: self.birth_year,
            gender_id: self.gender_id,
            document_id: document.id,
            number,
            comorbidity,
            consent_version: self.consent_version.clone(),
        })
    }
}

impl ValidRegistration {
    /// The row to insert for `account` under `reference`: the document number hashed (to find and to keep unique)
    /// and sealed (to show back masked), never in plain text.
    pub fn sealed(&self, keys: &TenantVault, reference: BeneficiaryRef, account: Uuid) -> NewBeneficiary {
        NewBeneficiary {
            reference,
            account,
            name: self.name.as_str().to_owned(),
            birth_year: self.birth_year,
            gender_id: self.gender_id,
            id_type: self.document_id,
            id_hash: keys.document_hash(self.document_id, &self.number),
            id_sealed: keys.seal(Field::IdNumber, self.number.as_str()),
            comorbidity: self.comorbidity,
            consent_version: self.consent_version.clone(),
        }
    }
}

/// Tries a few random references; two colliding among 9 × 10^13 is the only reason to retry.
pub(crate) const REFERENCE_ATTEMPTS: usize = 3;

/// Stores `valid` on `account`, in its own transaction; returns the new reference.
pub async fn store(
    db: &Databases,
    vault: &Vault,
    tenant: &TenantRecord,
    account: Uuid,
    valid: &ValidRegistration,
) -> Result<BeneficiaryRef, FamilyError> {
    let keys = vault.tenant(tenant.code);
    let limit = i64::from(tenant.config.members_per_account);
    for _ in 0..REFERENCE_ATTEMPTS {
        let reference = BeneficiaryRef::from_random(rand::thread_rng().next_u64());
        let new = valid.sealed(&keys, reference, account);
        let txn = TenantTxn::begin(db, tenant.code).await?;
        match register(&txn, new, limit).await {
            Ok(()) => {
                txn.commit().await?;
                return Ok(reference);
            }
            Err(RegisterError::MemberLimit(limit)) => return Err(FamilyError::MemberLimit(limit)),
            Err(RegisterError::DocumentRegistered) => return Err(FamilyError::DocumentRegistered),
            Err(RegisterError::Database(error)) if is_unique_violation(&error, "beneficiaries_pkey") => continue,
            Err(RegisterError::Database(error)) => return Err(error.into()),
        }
    }
    Err(FamilyError::NoReference)
}
