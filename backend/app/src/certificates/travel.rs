//! A passport number for travel (CoWIN's "add passport details"): a citizen adds it to one of the family's members;
//! it is kept sealed, and in the same transaction the member's certificates are reissued showing it, the old ones
//! revoked and pointing at their replacements, as after a correction.

use cowin_core::{BeneficiaryRef, PassportNumber};
use cowin_privacy::{Field, Vault};
use cowin_store::citizens::beneficiaries;
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use super::error::CertificateError;
use super::issuer::Issuer;
use super::reissue::{commit_reissued, reissue};

/// Adds passport numbers for travel.
#[derive(Debug)]
pub struct TravelPassports<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Seals the number.
    pub vault: &'a Vault,
    /// Signs the reissued certificates.
    pub issuer: &'a Issuer,
}

impl TravelPassports<'_> {
    /// Adds `written` as the passport number of `account`'s member `member` and reissues the member's certificates
    /// with it; returns the new certificates' ids (none when the member has no dose yet: the number then shows on
    /// the first certificate).
    pub async fn add(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        member: BeneficiaryRef,
        written: &str,
    ) -> Result<Vec<Uuid>, CertificateError> {
        let passport = PassportNumber::parse(written).ok_or(CertificateError::InvalidPassport)?;
        let sealed = self.vault.tenant(tenant.code).seal(Field::Passport, passport.as_str());
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        if !beneficiaries::set_passport(&txn, account, member, sealed).await? {
            return Err(CertificateError::BeneficiaryNotFound);
        }
        let reissued = reissue(self.issuer, tenant, &txn, &member.to_string(), None, "passport added for travel").await?;
        commit_reissued(self.issuer, txn).await?;
        Ok(reissued)
    }
}
