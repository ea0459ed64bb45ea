//! Certificates: published keys and revocations, verification, and the citizen's downloads.

pub(crate) mod crl;
pub(crate) mod did;
pub(crate) mod document_signers;
pub(crate) mod download;
pub(crate) mod forms;
pub(crate) mod jwks;
mod published;
pub(crate) mod revocation_list;
pub(crate) mod verify;

use cowin_core::BeneficiaryRef;
use serde::Deserialize;

use crate::ApiError;
use crate::handlers::params::reference;

/// `?beneficiary_reference_id=`, as CoWIN's download endpoints take it.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub(crate) struct ForBeneficiary {
    /// The 14-digit beneficiary reference id.
    beneficiary_reference_id: String,
}

impl ForBeneficiary {
    /// The beneficiary named.
    fn reference(&self) -> Result<BeneficiaryRef, ApiError> {
        reference(&self.beneficiary_reference_id, "beneficiary_reference_id")
    }
}
