//! Corrections by tenant administrators: a beneficiary's name or year of birth, a dose's vaccine, batch or date.
//! The old values stay in an append-only trail, and the certificates that showed them are revoked and reissued in
//! the correction's transaction.

use chrono::NaiveDate;
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, PersonName};
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::corrections::{self, BeneficiaryChange, CorrectionError, CorrectionView, trail_of};
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use super::error::VaccinationError;
use crate::certificates::issuer::Issuer;
use crate::certificates::reissue::{commit_reissued, reissue};
use crate::family::registration::plausible_birth_year;
use crate::staff::StaffMember;

/// Why a correction is made: required, at most 500 characters.
fn reason(text: &str) -> Result<&str, VaccinationError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 500 {
        Err(VaccinationError::InvalidField("reason"))
    } else {
        Ok(text)
    }
}

/// A beneficiary's corrected details.
#[derive(Debug, Clone)]
pub struct BeneficiaryCorrection {
    /// The beneficiary.
    pub beneficiary: BeneficiaryRef,
    /// A new name.
    pub name: Option<String>,
    /// A new year of birth.
    pub birth_year: Option<i16>,
    /// Why.
    pub reason: String,
}

/// A dose's corrected details.
#[derive(Debug, Clone)]
pub struct DoseCorrection {
    /// The dose.
    pub dose: Uuid,
    /// Another vaccine.
    pub vaccine: Option<String>,
    /// Another batch.
    pub batch: Option<String>,
    /// Another day.
    pub given_on: Option<NaiveDate>,
    /// Why.
    pub reason: String,
}

/// Corrections of a tenant's records.
#[derive(Debug)]
pub struct Corrections<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Reissues the certificates that showed the old values.
    pub issuer: &'a Issuer,
}

impl Corrections<'_> {
    /// Corrects a beneficiary's name or year of birth; every certificate of the person is replaced.
    pub async fn beneficiary(
        &self,
        tenant: &TenantRecord,
        admin: &StaffMember,
        correction: &BeneficiaryCorrection,
    ) -> Result<(), VaccinationError> {
        let name = correction
            .name
            .as_deref()
            .map(|name| PersonName::parse(name).ok_or(VaccinationError::InvalidField("name")))
            .transpose()?;
        if correction.birth_year.is_some_and(|year| !plausible_birth_year(tenant, year)) {
            return Err(VaccinationError::InvalidField("birth_year"));
        }
        if name.is_none() && correction.birth_year.is_none() {
            return Err(VaccinationError::InvalidField("name"));
        }
        let reason = reason(&correction.reason)?;
        let reference = correction.beneficiary.to_string();
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let change = BeneficiaryChange {
            name: name.as_ref().map(PersonName::as_str),
            birth_year: correction.birth_year,
            gender_id: None,
            reason,
        };
        match corrections::beneficiary(&txn, &reference, &change, admin.id).await {
            Ok(()) => {}
            Err(CorrectionError::NotFound) => return Err(VaccinationError::BeneficiaryNotFound),
            Err(CorrectionError::Database(error)) => return Err(error.into()),
        }
        reissue(self.issuer, tenant, &txn, &reference, None, reason).await?;
        commit_reissued(self.issuer, txn).await?;
        Ok(())
    }

    /// Corrects a dose recorded wrongly; its certificate is replaced.
    pub async fn dose(&self, tenant: &TenantRecord, admin: &StaffMember, correction: &DoseCorrection) -> Result<(), VaccinationError> {
        let today = tenant.config.today();
        let vaccine = match correction.vaccine.as_deref().map(str::trim) {
            Some(code) => {
                let code = VaccineCode::parse(code).map_err(|_| VaccinationError::InvalidField("vaccine"))?;
                if tenant.catalogue.rules(&code, correction.given_on.unwrap_or(today)).is_none() {
                    return Err(VaccinationError::InvalidField("vaccine"));
                }
                Some(code)
            }
            None => None,
        };
        let batch = correction.batch.as_deref().map(str::trim);
        if batch.is_some_and(|batch| batch.is_empty() || batch.len() > 50) {
            return Err(VaccinationError::InvalidField("batch"));
        }
        if correction.given_on.is_some_and(|date| date > today) {
            return Err(VaccinationError::InvalidField("given_on"));
        }
        if vaccine.is_none() && batch.is_none() && correction.given_on.is_none() {
            return Err(VaccinationError::InvalidField("vaccine"));
        }
        let reason = reason(&correction.reason)?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        match corrections::dose(
            &txn,
            correction.dose,
            vaccine.as_ref().map(VaccineCode::as_str),
            batch,
            correction.given_on,
            reason,
            admin.id,
        )
        .await
        {
            Ok(()) => {}
            Err(CorrectionError::NotFound) => return Err(VaccinationError::NotFound),
            Err(CorrectionError::Database(error)) => return Err(error.into()),
        }
        if let Some(beneficiary) = cowin_store::vaccination::doses::beneficiary_of(&txn, correction.dose).await? {
            reissue(self.issuer, tenant, &txn, &beneficiary, Some(correction.dose), reason).await?;
        }
        commit_reissued(self.issuer, txn).await?;
        Ok(())
    }

    /// Every correction of a beneficiary (by reference) or dose (by id), oldest first.
    pub async fn trail(&self, tenant: &TenantRecord, subject: &str) -> Result<Vec<CorrectionView>, VaccinationError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let entries = trail_of(&txn, subject.trim()).await?;
        txn.commit().await?;
        Ok(entries)
    }
}
