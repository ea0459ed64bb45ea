//! What every booking change checks: the session is open, the slot is offered, the beneficiary is the account's
//! and may have this dose there under the rules in force on the session's day.

use cowin_core::BeneficiaryRef;
use cowin_core::eligibility::{SessionOffer, check_booking};
use cowin_core::vaccine::VaccineCode;
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries;
use cowin_store::citizens::booking::{self, BookableSession};
use cowin_store::tenants::TenantRecord;
use uuid::Uuid;

use super::error::BookingError;

/// The session, if it exists, has not passed and offers `slot`.
pub(super) async fn open_session(txn: &TenantTxn, tenant: &TenantRecord, id: Uuid, slot: &str) -> Result<BookableSession, BookingError> {
    let session = booking::session(txn, id).await?.ok_or(BookingError::SessionNotFound)?;
    if session.date < tenant.config.today() {
        return Err(BookingError::SessionClosed);
    }
    if !session.slots.iter().any(|offered| offered == slot) {
        return Err(BookingError::SlotNotOffered);
    }
    Ok(session)
}

/// Whether the account's beneficiary `reference` may have `dose` at `session`.
pub(super) async fn eligible(
    txn: &TenantTxn,
    tenant: &TenantRecord,
    account: Uuid,
    reference: BeneficiaryRef,
    dose: u8,
    session: &BookableSession,
) -> Result<(), BookingError> {
    let member = beneficiaries::find(txn, account, reference)
        .await?
        .ok_or(BookingError::BeneficiaryNotFound)?;
    let given = beneficiaries::given_doses(txn, reference).await?;
    let vaccine = VaccineCode::parse(&session.vaccine_code).map_err(|error| BookingError::Stored(error.to_string()))?;
    let offer = SessionOffer {
        date: session.date,
        vaccine: &vaccine,
        min_age: u8::try_from(session.min_age).unwrap_or(0),
        max_age: session.max_age.and_then(|age| u8::try_from(age).ok()),
    };
    check_booking(&tenant.catalogue, i32::from(member.birth_year), &given, dose, &offer).map_err(BookingError::NotEligible)
}
