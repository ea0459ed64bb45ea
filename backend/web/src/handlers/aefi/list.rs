//! `GET /api/staff/aefi?severity=&from=&to=`: tenant admins see every report, district admins their districts'.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::StaffRole;
use cowin_store::TenantTxn;
use cowin_store::vaccination::aefi::{ReportFilter, list};
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::staff::access::{ReadAefi, Staff};
use crate::{ApiError, AppState};

/// Filters.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Filters {
    /// Only this severity.
    severity: Option<String>,
    /// Onset on or after, `DD-MM-YYYY`.
    #[param(value_type = Option<String>)]
    from: Option<CowinDate>,
    /// Onset on or before, `DD-MM-YYYY`.
    #[param(value_type = Option<String>)]
    to: Option<CowinDate>,
}

/// The reports the caller may see; no names, only references.
#[utoipa::path(get, path = "/api/staff/aefi", tag = "aefi", params(Filters), security(("bearer" = [])),
    responses((status = 200, description = "`{\"reports\":[...]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn list_reports(
    staff: Staff<ReadAefi>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let filters =
        web::Query::<Filters>::from_query(req.query_string()).map_err(|error| crate::handlers::extract_errors::invalid_query(&error))?;
    let filter = ReportFilter {
        severity: filters.severity.clone(),
        districts: (staff.role == StaffRole::DistrictAdmin).then(|| staff.district_ids.clone()),
        from: filters.from.map(|date| date.0),
        to: filters.to.map(|date| date.0),
    };
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let reports = list(&txn, &filter).await?;
    txn.commit().await?;
    let reports: Vec<_> = reports
        .iter()
        .map(|r| {
            json!({ "aefi_id": r.id, "dose_id": r.dose_id, "beneficiary_reference_id": r.beneficiary_id, "dose": r.dose, "vaccine": r.vaccine_code,
                    "batch": r.batch, "facility_id": r.facility_id, "district_id": r.district_id, "symptoms": r.symptoms,
                    "onset_date": CowinDate::format(r.onset_date), "severity": r.severity, "outcome": r.outcome,
                    "reported_by": if r.by_staff { "staff" } else { "citizen" } })
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "reports": reports })))
}
