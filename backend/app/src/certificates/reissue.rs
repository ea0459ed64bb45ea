//! After a correction: the certificates that showed the old values are revoked, and replacements showing the
//! corrected ones are issued, in the correction's transaction.

use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::certification::certifiable_doses;
use cowin_store::{TenantTxn, certificates};
use uuid::Uuid;

use super::error::CertificateError;
use super::issuer::Issuer;

/// Revokes the valid certificates of `beneficiary` (of all their doses, or only `dose`) and issues their
/// replacements in `txn`; returns the new certificates' ids.
pub async fn reissue(
    issuer: &Issuer,
    tenant: &TenantRecord,
    txn: &TenantTxn,
    beneficiary: &str,
    dose: Option<Uuid>,
    reason: &str,
) -> Result<Vec<Uuid>, CertificateError> {
    let old: Vec<_> = certificates::valid_of(txn, beneficiary)
        .await?
        .into_iter()
        .filter(|certificate| dose.is_none_or(|dose| certificate.dose_id == dose))
        .collect();
    let doses = certifiable_doses(txn, beneficiary, dose, &tenant.catalogue).await?;
    let new = issuer.certificates(tenant.code, &doses).await.map_err(CertificateError::Signing)?;
    certificates::insert(txn, &new).await?;
    for certificate in &old {
        let replacement = new.iter().find(|new| new.dose_id == certificate.dose_id).map(|new| new.id);
        certificates::revoke(txn, certificate.id, replacement, reason).await?;
    }
    Ok(new.into_iter().map(|certificate| certificate.id).collect())
}

/// Commits `txn`, in which certificates were reissued, then has verification read its country's revocations again,
/// so a certificate revoked here is refused at once rather than once the markers it knew expire.
pub async fn commit_reissued(issuer: &Issuer, txn: TenantTxn) -> Result<(), cowin_store::DbErr> {
    let tenant = txn.tenant();
    txn.commit().await?;
    issuer.revoked_markers().forget(tenant).await;
    Ok(())
}
