//! Adverse events following immunisation: reported by vaccinators (for doses given where they work) and by
//! citizens (for their family's doses), listed by tenant and district administrators.

use chrono::NaiveDate;
use cowin_core::{BeneficiaryRef, StaffRole};
use cowin_store::citizens::beneficiaries::find;
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::aefi::{NewReport, ReportFilter, ReportView, Reporter, create, dose, dose_of, list};
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use super::error::VaccinationError;
use crate::staff::StaffMember;

/// Severities a report may give.
const SEVERITIES: [&str; 4] = ["mild", "moderate", "severe", "serious"];
/// Outcomes a report may give.
const OUTCOMES: [&str; 5] = ["recovered", "recovering", "not_recovered", "fatal", "unknown"];

/// What happened, as either reporter gives it.
#[derive(Debug, Clone)]
pub struct EventDetails {
    /// Symptoms, as reported (1 to 20).
    pub symptoms: Vec<String>,
    /// First day of symptoms.
    pub onset_date: NaiveDate,
    /// One of [`SEVERITIES`].
    pub severity: String,
    /// One of [`OUTCOMES`].
    pub outcome: String,
    /// Free text.
    pub notes: Option<String>,
}

impl EventDetails {
    /// A report of the dose given on `given_on`, checked: the onset cannot precede the dose or follow today.
    fn report(&self, dose_id: Uuid, given_on: NaiveDate, today: NaiveDate, reporter: Reporter) -> Result<NewReport, VaccinationError> {
        let symptoms: Vec<String> = self
            .symptoms
            .iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        if symptoms.is_empty() || symptoms.len() > 20 || symptoms.iter().any(|s| s.chars().count() > 100) {
            return Err(VaccinationError::InvalidField("symptoms"));
        }
        if self.onset_date < given_on || self.onset_date > today {
            return Err(VaccinationError::InvalidField("onset_date"));
        }
        if !SEVERITIES.contains(&self.severity.as_str()) {
            return Err(VaccinationError::InvalidField("severity"));
        }
        if !OUTCOMES.contains(&self.outcome.as_str()) {
            return Err(VaccinationError::InvalidField("outcome"));
        }
        if self.notes.as_ref().is_some_and(|notes| notes.chars().count() > 2000) {
            return Err(VaccinationError::InvalidField("notes"));
        }
        Ok(NewReport {
            dose_id,
            reporter,
            symptoms,
            onset_date: self.onset_date,
            severity: self.severity.clone(),
            outcome: self.outcome.clone(),
            notes: self.notes.clone(),
        })
    }
}

/// Which reports an administrator wants.
#[derive(Debug, Clone, Default)]
pub struct ReportQuery {
    /// Only this severity.
    pub severity: Option<String>,
    /// Onset on or after.
    pub from: Option<NaiveDate>,
    /// Onset on or before.
    pub to: Option<NaiveDate>,
}

/// Adverse events of a tenant.
#[derive(Debug)]
pub struct AdverseEvents<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl AdverseEvents<'_> {
    /// A staff member's report of a dose given at a facility where they work (one elsewhere is refused as if it
    /// did not exist, so doses cannot be probed); the report's id.
    pub async fn report_by_staff(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        dose_id: Uuid,
        details: &EventDetails,
    ) -> Result<Uuid, VaccinationError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let facts = dose(&txn, dose_id)
            .await?
            .filter(|facts| match (facts.facility_id, facts.district_id) {
                (Some(facility), Some(district)) => staff.works_at(facility, district),
                _ => false,
            })
            .ok_or(VaccinationError::NotFound)?;
        let report = details.report(dose_id, facts.given_on, tenant.config.today(), Reporter::Staff(staff.id))?;
        let id = create(&txn, &report).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// A citizen's report of dose `number` of a member of their family; the report's id.
    pub async fn report_by_citizen(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        reference: BeneficiaryRef,
        number: i16,
        details: &EventDetails,
    ) -> Result<Uuid, VaccinationError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        find(&txn, account, reference).await?.ok_or(VaccinationError::BeneficiaryNotFound)?;
        let dose_id = dose_of(&txn, &reference.to_string(), number)
            .await?
            .ok_or(VaccinationError::InvalidField("dose"))?;
        let facts = dose(&txn, dose_id).await?.ok_or(VaccinationError::InvalidField("dose"))?;
        let report = details.report(dose_id, facts.given_on, tenant.config.today(), Reporter::Citizen(account))?;
        let id = create(&txn, &report).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The reports `staff` may see: a tenant admin every one, a district admin their districts'.
    pub async fn list(&self, tenant: &TenantRecord, staff: &StaffMember, query: &ReportQuery) -> Result<Vec<ReportView>, VaccinationError> {
        let filter = ReportFilter {
            severity: query.severity.clone(),
            districts: (staff.role == StaffRole::DistrictAdmin).then(|| staff.district_ids.clone()),
            from: query.from,
            to: query.to,
        };
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let reports = list(&txn, &filter).await?;
        txn.commit().await?;
        Ok(reports)
    }
}
