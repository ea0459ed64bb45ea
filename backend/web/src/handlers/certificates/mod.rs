//! Certificates: published keys and revocations, verification, and the citizen's downloads.

pub(crate) mod crl;
pub(crate) mod did;
pub(crate) mod document_signers;
pub(crate) mod download;
pub(crate) mod forms;
pub(crate) mod jwks;
pub(crate) mod revocation_list;
pub(crate) mod verify;
pub(crate) mod verify_page;

use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::certificates::{self, StoredCertificate};
use cowin_store::citizens::beneficiaries::find;
use serde::Deserialize;

use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// `?beneficiary_reference_id=`, as CoWIN's download endpoints take it.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
pub(crate) struct ForBeneficiary {
    /// The 14-digit beneficiary reference id.
    beneficiary_reference_id: String,
}

/// The latest valid certificate of one of the citizen's beneficiaries.
pub(crate) async fn citizens_certificate(
    state: &AppState,
    tenant: &Tenant,
    citizen: &Citizen,
    query: &ForBeneficiary,
) -> Result<StoredCertificate, ApiError> {
    let reference = BeneficiaryRef::parse(query.beneficiary_reference_id.trim())
        .ok_or_else(|| ApiError::invalid_parameter("beneficiary_reference_id"))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    find(&txn, citizen.account, reference)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::BeneficiaryNotFound))?;
    let certificate = certificates::latest_valid(&txn, &reference.to_string())
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::CertificateNotFound))?;
    txn.commit().await?;
    Ok(certificate)
}
