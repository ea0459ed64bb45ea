//! Opening a stored certificate: its sealed record and signed forms; completing it with the formats its country
//! enables that were not signed with the dose (see `Formats::first`), once, when first asked for.

use cowin_certify::SignedForms;
use cowin_certify::issue::Formats;
use cowin_core::TenantCode;
use cowin_privacy::Vault;
use cowin_store::TenantTxn;
use cowin_store::certificates::{self, StoredCertificate};
use cowin_store::tenants::TenantRecord;

use super::record_builder::formats;
use crate::{ApiError, AppState};

/// The record and forms of `certificate` of `tenant`, as stored.
pub(crate) fn open(vault: &Vault, tenant: TenantCode, certificate: &StoredCertificate) -> Result<SignedForms, ApiError> {
    super::sealing::open(vault, tenant, &certificate.payload).map_err(|error| ApiError::internal(&error))
}

/// The forms of `certificate` in every format `tenant` enables: those missing are signed now, from the same
/// record, with the country's current keys, and stored (if another server completed it meanwhile, its forms
/// stay stored and these, equally valid, are answered).
pub(crate) async fn complete(state: &AppState, tenant: &TenantRecord, certificate: &StoredCertificate) -> Result<SignedForms, ApiError> {
    let forms = open(&state.vault, tenant.code, certificate)?;
    let missing = cowin_certify::issue::missing(&forms, formats(tenant));
    if missing == Formats::default() {
        return Ok(forms);
    }
    let signers = state
        .key_ring
        .signers(tenant.code)
        .await
        .map_err(|error| ApiError::internal(&error))?;
    let completed = cowin_certify::issue::complete(&forms, missing, &signers).map_err(|error| ApiError::internal(&error))?;
    let sealed = super::sealing::seal(&state.vault, tenant.code, &completed).map_err(|error| ApiError::internal(&error))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    certificates::replace_payload(&txn, certificate.id, &certificate.payload, sealed).await?;
    txn.commit().await?;
    Ok(completed)
}
