//! `GET /api/staff/corrections?subject_id=`: the corrections of one beneficiary or dose.

use actix_web::{HttpRequest, web};
use chrono::{DateTime, Utc};
use cowin_app::access::ReadCorrections;
use serde::{Deserialize, Serialize};
use serde_json::Value;
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Staff, Tenant};
use crate::handlers::extract_errors::query_after_access;
use crate::{ApiError, AppState};

/// Which record.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct Subject {
    /// A beneficiary reference or a dose id.
    subject_id: String,
}

/// One correction.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Correction {
    /// Entry id.
    id: Uuid,
    /// `beneficiary` or `dose`.
    subject: String,
    /// The beneficiary's reference or the dose's id.
    subject_id: String,
    /// The fields changed, as they were.
    #[schema(value_type = Object)]
    before: Value,
    /// The fields changed, as they are.
    #[schema(value_type = Object)]
    after: Value,
    /// Why.
    reason: String,
    /// The staff member who corrected it.
    corrected_by: Uuid,
    /// When.
    corrected_at: DateTime<Utc>,
}

/// A record's corrections.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Corrections {
    /// Oldest first.
    corrections: Vec<Correction>,
}

/// Every correction of the record, oldest first, with values before and after, who and why.
#[utoipa::path(get, path = "/api/staff/corrections", tag = "corrections", params(Subject), security(("bearer" = [])),
    responses((status = 200, body = Corrections)))]
pub(crate) async fn trail(
    _admin: Staff<ReadCorrections>,
    tenant: Tenant,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<Corrections>, ApiError> {
    let query: Subject = query_after_access(&req)?;
    let entries = state.corrections().trail(&tenant, &query.subject_id).await?;
    Ok(web::Json(Corrections {
        corrections: entries
            .into_iter()
            .map(|entry| Correction {
                id: entry.id,
                subject: entry.subject,
                subject_id: entry.subject_id,
                before: entry.before,
                after: entry.after,
                reason: entry.reason,
                corrected_by: entry.corrected_by,
                corrected_at: entry.corrected_at,
            })
            .collect(),
    }))
}
