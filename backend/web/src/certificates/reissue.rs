//! After a correction: the certificates that showed the old values are revoked, and replacements showing the
//! corrected ones are issued, in the correction's transaction.

use cowin_store::vaccination::certification::certifiable_doses;
use cowin_store::{TenantTxn, certificates};
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// Revokes the valid certificates of `beneficiary` (of all their doses, or only `dose`) and issues their
/// replacements; returns the new certificates' ids.
pub(crate) async fn reissue(
    state: &AppState,
    tenant: &Tenant,
    txn: &TenantTxn,
    beneficiary: &str,
    dose: Option<Uuid>,
    reason: &str,
) -> Result<Vec<Uuid>, ApiError> {
    let old: Vec<_> = certificates::valid_of(txn, beneficiary)
        .await?
        .into_iter()
        .filter(|certificate| dose.is_none_or(|dose| certificate.dose_id == dose))
        .collect();
    let doses = certifiable_doses(txn, beneficiary, dose, &tenant.catalogue).await?;
    let new = state
        .issuer
        .certificates(tenant.code, &doses)
        .await
        .map_err(|error| ApiError::internal(&error))?;
    certificates::insert(txn, &new).await?;
    for certificate in &old {
        let replacement = new.iter().find(|new| new.dose_id == certificate.dose_id).map(|new| new.id);
        certificates::revoke(txn, certificate.id, replacement, reason).await?;
    }
    Ok(new.into_iter().map(|certificate| certificate.id).collect())
}
