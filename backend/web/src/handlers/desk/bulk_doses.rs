//! `POST /api/staff/doses/bulk`: a facility that worked offline uploads its day. Each record is judged on
//! its own by the same rules as a single dose, in the order given (the records go to the dose writer together);
//! retrying the whole batch is harmless because every record carries its idempotency key.

use actix_web::web;
use cowin_app::access::RecordDose;
use cowin_app::vaccination::doses::DoseRecord;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::dose_body::{DoseRecordBody, RecordedDose};
use crate::extractors::{RequestLocale, Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// The upload.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct BulkDoses {
    /// 1 to 500 records.
    records: Vec<DoseRecordBody>,
}

/// What happened to one record.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum RecordOutcome {
    /// Recorded now.
    Recorded,
    /// Recorded earlier with the same key.
    Replayed,
    /// Not recorded: see the error.
    Refused,
}

/// The result of one record.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RecordResult {
    /// The record's key.
    idempotency_key: String,
    /// What happened.
    outcome: RecordOutcome,
    /// The dose (recorded and replayed records).
    #[serde(skip_serializing_if = "Option::is_none")]
    dose: Option<RecordedDose>,
    /// Why it was refused.
    #[serde(rename = "errorCode", skip_serializing_if = "Option::is_none")]
    error_code: Option<String>,
    /// Why, in the caller's language.
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

/// One result per record, in order.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct BulkResults {
    /// Results, in the order of the records.
    results: Vec<RecordResult>,
}

/// Records each dose on its own, in order: `recorded`, `replayed` (recorded earlier with the same key) or
/// `refused` with the error code and text in the caller's language.
#[utoipa::path(post, path = "/api/staff/doses/bulk", tag = "desk", request_body = BulkDoses, security(("bearer" = [])),
    responses((status = 200, body = BulkResults)))]
pub(crate) async fn bulk_doses(
    staff: Staff<RecordDose>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<web::Json<BulkResults>, ApiError> {
    let body: BulkDoses = parse(&body)?;
    let records: Vec<DoseRecord> = body.records.iter().map(DoseRecordBody::record).collect();
    let outcomes = state.doses().record_many(&tenant, &staff, &records).await?;
    let chain = [&locale.locale, &locale.default];
    let results = body
        .records
        .iter()
        .zip(outcomes)
        .map(|(record, result)| {
            let idempotency_key = record.idempotency_key.clone();
            match result {
                Ok(recorded) => RecordResult {
                    idempotency_key,
                    outcome: if recorded.replayed {
                        RecordOutcome::Replayed
                    } else {
                        RecordOutcome::Recorded
                    },
                    dose: Some(RecordedDose::from(&recorded)),
                    error_code: None,
                    error: None,
                },
                Err(refusal) => {
                    let error = ApiError::from(refusal);
                    RecordResult {
                        idempotency_key,
                        outcome: RecordOutcome::Refused,
                        dose: None,
                        error_code: Some(error.code().as_str().to_owned()),
                        error: Some(error.localised(&state.localizer, &chain, tenant.code)),
                    }
                }
            }
        })
        .collect();
    Ok(web::Json(BulkResults { results }))
}
