//! What every booking change checks: the session is open, the slot is offered, the beneficiary is the
//! account's and may have this dose there under the rules in force on the session's day.

use cowin_core::eligibility::{SessionOffer, check_booking};
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries;
use cowin_store::citizens::booking::{self, BookableSession};
use uuid::Uuid;

use crate::ApiError;
use crate::extractors::Tenant;

/// The session, if it exists, has not passed and offers `slot`.
pub(super) async fn open_session(txn: &TenantTxn, tenant: &Tenant, id: Uuid, slot: &str) -> Result<BookableSession, ApiError> {
    let session = booking::session(txn, id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::SessionNotFound))?;
    if session.date < tenant.config.today() {
        return Err(ApiError::new(ErrorCode::SessionClosed));
    }
    if !session.slots.iter().any(|offered| offered == slot) {
        return Err(ApiError::new(ErrorCode::SlotNotOffered));
    }
    Ok(session)
}

/// Whether the account's beneficiary `reference` may have `dose` at `session`.
pub(super) async fn eligible(
    txn: &TenantTxn,
    tenant: &Tenant,
    account: Uuid,
    reference: BeneficiaryRef,
    dose: u8,
    session: &BookableSession,
) -> Result<(), ApiError> {
    let member = beneficiaries::find(txn, account, reference)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::BeneficiaryNotFound))?;
    let given = beneficiaries::given_doses(txn, reference).await?;
    let vaccine = VaccineCode::parse(&session.vaccine_code).map_err(|error| ApiError::internal(&error))?;
    let offer = SessionOffer {
        date: session.date,
        vaccine: &vaccine,
        min_age: u8::try_from(session.min_age).unwrap_or(0),
        max_age: session.max_age.and_then(|age| u8::try_from(age).ok()),
    };
    check_booking(&tenant.catalogue, i32::from(member.birth_year), &given, dose, &offer).map_err(ApiError::from)
}

/// Parses a list of reference ids, refusing an empty list or duplicates.
pub(super) fn references(list: &[String], parameter: &str) -> Result<Vec<BeneficiaryRef>, ApiError> {
    let mut parsed = Vec::with_capacity(list.len());
    for text in list {
        let reference = BeneficiaryRef::parse(text.trim()).ok_or_else(|| ApiError::invalid_parameter(parameter))?;
        if parsed.contains(&reference) {
            return Err(ApiError::invalid_parameter(parameter));
        }
        parsed.push(reference);
    }
    if parsed.is_empty() {
        Err(ApiError::invalid_parameter(parameter))
    } else {
        Ok(parsed)
    }
}
