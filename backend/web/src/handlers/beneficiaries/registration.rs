//! Registering a beneficiary, shared by citizens (`beneficiary/new`) and the vaccinator's walk-in desk.

use chrono::Datelike;
use cowin_core::{BeneficiaryRef, DocumentNumber, ErrorCode};
use cowin_privacy::{Field, TenantVault};
use cowin_store::citizens::beneficiaries::{NewBeneficiary, RegisterError, register};
use cowin_store::citizens::is_unique_violation;
use cowin_store::{DatabaseConnection, TenantTxn};
use rand::RngCore;
use serde::Deserialize;
use uuid::Uuid;

use crate::ApiError;
use crate::error::MessageArg;
use crate::extractors::{RequestLocale, Tenant};

/// A registration in CoWIN's field names.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Registration {
    name: String,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    birth_year: i16,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    gender_id: i32,
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    photo_id_type: i32,
    photo_id_number: String,
    comorbidity_ind: Option<String>,
    consent_version: Option<String>,
}

/// A registration that passed every check, ready to store.
#[derive(Debug)]
pub(crate) struct ValidRegistration {
    name: String,
    birth_year: i16,
    gender_id: i32,
    document_id: i32,
    number: DocumentNumber,
    comorbidity: bool,
    consent_version: Option<String>,
}

impl Registration {
    /// Checks the fields against the tenant's genders, documents and their formats.
    pub(crate) fn validate(&self, tenant: &Tenant, locale: &RequestLocale) -> Result<ValidRegistration, ApiError> {
        let name = self.name.trim();
        if name.is_empty() || name.chars().count() > 100 {
            return Err(ApiError::invalid_parameter("name"));
        }
        let year = i64::from(tenant.config.today().year());
        let birth_year = Some(self.birth_year)
            .filter(|y| (year - 120..=year).contains(&i64::from(*y)))
            .ok_or_else(|| ApiError::invalid_parameter("birth_year"))?;
        let gender_id = Some(self.gender_id)
            .filter(|id| tenant.config.genders.iter().any(|g| g.id == *id))
            .ok_or_else(|| ApiError::invalid_parameter("gender_id"))?;
        let document = tenant
            .config
            .id_document(self.photo_id_type)
            .ok_or_else(|| ApiError::invalid_parameter("photo_id_type"))?;
        let Some(number) = document.parse_number(&self.photo_id_number) else {
            let document_name = document.name.get(&locale.locale, &locale.default).to_owned();
            return Err(ApiError::new(ErrorCode::InvalidIdDocument).with_arg("document", MessageArg::Text(document_name)));
        };
        let comorbidity = match self.comorbidity_ind.as_deref().map(str::trim) {
            None | Some("N") => false,
            Some("Y") => true,
            Some(_) => return Err(ApiError::invalid_parameter("comorbidity_ind")),
        };
        Ok(ValidRegistration {
            name: name.to_owned(),
            birth_year,
            gender_id,
            document_id: document.id,
            number,
            comorbidity,
            consent_version: self.consent_version.clone(),
        })
    }
}

/// Tries a few random references; two colliding among 9 × 10^13 is the only reason to retry.
const REFERENCE_ATTEMPTS: usize = 3;

/// Stores the registration on `account`, in its own transaction; returns the new reference.
pub(crate) async fn store(
    db: &DatabaseConnection,
    tenant: &Tenant,
    vault: &TenantVault,
    account: Uuid,
    valid: &ValidRegistration,
) -> Result<BeneficiaryRef, ApiError> {
    let limit = i64::from(tenant.config.members_per_account);
    for _ in 0..REFERENCE_ATTEMPTS {
        let reference = BeneficiaryRef::from_random(rand::thread_rng().next_u64());
        let new = NewBeneficiary {
            reference,
            account,
            name: valid.name.clone(),
            birth_year: valid.birth_year,
            gender_id: valid.gender_id,
            id_type: valid.document_id,
            id_hash: vault.document_hash(valid.document_id, &valid.number),
            id_sealed: vault.seal(Field::IdNumber, valid.number.as_str()),
            comorbidity: valid.comorbidity,
            consent_version: valid.consent_version.clone(),
        };
        let txn = TenantTxn::begin(db, tenant.code).await?;
        match register(&txn, new, limit).await {
            Ok(()) => {
                txn.commit().await?;
                return Ok(reference);
            }
            Err(RegisterError::MemberLimit(limit)) => {
                return Err(
                    ApiError::new(ErrorCode::MemberLimitReached).with_arg("limit", MessageArg::Number(u64::try_from(limit).unwrap_or(0)))
                );
            }
            Err(RegisterError::DocumentRegistered) => return Err(ApiError::new(ErrorCode::IdDocumentRegistered)),
            Err(RegisterError::Database(error)) if is_unique_violation(&error, "beneficiaries_pkey") => continue,
            Err(RegisterError::Database(error)) => return Err(error.into()),
        }
    }
    Err(ApiError::internal(&"no free beneficiary reference after several attempts"))
}
