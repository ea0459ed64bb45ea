//! Opening a stored certificate: its sealed record and signed forms; completing it with the formats its country
//! enables that were not signed with the dose (see `Formats::first`), once, when first asked for.

use cowin_certify::SignedForms;
use cowin_certify::issue::Formats;
use cowin_privacy::Vault;
use cowin_store::certificates::{self, StoredCertificate};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};

use super::error::CertificateError;
use super::key_ring::KeyRing;
use super::record_builder::formats;
use super::sealing;

/// The record and forms of `certificate`, as stored.
pub fn open(vault: &Vault, tenant: &TenantRecord, certificate: &StoredCertificate) -> Result<SignedForms, CertificateError> {
    sealing::open(vault, tenant.code, &certificate.payload).map_err(CertificateError::Sealing)
}

/// The forms of `certificate` in every format `tenant` enables: those missing are signed now, from the same
/// record, with the country's current keys, and stored (if another server completed it meanwhile, its forms
/// stay stored and these, equally valid, are answered).
pub async fn complete(
    db: &Databases,
    vault: &Vault,
    keys: &KeyRing,
    tenant: &TenantRecord,
    certificate: &StoredCertificate,
) -> Result<SignedForms, CertificateError> {
    let forms = open(vault, tenant, certificate)?;
    let missing = cowin_certify::issue::missing(&forms, formats(tenant));
    if missing == Formats::default() {
        return Ok(forms);
    }
    let signers = keys
        .signers(tenant.code)
        .await
        .map_err(|error| CertificateError::Keys(error.to_string()))?;
    let completed =
        cowin_certify::issue::complete(&forms, missing, &signers).map_err(|error| CertificateError::Signing(error.to_string()))?;
    let sealed = sealing::seal(vault, tenant.code, &completed).map_err(CertificateError::Sealing)?;
    let txn = TenantTxn::begin(db, tenant.code).await?;
    certificates::replace_payload(&txn, certificate.id, &certificate.payload, sealed).await?;
    txn.commit().await?;
    Ok(completed)
}
