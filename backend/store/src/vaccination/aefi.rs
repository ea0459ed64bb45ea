//! Adverse events following immunisation.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult, Value};
use uuid::Uuid;

use crate::TenantTxn;

/// Who reported.
#[derive(Debug, Clone, Copy)]
pub enum Reporter {
    /// A staff member.
    Staff(Uuid),
    /// The citizen's account.
    Citizen(Uuid),
}

/// A report to store.
#[derive(Debug)]
pub struct NewReport {
    /// The dose it follows.
    pub dose_id: Uuid,
    /// Who reported.
    pub reporter: Reporter,
    /// Symptoms as reported.
    pub symptoms: Vec<String>,
    /// First day of symptoms.
    pub onset_date: NaiveDate,
    /// `mild`, `moderate`, `severe`, `serious`.
    pub severity: String,
    /// `recovered`, `recovering`, `not_recovered`, `fatal`, `unknown`.
    pub outcome: String,
    /// Free text.
    pub notes: Option<String>,
}

/// A dose as reports need it.
#[derive(Debug, Clone, FromQueryResult)]
pub struct DoseFacts {
    /// Beneficiary.
    pub beneficiary_id: String,
    /// Day given.
    pub given_on: NaiveDate,
    /// Where it was given (none for doses recorded before facilities were).
    pub facility_id: Option<i64>,
    /// The district of that facility.
    pub district_id: Option<i32>,
}

/// The dose, if recorded.
pub async fn dose(txn: &TenantTxn, id: Uuid) -> Result<Option<DoseFacts>, DbErr> {
    txn.one(
        "SELECT d.beneficiary_id, d.given_on, d.facility_id, f.district_id FROM doses d \
         LEFT JOIN facilities f ON f.id = d.facility_id WHERE d.id = $1",
        vec![id.into()],
    )
    .await
}

/// The dose `number` of a beneficiary, with its id.
pub async fn dose_of(txn: &TenantTxn, beneficiary: &str, number: i16) -> Result<Option<Uuid>, DbErr> {
    #[derive(FromQueryResult)]
    struct Row {
        id: Uuid,
    }
    let row: Option<Row> = txn
        .one(
            "SELECT id FROM doses WHERE beneficiary_id = $1 AND dose = $2",
            vec![beneficiary.into(), number.into()],
        )
        .await?;
    Ok(row.map(|row| row.id))
}

/// Stores a report; returns its id.
pub async fn create(txn: &TenantTxn, report: &NewReport) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    let (staff, account) = match report.reporter {
        Reporter::Staff(staff) => (Some(staff), None),
        Reporter::Citizen(account) => (None, Some(account)),
    };
    txn.execute(
        "INSERT INTO aefi_reports (id, dose_id, reported_by_staff, reported_by_account, symptoms, onset_date, severity, outcome, notes) \
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)",
        vec![
            id.into(),
            report.dose_id.into(),
            staff.into(),
            account.into(),
            report.symptoms.clone().into(),
            report.onset_date.into(),
            report.severity.clone().into(),
            report.outcome.clone().into(),
            report.notes.clone().into(),
        ],
    )
    .await?;
    Ok(id)
}

/// Filters of the admin listing.
#[derive(Debug, Default)]
pub struct ReportFilter {
    /// Only this severity.
    pub severity: Option<String>,
    /// Only doses given at facilities of these districts (`None`: all).
    pub districts: Option<Vec<i32>>,
    /// Onset on or after.
    pub from: Option<NaiveDate>,
    /// Onset on or before.
    pub to: Option<NaiveDate>,
}

/// A report as admins list it: no names, only references.
#[derive(Debug, Clone, FromQueryResult)]
pub struct ReportView {
    /// Report id.
    pub id: Uuid,
    /// Dose.
    pub dose_id: Uuid,
    /// Beneficiary reference.
    pub beneficiary_id: String,
    /// Dose number.
    pub dose: i16,
    /// Vaccine.
    pub vaccine_code: String,
    /// Batch.
    pub batch: Option<String>,
    /// Facility.
    pub facility_id: Option<i64>,
    /// Its district.
    pub district_id: Option<i32>,
    /// Symptoms.
    pub symptoms: Vec<String>,
    /// Onset.
    pub onset_date: NaiveDate,
    /// Severity.
    pub severity: String,
    /// Outcome.
    pub outcome: String,
    /// Reported by staff (else by the citizen).
    pub by_staff: bool,
}

/// Reports matching `filter`, most recent onset first (at most 1000).
pub async fn list(txn: &TenantTxn, filter: &ReportFilter) -> Result<Vec<ReportView>, DbErr> {
    let values: Vec<Value> = vec![
        filter.severity.clone().into(),
        filter.districts.clone().into(),
        filter.from.into(),
        filter.to.into(),
    ];
    txn.all(
        "SELECT r.id, r.dose_id, d.beneficiary_id, d.dose, d.vaccine_code, d.batch, d.facility_id, f.district_id, r.symptoms, r.onset_date, \
         r.severity, r.outcome, r.reported_by_staff IS NOT NULL AS by_staff \
         FROM aefi_reports r JOIN doses d ON d.id = r.dose_id LEFT JOIN facilities f ON f.id = d.facility_id \
         WHERE ($1::text IS NULL OR r.severity = $1) AND ($2::int[] IS NULL OR f.district_id = ANY($2)) \
         AND ($3::date IS NULL OR r.onset_date >= $3) AND ($4::date IS NULL OR r.onset_date <= $4) \
         ORDER BY r.onset_date DESC, r.created_at DESC LIMIT 1000",
        values,
    )
    .await
}
