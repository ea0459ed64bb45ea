//! A citizen's family: the beneficiaries on their account (registered by the citizen or at a desk), each with the
//! doses they have had and their live appointments.

pub mod error;
pub mod registration;

use cowin_core::eligibility::GivenDose;
use cowin_core::eligibility::{VaccinationStatus, status};
use cowin_core::{BeneficiaryRef, LocaleTag};
use cowin_privacy::{Field, Vault, mask};
use cowin_store::citizens::beneficiaries::{self, BeneficiaryRow, DeleteError};
use cowin_store::citizens::booking::{self, AppointmentView};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

pub use self::error::FamilyError;
use self::registration::{Registration, store};

/// One member of a family as the account sees them.
#[derive(Debug, Clone)]
pub struct Member {
    /// The stored row (the document number still sealed).
    pub row: BeneficiaryRow,
    /// The document number, masked (`XXXXXXXX5678`).
    pub masked_number: String,
    /// Doses given, in order.
    pub doses: Vec<GivenDose>,
    /// Where they stand in their series.
    pub status: VaccinationStatus,
    /// Their live appointments.
    pub appointments: Vec<AppointmentView>,
}

/// An account's family.
#[derive(Debug, Clone)]
pub struct FamilyView {
    /// The last four digits of the account's mobile.
    pub mobile_last4: String,
    /// Its members.
    pub members: Vec<Member>,
}

/// A citizen's family.
#[derive(Debug)]
pub struct Family<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Seals and opens numbers.
    pub vault: &'a Vault,
}

impl Family<'_> {
    /// Registers a member on `account`; returns their reference.
    pub async fn register(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        registration: &Registration,
        locale: &LocaleTag,
    ) -> Result<BeneficiaryRef, FamilyError> {
        let valid = registration.validate(tenant, locale)?;
        store(self.db, self.vault, tenant, account, &valid).await
    }

    /// Deletes an unvaccinated member of `account` (their appointments are cancelled).
    pub async fn delete(&self, tenant: &TenantRecord, account: Uuid, reference: BeneficiaryRef) -> Result<(), FamilyError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        match beneficiaries::delete(&txn, account, reference).await {
            Ok(()) => {
                txn.commit().await?;
                Ok(())
            }
            Err(DeleteError::NotFound) => Err(FamilyError::NotFound),
            Err(DeleteError::Vaccinated) => Err(FamilyError::Vaccinated),
            Err(DeleteError::Database(error)) => Err(error.into()),
        }
    }

    /// The members of `account` with their doses and live appointments, numbers masked.
    pub async fn view(&self, tenant: &TenantRecord, account: Uuid) -> Result<FamilyView, FamilyError> {
        let keys = self.vault.tenant(tenant.code);
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let rows = beneficiaries::of_account(&txn, account).await?;
        let appointments = booking::live_of_account(&txn, account).await?;
        let sealed_mobile = cowin_store::citizens::accounts::sealed_mobile(&txn, account).await?;
        let mut members = Vec::with_capacity(rows.len());
        for row in rows {
            let doses = match BeneficiaryRef::parse(&row.reference_id) {
                Some(reference) => beneficiaries::given_doses(&txn, reference).await?,
                None => Vec::new(),
            };
            let masked_number = keys
                .open(Field::IdNumber, &row.id_number_encrypted)
                .map(|number| mask(&number, 4))
                .unwrap_or_default();
            members.push(Member {
                status: status(&tenant.catalogue, &doses),
                appointments: appointments
                    .iter()
                    .filter(|a| a.beneficiary_id == row.reference_id)
                    .cloned()
                    .collect(),
                row,
                masked_number,
                doses,
            });
        }
        txn.commit().await?;
        let mobile = sealed_mobile
            .and_then(|sealed| keys.open(Field::Mobile, &sealed).ok())
            .unwrap_or_default();
        let mobile_last4 = mobile.chars().skip(mobile.chars().count().saturating_sub(4)).collect();
        Ok(FamilyView { mobile_last4, members })
    }
}
