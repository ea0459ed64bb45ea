//! One group of dose records in one transaction: read everything the group's rules need with one statement,
//! judge each record in arrival order (as if they had come one at a time), sign the accepted ones'
//! certificates, write doses and certificates and complete their appointments with one more, commit.

mod facts;
mod judge;
mod write;

pub(crate) use write::{DoseToWrite, Wrote, write_doses, write_doses_sql};

use std::sync::Arc;

use chrono::NaiveDate;
use cowin_core::dose_judgement::DoseRefusal;
use cowin_core::eligibility::{Catalogue, VaccinationStatus};
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, StaffScope, TenantCode};
use sea_orm::DbErr;
use uuid::Uuid;

use super::certification::CertificateIssuer;
use super::doses::RecordedDose;
use crate::TenantTxn;

/// A dose record to judge and, if the rules allow, write.
#[derive(Debug, Clone)]
pub struct DoseRequest {
    /// Chosen by the client; a retry with the same key answers the first result.
    pub idempotency_key: String,
    /// Beneficiary reference.
    pub beneficiary: BeneficiaryRef,
    /// Dose number.
    pub dose: u8,
    /// Vaccine given.
    pub vaccine: VaccineCode,
    /// Day given.
    pub given_on: NaiveDate,
    /// Where.
    pub facility: i64,
    /// Batch or lot.
    pub batch: String,
    /// Who gave it.
    pub vaccinator: Uuid,
    /// Where the recorder may act.
    pub scope: StaffScope,
    /// The tenant's catalogue when the request arrived.
    pub catalogue: Arc<Catalogue>,
}

/// What became of a dose record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DoseVerdict {
    /// Written now, and durable.
    Recorded {
        /// The dose.
        dose: RecordedDose,
        /// The beneficiary's status after it.
        status: VaccinationStatus,
    },
    /// Written earlier under the same key; that record is the answer.
    Replayed {
        /// The dose first recorded.
        dose: RecordedDose,
        /// The beneficiary's status now.
        status: VaccinationStatus,
    },
    /// Not written.
    Refused(DoseRefusal),
}

/// Why a group has to be judged again: another server wrote one of its doses between our read and our insert.
#[derive(Debug)]
pub(super) enum GroupError {
    /// Judge the group again against what is now committed.
    Raced,
    /// The database failed.
    Database(DbErr),
}

impl From<DbErr> for GroupError {
    fn from(error: DbErr) -> Self {
        Self::Database(error)
    }
}

/// A tenant's group statements, built once per writer task.
#[derive(Debug, Clone)]
pub(super) struct GroupStatements {
    read: String,
    write: String,
}

impl GroupStatements {
    /// The statements of `tenant`.
    pub(super) fn of(tenant: TenantCode) -> Self {
        let schema = tenant.schema();
        Self {
            read: facts::read_facts_sql(&schema),
            write: write::write_doses_sql(&schema),
        }
    }
}

/// Judges and writes one group in one transaction; every verdict is final once this returns `Ok`.
pub(super) async fn write_group(
    db: &crate::Databases,
    tenant: TenantCode,
    statements: &GroupStatements,
    issuer: &dyn CertificateIssuer,
    requests: &[DoseRequest],
) -> Result<Vec<DoseVerdict>, GroupError> {
    // The group's statements are the same every time but for their arrays, and planning them afresh cost more
    // database CPU than running them; a plan kept from when a table was empty must still use its indexes (a
    // sequential scan planned on an empty doses table was kept while the table grew: 1,222 doses/s).
    let txn = TenantTxn::begin_for_kept_plans(db, tenant).await?;
    let mut facts = facts::read_facts(&txn, &statements.read, requests).await?;
    let (verdicts, accepted) = judge::judge_all(requests, &mut facts);
    if !accepted.is_empty() {
        let doses: Vec<_> = accepted.iter().map(|accepted| accepted.certifiable.clone()).collect();
        let certificates = issuer
            .issue(tenant, &doses)
            .await
            .map_err(|error| GroupError::Database(DbErr::Custom(format!("certificates: {error}"))))?;
        let every = issuer.follows_up_every_certificate();
        write::insert_doses(&txn, &statements.write, requests, &accepted, &certificates, every).await?;
    }
    txn.commit().await?;
    Ok(verdicts)
}
