//! `GET /api/staff/reports/doses/{table}.csv?from=&to=`: one table of the dose report as CSV (`by-day`, `by-area`,
//! `by-vaccine`), for spreadsheets.

use actix_web::http::header::CONTENT_DISPOSITION;
use actix_web::{HttpRequest, HttpResponse, web};
use cowin_app::access::ReadReports;
use cowin_core::ErrorCode;
use serde::Deserialize;

use super::view::{DoseReportView, ReportPeriod};
use crate::extractors::{RequestLocale, Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// Path parameters; a struct, so the `/t/{tenant}` segment is ignored.
#[derive(Debug, Deserialize)]
pub(crate) struct TablePath {
    table: String,
}

/// The rows of one table, header first.
fn rows(report: &DoseReportView, table: &str) -> Option<Vec<Vec<String>>> {
    let header = |names: &[&str]| names.iter().map(|name| (*name).to_owned()).collect::<Vec<_>>();
    Some(match table {
        "by-day" => std::iter::once(header(&["date", "doses"]))
            .chain(
                report
                    .by_day
                    .iter()
                    .map(|day| vec![CowinDate::format(day.date.0), day.doses.to_string()]),
            )
            .collect(),
        "by-vaccine" => std::iter::once(header(&["vaccine", "dose", "doses"]))
            .chain(
                report
                    .by_vaccine
                    .iter()
                    .map(|mix| vec![mix.vaccine.clone(), mix.dose.to_string(), mix.doses.to_string()]),
            )
            .collect(),
        "by-area" => std::iter::once(header(&[
            "state_id",
            "state",
            "district_id",
            "district",
            "doses",
            "first_doses",
            "population",
            "first_dose_coverage",
        ]))
        .chain(report.by_area.iter().map(|area| {
            vec![
                area.state_id.to_string(),
                area.state_name.clone(),
                area.district_id.to_string(),
                area.district_name.clone(),
                area.doses.to_string(),
                area.first_doses.to_string(),
                area.population.map(|people| people.to_string()).unwrap_or_default(),
                area.first_dose_coverage.map(|share| format!("{share:.4}")).unwrap_or_default(),
            ]
        }))
        .collect(),
        _ => return None,
    })
}

/// One table of the dose report as CSV, areas named in the caller's language.
#[utoipa::path(get, path = "/api/staff/reports/doses/{table}.csv", tag = "reports",
    params(("table" = String, Path, description = "`by-day`, `by-area` or `by-vaccine`"), ReportPeriod), security(("bearer" = [])),
    responses((status = 200, description = "The table", content_type = "text/csv", body = String)))]
pub(crate) async fn doses_csv(
    staff: Staff<ReadReports>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    path: web::Path<TablePath>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let table = path.table.trim_end_matches(".csv");
    let period: ReportPeriod = query_after_access(&req)?;
    let report = state.reports().doses(&tenant, &staff, period.from.0, period.to.0).await?;
    let view = DoseReportView::of(report, &tenant, &locale);
    let rows = rows(&view, table).ok_or_else(|| ApiError::new(ErrorCode::NotFound))?;
    let mut writer = csv::Writer::from_writer(Vec::new());
    for row in rows {
        writer.write_record(&row).map_err(|error| ApiError::internal(&error))?;
    }
    let bytes = writer.into_inner().map_err(|error| ApiError::internal(&error))?;
    Ok(HttpResponse::Ok()
        .content_type("text/csv; charset=utf-8")
        .insert_header((
            CONTENT_DISPOSITION,
            format!(
                "attachment; filename=\"doses-{table}-{}-{}.csv\"",
                CowinDate::format(period.from.0),
                CowinDate::format(period.to.0)
            ),
        ))
        .body(bytes))
}
