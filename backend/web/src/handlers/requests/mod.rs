//! Citizens' requests (corrections and grievances): filed and followed by citizens, decided by tenant
//! administrators.

pub(crate) mod decide;
pub(crate) mod file;
pub(crate) mod list;
pub(crate) mod mine;

use chrono::{DateTime, Utc};
use cowin_store::citizens::requests::RequestRow;
use serde::Serialize;
use utoipa::ToSchema;

/// One request.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CitizenRequest {
    /// What the citizen follows it by.
    tracking_number: String,
    /// The member concerned.
    beneficiary_reference_id: String,
    /// `name`, `birth_year`, `gender` (corrections), `wrong_dose`, `no_certificate`, `other` (grievances).
    kind: String,
    /// The corrected value asked for (a name, a year, a gender id).
    requested_value: Option<String>,
    /// The citizen's words.
    details: String,
    /// `open`, `approved`, `resolved` or `rejected`.
    status: String,
    /// Staff's answer.
    staff_note: Option<String>,
    /// Filed.
    created_at: DateTime<Utc>,
    /// Decided.
    decided_at: Option<DateTime<Utc>>,
}

/// Requests.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct CitizenRequests {
    /// The requests.
    requests: Vec<CitizenRequest>,
}

impl CitizenRequests {
    /// The answer listing `rows`.
    pub(crate) fn of(rows: Vec<RequestRow>) -> Self {
        Self {
            requests: rows
                .into_iter()
                .map(|row| CitizenRequest {
                    tracking_number: row.tracking_number,
                    beneficiary_reference_id: row.beneficiary_id,
                    kind: row.kind,
                    requested_value: row.requested_value,
                    details: row.details,
                    status: row.status,
                    staff_note: row.staff_note,
                    created_at: row.created_at,
                    decided_at: row.decided_at,
                })
                .collect(),
        }
    }
}
