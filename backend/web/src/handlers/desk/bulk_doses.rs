//! `POST /api/staff/doses/bulk`: a facility that worked offline uploads its day. Each record is judged on
//! its own by the same rules as a single dose, in the order given (the records go to the dose writer together);
//! retrying the whole batch is harmless because every record carries its idempotency key.

use actix_web::{HttpResponse, web};
use serde::Deserialize;
use serde_json::json;

use super::dose_recording::{DoseRecord, record_many};
use crate::extractors::{RequestLocale, Tenant};
use crate::staff::access::{RecordDose, Staff};
use crate::{ApiError, AppState};

/// Records in one upload, at most.
const MAX_RECORDS: usize = 500;

/// The upload.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct BulkDoses {
    records: Vec<DoseRecord>,
}

/// One result per record, in order: `recorded`, `replayed` (recorded earlier with the same key) or `refused`
/// with the error code and text in the caller's language.
#[utoipa::path(post, path = "/api/staff/doses/bulk", tag = "desk", request_body = BulkDoses, security(("bearer" = [])),
    responses((status = 200, description = "`{\"results\":[{\"idempotency_key\",\"outcome\",\"dose\"|\"errorCode\",\"error\"}]}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn bulk_doses(
    staff: Staff<RecordDose>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: BulkDoses = crate::handlers::json_body::parse(&body)?;
    if body.records.is_empty() || body.records.len() > MAX_RECORDS {
        return Err(ApiError::invalid_parameter("records"));
    }
    let chain = [&locale.locale, &locale.default];
    let outcomes = record_many(&state, &tenant, &staff, &body.records).await?;
    let results: Vec<_> = body
        .records
        .iter()
        .zip(outcomes)
        .map(|(record, result)| match result {
            Ok(outcome) => json!({
                "idempotency_key": record.idempotency_key,
                "outcome": if outcome.replayed { "replayed" } else { "recorded" },
                "dose": outcome.to_json(),
            }),
            Err(error) => json!({
                "idempotency_key": record.idempotency_key,
                "outcome": "refused",
                "errorCode": error.code().as_str(),
                "error": error.localised(&state.localizer, &chain),
            }),
        })
        .collect();
    Ok(HttpResponse::Ok().json(json!({ "results": results })))
}
