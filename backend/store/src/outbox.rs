//! A tenant's transactional outbox: work written in the transaction that causes it, done after commit by
//! workers that take due rows with `FOR UPDATE SKIP LOCKED` (so several servers share the work and none
//! does an item twice at once), retried with exponential backoff, never lost across a restart.

use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

/// A certificate was issued: render its PDF, then tell its holder.
pub const CERTIFICATE_ISSUED: &str = "certificate.issued";
/// A later dose fell due: remind the member's account (the subject is the `dose_reminders` row).
pub const DOSE_REMINDER: &str = "dose.reminder";
/// Longest wait between attempts, seconds.
const MAX_BACKOFF_SECONDS: i64 = 3600;

/// Work due.
#[derive(Debug, Clone, FromQueryResult)]
pub struct OutboxItem {
    /// Row id.
    pub id: i64,
    /// What to do.
    pub kind: String,
    /// What it concerns.
    pub subject: Uuid,
    /// Attempts so far.
    pub attempts: i32,
}

/// Adds work to do once the caller's transaction commits.
pub async fn enqueue(txn: &TenantTxn, kind: &str, subject: Uuid) -> Result<(), DbErr> {
    txn.execute(
        "INSERT INTO outbox (kind, subject) VALUES ($1, $2)",
        vec![kind.into(), subject.into()],
    )
    .await
    .map(drop)
}

/// Up to `limit` due items, locked for this transaction; items other workers hold are skipped.
pub async fn claim_due(txn: &TenantTxn, limit: u64) -> Result<Vec<OutboxItem>, DbErr> {
    txn.all(
        "SELECT id, kind, subject, attempts FROM outbox WHERE done_at IS NULL AND next_attempt_at <= now() \
         ORDER BY next_attempt_at, id LIMIT $1 FOR UPDATE SKIP LOCKED",
        vec![i64::try_from(limit).unwrap_or(100).into()],
    )
    .await
}

/// Marks an item done.
pub async fn complete(txn: &TenantTxn, id: i64) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE outbox SET done_at = now(), last_error = NULL WHERE id = $1",
        vec![id.into()],
    )
    .await
    .map(drop)
}

/// Records a failed attempt; the next waits 2^attempts seconds (at most an hour).
pub async fn retry_later(txn: &TenantTxn, id: i64, attempts: i32, error: &str) -> Result<(), DbErr> {
    let wait = 2_i64
        .saturating_pow(u32::try_from(attempts.clamp(0, 12)).unwrap_or(12))
        .min(MAX_BACKOFF_SECONDS);
    txn.execute(
        "UPDATE outbox SET attempts = attempts + 1, last_error = $2, next_attempt_at = now() + make_interval(secs => $3) WHERE id = $1",
        vec![id.into(), error.chars().take(500).collect::<String>().into(), (wait as f64).into()],
    )
    .await
    .map(drop)
}

/// How many items are not done yet (for health checks and tests).
pub async fn pending(txn: &TenantTxn) -> Result<i64, DbErr> {
    #[derive(Debug, FromQueryResult)]
    struct Count {
        n: i64,
    }
    let count: Option<Count> = txn.one("SELECT count(*) AS n FROM outbox WHERE done_at IS NULL", vec![]).await?;
    Ok(count.map_or(0, |count| count.n))
}
