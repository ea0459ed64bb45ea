//! `GET /api/staff/aefi?severity=&from=&to=`: tenant admins see every report, district admins their districts'.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadAefi;
use cowin_app::vaccination::aefi::ReportQuery;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use super::Severity;
use crate::extractors::{Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// Filters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Filters {
    /// Only this severity.
    severity: Option<Severity>,
    /// Onset on or after, `DD-MM-YYYY`.
    #[param(value_type = Option<String>)]
    from: Option<CowinDate>,
    /// Onset on or before, `DD-MM-YYYY`.
    #[param(value_type = Option<String>)]
    to: Option<CowinDate>,
}

/// Who reported an event.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum ReportedBy {
    /// A vaccinator.
    Staff,
    /// The citizen.
    Citizen,
}

/// A report: the dose and what happened; no names, only the reference.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AefiReport {
    /// Report id.
    aefi_id: Uuid,
    /// The dose.
    dose_id: Uuid,
    /// The beneficiary.
    beneficiary_reference_id: String,
    /// Dose number.
    dose: i16,
    /// Vaccine code.
    vaccine: String,
    /// Batch.
    batch: Option<String>,
    /// Where the dose was given.
    facility_id: Option<i64>,
    /// Its district.
    district_id: Option<i32>,
    /// Symptoms.
    symptoms: Vec<String>,
    /// First day of symptoms, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    onset_date: CowinDate,
    /// `mild`, `moderate`, `severe` or `serious`.
    severity: String,
    /// `recovered`, `recovering`, `not_recovered`, `fatal` or `unknown`.
    outcome: String,
    /// Who reported it.
    reported_by: ReportedBy,
}

/// The reports the caller may see.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AefiReports {
    /// Most recent onset first, at most 1000.
    reports: Vec<AefiReport>,
}

/// The reports the caller may see; no names, only references.
#[utoipa::path(get, path = "/api/staff/aefi", tag = "aefi", params(Filters), security(("bearer" = [])),
    responses((status = 200, body = AefiReports)))]
pub(crate) async fn list_reports(
    staff: Staff<ReadAefi>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<AefiReports>, ApiError> {
    let filters: Filters = query_after_access(&req)?;
    let query = ReportQuery {
        severity: filters.severity.map(Severity::as_string),
        from: filters.from.map(|date| date.0),
        to: filters.to.map(|date| date.0),
    };
    let reports = state.adverse_events().list(&tenant, &staff, &query).await?;
    Ok(web::Json(AefiReports {
        reports: reports
            .into_iter()
            .map(|report| AefiReport {
                aefi_id: report.id,
                dose_id: report.dose_id,
                beneficiary_reference_id: report.beneficiary_id,
                dose: report.dose,
                vaccine: report.vaccine_code,
                batch: report.batch,
                facility_id: report.facility_id,
                district_id: report.district_id,
                symptoms: report.symptoms,
                onset_date: CowinDate(report.onset_date),
                severity: report.severity,
                outcome: report.outcome,
                reported_by: if report.by_staff { ReportedBy::Staff } else { ReportedBy::Citizen },
            })
            .collect(),
    }))
}
