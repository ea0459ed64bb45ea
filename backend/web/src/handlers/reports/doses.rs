//! `GET /api/staff/reports/doses?from=&to=`: the campaign in the caller's scope, for the console's dashboard.

use actix_web::{HttpRequest, web};
use cowin_app::access::ReadReports;

use super::view::{DoseReportView, ReportPeriod};
use crate::extractors::{RequestLocale, Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::{ApiError, AppState};

/// Doses by day, area, vaccine and dose number, and first-dose coverage where the population is configured.
#[utoipa::path(get, path = "/api/staff/reports/doses", tag = "reports", params(ReportPeriod), security(("bearer" = [])),
    responses((status = 200, body = DoseReportView)))]
pub(crate) async fn doses(
    staff: Staff<ReadReports>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<DoseReportView>, ApiError> {
    let period: ReportPeriod = query_after_access(&req)?;
    let report = state.reports().doses(&tenant, &staff, period.from.0, period.to.0).await?;
    Ok(web::Json(DoseReportView::of(report, &tenant, &locale)))
}
