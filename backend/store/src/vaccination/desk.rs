//! What a vaccinator sees at the desk.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

/// A booked appointment at a facility on a day.
#[derive(Debug, Clone, FromQueryResult)]
pub struct DeskAppointment {
    /// Booking id.
    pub appointment_id: Uuid,
    /// Beneficiary reference.
    pub beneficiary_id: String,
    /// Name.
    pub name: String,
    /// Year of birth.
    pub birth_year: i16,
    /// Dose number.
    pub dose: i16,
    /// Slot.
    pub slot: String,
    /// The session's vaccine.
    pub vaccine_code: String,
}

/// Booked appointments at `facility` on `date`, by slot.
pub async fn appointments_at(txn: &TenantTxn, facility: i64, date: NaiveDate) -> Result<Vec<DeskAppointment>, DbErr> {
    txn.all(
        "SELECT a.id AS appointment_id, a.beneficiary_id, b.name, b.birth_year, a.dose, a.slot, s.vaccine_code \
         FROM appointments a JOIN sessions s ON s.id = a.session_id JOIN beneficiaries b ON b.reference_id = a.beneficiary_id \
         WHERE s.facility_id = $1 AND s.date = $2 AND a.status = 'booked' AND b.deleted_at IS NULL ORDER BY a.slot, b.name",
        vec![facility.into(), date.into()],
    )
    .await
}

/// A beneficiary as the desk identifies them.
#[derive(Debug, Clone, FromQueryResult)]
pub struct DeskBeneficiary {
    /// Reference.
    pub reference_id: String,
    /// Name.
    pub name: String,
    /// Year of birth.
    pub birth_year: i16,
}

/// The beneficiary of appointment `appointment` if `code` is its security code and it is booked at `facility`.
pub async fn by_security_code(
    txn: &TenantTxn,
    appointment: Uuid,
    beneficiary: &str,
    code: &str,
    facility: i64,
) -> Result<Option<DeskBeneficiary>, DbErr> {
    txn.one(
        "SELECT b.reference_id, b.name, b.birth_year FROM appointments a JOIN beneficiaries b ON b.reference_id = a.beneficiary_id \
         JOIN sessions s ON s.id = a.session_id \
         WHERE a.id = $1 AND a.beneficiary_id = $2 AND a.security_code = $3 AND a.status = 'booked' AND s.facility_id = $4 AND b.deleted_at IS NULL",
        vec![appointment.into(), beneficiary.into(), code.into(), facility.into()],
    )
    .await
}

/// The registered beneficiary holding this identity document.
pub async fn by_document(txn: &TenantTxn, document_type: i32, number_hash: Vec<u8>) -> Result<Option<DeskBeneficiary>, DbErr> {
    txn.one(
        "SELECT reference_id, name, birth_year FROM beneficiaries WHERE id_document_type = $1 AND id_number_hash = $2 AND deleted_at IS NULL",
        vec![document_type.into(), number_hash.into()],
    )
    .await
}

/// The registered beneficiary with this reference, whoever's account it is on.
pub async fn by_reference(txn: &TenantTxn, reference: &str) -> Result<Option<DeskBeneficiary>, DbErr> {
    txn.one(
        "SELECT reference_id, name, birth_year FROM beneficiaries WHERE reference_id = $1 AND deleted_at IS NULL",
        vec![reference.into()],
    )
    .await
}
