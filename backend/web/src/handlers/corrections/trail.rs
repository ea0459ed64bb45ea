//! `GET /api/staff/corrections?subject_id=`: the corrections of one beneficiary or dose.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_store::TenantTxn;
use cowin_store::vaccination::corrections::trail_of;
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::staff::access::{ReadCorrections, Staff};
use crate::{ApiError, AppState};

/// Which record.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Subject {
    /// A beneficiary reference or a dose id.
    subject_id: String,
}

/// Every correction of the record, oldest first, with values before and after, who and why.
#[utoipa::path(get, path = "/api/staff/corrections", tag = "corrections", params(Subject), security(("bearer" = [])),
    responses((status = 200, description = "`{\"corrections\":[{\"subject\",\"before\",\"after\",\"reason\",\"corrected_by\",\"corrected_at\"}]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn trail(
    _admin: Staff<ReadCorrections>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<HttpResponse, ApiError> {
    let query =
        web::Query::<Subject>::from_query(req.query_string()).map_err(|error| crate::handlers::extract_errors::invalid_query(&error))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let entries = trail_of(&txn, query.subject_id.trim()).await?;
    txn.commit().await?;
    let entries: Vec<_> = entries
        .iter()
        .map(|e| json!({ "id": e.id, "subject": e.subject, "subject_id": e.subject_id, "before": e.before, "after": e.after, "reason": e.reason, "corrected_by": e.corrected_by, "corrected_at": e.corrected_at }))
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "corrections": entries })))
}
