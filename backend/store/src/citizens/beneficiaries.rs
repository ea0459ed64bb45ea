//! Beneficiaries: the people an account registers for vaccination.

use std::collections::HashMap;

use chrono::NaiveDate;
use cowin_core::BeneficiaryRef;
use cowin_core::eligibility::GivenDose;
use cowin_core::vaccine::VaccineCode;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use super::is_unique_violation;
use crate::TenantTxn;

/// A registration to insert; the ID number arrives already hashed and sealed.
#[derive(Debug, Clone)]
pub struct NewBeneficiary {
    /// The 14-digit reference.
    pub reference: BeneficiaryRef,
    /// Owning account.
    pub account: Uuid,
    /// Name as on the document.
    pub name: String,
    /// Year of birth.
    pub birth_year: i16,
    /// Gender id of the tenant's list.
    pub gender_id: i32,
    /// ID document type id.
    pub id_type: i32,
    /// Keyed hash of the document number.
    pub id_hash: Vec<u8>,
    /// Sealed document number.
    pub id_sealed: Vec<u8>,
    /// Whether the citizen declared comorbidities.
    pub comorbidity: bool,
    /// Consent text version accepted.
    pub consent_version: Option<String>,
}

/// Why a registration was refused.
#[derive(Debug, thiserror::Error)]
pub enum RegisterError {
    #[error("the account already has {0} members")]
    MemberLimit(i64),
    #[error("the document is already registered")]
    DocumentRegistered,
    #[error(transparent)]
    Database(#[from] DbErr),
}

#[derive(Debug, FromQueryResult)]
struct Count {
    n: i64,
}

/// Registers a beneficiary unless the account already has `limit` members or the document is registered.
/// The account row is locked first, so concurrent registrations cannot both pass the limit.
pub async fn register(txn: &TenantTxn, new: NewBeneficiary, limit: i64) -> Result<(), RegisterError> {
    txn.execute("SELECT 1 FROM accounts WHERE id = $1 FOR UPDATE", vec![new.account.into()])
        .await?;
    let count: Option<Count> = txn
        .one(
            "SELECT count(*) AS n FROM beneficiaries WHERE account_id = $1 AND deleted_at IS NULL",
            vec![new.account.into()],
        )
        .await?;
    let members = count.map_or(0, |count| count.n);
    if members >= limit {
        return Err(RegisterError::MemberLimit(limit));
    }
    let inserted = txn
        .execute(
            "INSERT INTO beneficiaries (reference_id, account_id, name, birth_year, gender_id, id_document_type, id_number_hash, \
             id_number_encrypted, comorbidity, consent_version) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)",
            vec![
                new.reference.to_string().into(),
                new.account.into(),
                new.name.into(),
                new.birth_year.into(),
                new.gender_id.into(),
                new.id_type.into(),
                new.id_hash.into(),
                new.id_sealed.into(),
                new.comorbidity.into(),
                new.consent_version.into(),
            ],
        )
        .await;
    match inserted {
        Err(error) if is_unique_violation(&error, "beneficiaries_id_document_unique") => Err(RegisterError::DocumentRegistered),
        Err(error) => Err(RegisterError::from(error)),
        Ok(_) => Ok(crate::platform::usage::count(txn, crate::platform::usage::Counter::Registration).await?),
    }
}

/// A beneficiary as the account sees it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct BeneficiaryRow {
    /// 14-digit reference.
    pub reference_id: String,
    /// Name.
    pub name: String,
    /// Year of birth.
    pub birth_year: i16,
    /// Gender id.
    pub gender_id: i32,
    /// ID document type id.
    pub id_document_type: i32,
    /// Sealed document number.
    pub id_number_encrypted: Vec<u8>,
    /// Declared comorbidity.
    pub comorbidity: bool,
}

/// The account's registered beneficiaries, oldest first.
pub async fn of_account(txn: &TenantTxn, account: Uuid) -> Result<Vec<BeneficiaryRow>, DbErr> {
    txn.all(
        "SELECT reference_id, name, birth_year, gender_id, id_document_type, id_number_encrypted, comorbidity \
         FROM beneficiaries WHERE account_id = $1 AND deleted_at IS NULL ORDER BY created_at, reference_id",
        vec![account.into()],
    )
    .await
}

/// One of the account's beneficiaries.
pub async fn find(txn: &TenantTxn, account: Uuid, reference: BeneficiaryRef) -> Result<Option<BeneficiaryRow>, DbErr> {
    txn.one(
        "SELECT reference_id, name, birth_year, gender_id, id_document_type, id_number_encrypted, comorbidity \
         FROM beneficiaries WHERE account_id = $1 AND reference_id = $2 AND deleted_at IS NULL",
        vec![account.into(), reference.to_string().into()],
    )
    .await
}

/// Keeps `sealed` as the passport number of the account's member `reference` for travel (replacing one added
/// before), audited as the citizen's act without the number; false if the account has no such member.
pub async fn set_passport(txn: &TenantTxn, account: Uuid, reference: BeneficiaryRef, sealed: Vec<u8>) -> Result<bool, DbErr> {
    let updated = txn
        .execute(
            "UPDATE beneficiaries SET passport_encrypted = $3 WHERE account_id = $1 AND reference_id = $2 AND deleted_at IS NULL",
            vec![account.into(), reference.to_string().into(), sealed.into()],
        )
        .await?;
    if updated == 0 {
        return Ok(false);
    }
    let actor = format!("citizen:{account}");
    let event = crate::audit::AuditEvent {
        actor: &actor,
        tenant: Some(txn.tenant()),
        action: "beneficiary.passport_added",
        target: reference.to_string(),
        detail: serde_json::json!({}),
    };
    crate::audit::record(txn, event).await?;
    Ok(true)
}

#[derive(Debug, FromQueryResult)]
struct DoseRow {
    beneficiary_id: String,
    dose: i16,
    vaccine_code: String,
    given_on: NaiveDate,
}

impl DoseRow {
    fn given(&self) -> Result<GivenDose, DbErr> {
        Ok(GivenDose {
            dose: u8::try_from(self.dose).map_err(|error| DbErr::Type(error.to_string()))?,
            vaccine: VaccineCode::parse(&self.vaccine_code).map_err(|error| DbErr::Type(error.to_string()))?,
            given_on: self.given_on,
        })
    }
}

/// Doses given to a beneficiary, in dose order.
pub async fn given_doses(txn: &TenantTxn, reference: BeneficiaryRef) -> Result<Vec<GivenDose>, DbErr> {
    let mut given = given_doses_of(txn, &[reference.to_string()]).await?;
    Ok(given.remove(&reference.to_string()).unwrap_or_default())
}

/// Doses given to each of `references` that has any, in dose order.
pub async fn given_doses_of(txn: &TenantTxn, references: &[String]) -> Result<HashMap<String, Vec<GivenDose>>, DbErr> {
    let mut given: HashMap<String, Vec<GivenDose>> = HashMap::new();
    if references.is_empty() {
        return Ok(given);
    }
    let rows: Vec<DoseRow> = txn
        .all(
            "SELECT beneficiary_id::text AS beneficiary_id, dose, vaccine_code, given_on FROM doses WHERE beneficiary_id = ANY($1) \
             ORDER BY beneficiary_id, dose",
            vec![references.to_vec().into()],
        )
        .await?;
    for row in rows {
        let dose = row.given()?;
        given.entry(row.beneficiary_id).or_default().push(dose);
    }
    Ok(given)
}

/// Why a deletion was refused.
#[derive(Debug, thiserror::Error)]
pub enum DeleteError {
    #[error("no such beneficiary on this account")]
    NotFound,
    #[error("the beneficiary has received a dose")]
    Vaccinated,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Deletes an unvaccinated beneficiary of the account and cancels their appointments. The row is kept,
/// marked deleted, so the document can be registered again while history stays consistent.
pub async fn delete(txn: &TenantTxn, account: Uuid, reference: BeneficiaryRef) -> Result<(), DeleteError> {
    if find(txn, account, reference).await?.is_none() {
        return Err(DeleteError::NotFound);
    }
    if !given_doses(txn, reference).await?.is_empty() {
        return Err(DeleteError::Vaccinated);
    }
    let id = reference.to_string();
    super::booking::cancel_all_of(txn, &id).await?;
    txn.execute(
        "UPDATE beneficiaries SET deleted_at = now() WHERE reference_id = $1",
        vec![id.into()],
    )
    .await?;
    Ok(())
}
