//! The vaccinator's desk: the day's appointments at a facility, identifying the person in front of them (by the
//! appointment's security code or their identity document), and registering a walk-in.

use chrono::NaiveDate;
use cowin_core::eligibility::{GivenDose, VaccinationStatus, status};
use cowin_core::{BeneficiaryRef, LocaleTag};
use cowin_privacy::{Field, Vault};
use cowin_store::citizens::accounts::find_or_create;
use cowin_store::citizens::beneficiaries::given_doses;
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::desk::{DeskAppointment, DeskBeneficiary, appointments_at, by_document, by_security_code};
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use super::error::VaccinationError;
use crate::family::registration::{Registration, store};
use crate::staff::StaffMember;

/// How the person at the desk proves who they are.
#[derive(Debug, Clone)]
pub enum Identification {
    /// The booking's appointment, their reference and the 4-digit security code of their slip.
    SecurityCode {
        /// The appointment.
        appointment: Uuid,
        /// Their reference.
        reference: String,
        /// The code.
        code: String,
    },
    /// Their identity document.
    Document {
        /// The document type id.
        document_type: i32,
        /// The number as written.
        number: String,
    },
}

/// Who the person is, and where they stand.
#[derive(Debug, Clone)]
pub struct Identified {
    /// The beneficiary.
    pub beneficiary: DeskBeneficiary,
    /// Their doses so far.
    pub doses: Vec<GivenDose>,
    /// Their status.
    pub status: VaccinationStatus,
}

/// The desk of a facility.
#[derive(Debug)]
pub struct Desk<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Hashes documents and mobiles.
    pub vault: &'a Vault,
}

impl Desk<'_> {
    /// The booked appointments of `facility` on `date`, for staff who work there (no security codes).
    pub async fn appointments(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        facility: i64,
        date: NaiveDate,
    ) -> Result<Vec<DeskAppointment>, VaccinationError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        staff.facility(&txn, facility).await?.ok_or(VaccinationError::Forbidden)?;
        let found = appointments_at(&txn, facility, date).await?;
        txn.commit().await?;
        Ok(found)
    }

    /// Who the person at `facility` is, and which doses they have had.
    pub async fn identify(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        facility: i64,
        identification: &Identification,
    ) -> Result<Identified, VaccinationError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        staff.facility(&txn, facility).await?.ok_or(VaccinationError::Forbidden)?;
        let found = match identification {
            Identification::SecurityCode {
                appointment,
                reference,
                code,
            } => by_security_code(&txn, *appointment, reference.trim(), code.trim(), facility).await?,
            Identification::Document { document_type, number } => {
                let number = tenant
                    .config
                    .id_document(*document_type)
                    .and_then(|kind| kind.parse_number(number))
                    .ok_or(VaccinationError::VerificationFailed)?;
                let hash = self.vault.tenant(tenant.code).document_hash(*document_type, &number);
                by_document(&txn, *document_type, hash).await?
            }
        };
        let beneficiary = found.ok_or(VaccinationError::VerificationFailed)?;
        let reference =
            BeneficiaryRef::parse(&beneficiary.reference_id).ok_or_else(|| VaccinationError::Stored("a reference".to_owned()))?;
        let doses = given_doses(&txn, reference).await?;
        txn.commit().await?;
        Ok(Identified {
            status: status(&tenant.catalogue, &doses),
            beneficiary,
            doses,
        })
    }

    /// Registers someone who arrives without an account on the account of their mobile number (created if new),
    /// as the citizen would; returns their reference.
    pub async fn register_walk_in(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        facility: i64,
        mobile: &str,
        registration: &Registration,
        locale: &LocaleTag,
    ) -> Result<BeneficiaryRef, VaccinationError> {
        let mobile = tenant.config.parse_mobile(mobile).ok_or(VaccinationError::InvalidMobile)?;
        let valid = registration.validate(tenant, locale)?;
        let keys = self.vault.tenant(tenant.code);
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        staff.facility(&txn, facility).await?.ok_or(VaccinationError::Forbidden)?;
        let (account, _) = find_or_create(
            &txn,
            keys.hash(Field::Mobile, mobile.as_str()),
            keys.seal(Field::Mobile, mobile.as_str()),
        )
        .await?;
        txn.commit().await?;
        Ok(store(self.db, self.vault, tenant, account, &valid).await?)
    }
}
