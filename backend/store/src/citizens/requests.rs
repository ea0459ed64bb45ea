//! Citizens' requests (corrections and grievances): filed by an account for one of its members, decided by staff.
//! Each step is also written to the platform audit log, in the same transaction.

use sea_orm::{DbErr, FromQueryResult};
use serde_json::json;
use uuid::Uuid;

use crate::TenantTxn;
use crate::audit::{self, AuditEvent};

/// A request as stored.
#[derive(Debug, Clone, FromQueryResult)]
pub struct RequestRow {
    /// Row id.
    pub id: Uuid,
    /// What the citizen is given to follow it.
    pub tracking_number: String,
    /// The filing account.
    pub account_id: Uuid,
    /// The member concerned.
    pub beneficiary_id: String,
    /// `name`, `birth_year`, `gender`, `wrong_dose`, `no_certificate` or `other`.
    pub kind: String,
    /// The corrected value asked for (corrections only).
    pub requested_value: Option<String>,
    /// The citizen's words.
    pub details: String,
    /// `open`, `approved`, `resolved` or `rejected`.
    pub status: String,
    /// What staff answered.
    pub staff_note: Option<String>,
    /// Filed.
    pub created_at: chrono::DateTime<chrono::Utc>,
    /// Decided.
    pub decided_at: Option<chrono::DateTime<chrono::Utc>>,
}

const COLUMNS: &str = "id, tracking_number, account_id, beneficiary_id::text AS beneficiary_id, kind, requested_value, details, \
                       status, staff_note, created_at, decided_at";

/// A new request.
#[derive(Debug)]
pub struct NewRequest<'a> {
    /// Its tracking number.
    pub tracking_number: &'a str,
    /// The filing account.
    pub account: Uuid,
    /// The member.
    pub beneficiary: &'a str,
    /// Its kind.
    pub kind: &'a str,
    /// The corrected value asked for.
    pub requested_value: Option<&'a str>,
    /// The citizen's words.
    pub details: &'a str,
}

/// Files a request and audits it.
pub async fn insert(txn: &TenantTxn, request: &NewRequest<'_>) -> Result<Uuid, DbErr> {
    let id = Uuid::new_v4();
    txn.execute(
        "INSERT INTO citizen_requests (id, tracking_number, account_id, beneficiary_id, kind, requested_value, details) \
         VALUES ($1, $2, $3, $4, $5, $6, $7)",
        vec![
            id.into(),
            request.tracking_number.into(),
            request.account.into(),
            request.beneficiary.into(),
            request.kind.into(),
            request.requested_value.map(str::to_owned).into(),
            request.details.into(),
        ],
    )
    .await?;
    let actor = format!("citizen:{}", request.account);
    let event = AuditEvent {
        actor: &actor,
        tenant: Some(txn.tenant()),
        action: "request.file",
        target: request.tracking_number.to_owned(),
        detail: json!({ "kind": request.kind }),
    };
    audit::record(txn, event).await?;
    Ok(id)
}

/// An account's requests, newest first (at most 200).
pub async fn of_account(txn: &TenantTxn, account: Uuid) -> Result<Vec<RequestRow>, DbErr> {
    txn.all(
        &format!("SELECT {COLUMNS} FROM citizen_requests WHERE account_id = $1 ORDER BY created_at DESC LIMIT 200"),
        vec![account.into()],
    )
    .await
}

/// Requests of a status (every status for `None`), oldest first (at most `limit`).
pub async fn with_status(txn: &TenantTxn, status: Option<&str>, limit: u64) -> Result<Vec<RequestRow>, DbErr> {
    txn.all(
        &format!("SELECT {COLUMNS} FROM citizen_requests WHERE ($1::text IS NULL OR status = $1) ORDER BY created_at LIMIT $2"),
        vec![status.map(str::to_owned).into(), i64::try_from(limit).unwrap_or(i64::MAX).into()],
    )
    .await
}

/// The request with this tracking number, locked until the transaction ends.
pub async fn lock(txn: &TenantTxn, tracking_number: &str) -> Result<Option<RequestRow>, DbErr> {
    txn.one(
        &format!("SELECT {COLUMNS} FROM citizen_requests WHERE tracking_number = $1 FOR UPDATE"),
        vec![tracking_number.into()],
    )
    .await
}

/// Records staff's decision on a request and audits it.
pub async fn decide(txn: &TenantTxn, request: &RequestRow, status: &str, note: &str, by: Uuid) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE citizen_requests SET status = $2, staff_note = $3, decided_by = $4, decided_at = now() WHERE id = $1",
        vec![request.id.into(), status.into(), note.into(), by.into()],
    )
    .await?;
    audit::record_in_tenant(
        txn,
        by,
        "request.decide",
        request.tracking_number.clone(),
        json!({ "kind": request.kind, "status": status }),
    )
    .await
}
