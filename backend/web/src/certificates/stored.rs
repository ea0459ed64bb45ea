//! Opening a stored certificate: its sealed record and signed forms.

use cowin_certify::SignedForms;
use cowin_core::TenantCode;
use cowin_privacy::Vault;
use cowin_store::certificates::StoredCertificate;

use crate::ApiError;

/// The record and forms of `certificate` of `tenant`.
pub(crate) fn open(vault: &Vault, tenant: TenantCode, certificate: &StoredCertificate) -> Result<SignedForms, ApiError> {
    super::sealing::open(vault, tenant, &certificate.payload).map_err(|error| ApiError::internal(&error))
}
