//! `POST /api/staff/facilities/import`: facilities from a CSV file (`text/csv` body, the columns of
//! `cowin facilities import`), each line created or refused on its own, with a report per line.

use actix_web::web;
use cowin_app::access::WriteFacility;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::{Staff, Tenant};
use crate::{ApiError, AppState};

/// What became of one line.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ImportLine {
    /// Its line in the file (the header is line 1).
    line: usize,
    /// The new centre's id, if it was created.
    center_id: Option<i64>,
    /// Why it was refused, if it was.
    refused: Option<String>,
}

/// The report of an import.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ImportReport {
    /// Facilities created.
    imported: usize,
    /// Lines refused.
    refused: usize,
    /// Every data line, in order.
    lines: Vec<ImportLine>,
}

/// Imports facilities from CSV: `name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type`, names
/// in the country's default language, only into districts the caller runs.
#[utoipa::path(post, path = "/api/staff/facilities/import", tag = "operations",
    request_body(content = String, content_type = "text/csv", description = "Header and one facility per line"),
    security(("bearer" = [])), responses((status = 200, body = ImportReport)))]
pub(crate) async fn import(
    staff: Staff<WriteFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<web::Json<ImportReport>, ApiError> {
    let lines = state.facilities().import(&tenant, Some(&staff), &body, |_| {}).await?;
    let refused = lines.iter().filter(|line| line.outcome.is_err()).count();
    Ok(web::Json(ImportReport {
        imported: lines.len() - refused,
        refused,
        lines: lines
            .into_iter()
            .map(|line| ImportLine {
                line: line.line,
                center_id: line.outcome.as_ref().ok().copied(),
                refused: line.outcome.err(),
            })
            .collect(),
    }))
}
