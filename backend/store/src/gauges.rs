//! What a tenant's metrics read at scrape time, in one statement on its schema: the outbox's backlog and its age,
//! the doses recorded (from the tallies every dose keeps), and the certificates issued (PostgreSQL's live-row
//! estimate: counting a country's millions of certificates on every scrape would cost more than it tells).

use sea_orm::{DbErr, FromQueryResult};

use crate::TenantTxn;

/// One tenant's figures.
#[derive(Debug, Clone, Copy, FromQueryResult)]
pub struct TenantGauges {
    /// Outbox items not done.
    pub outbox_pending: i64,
    /// Seconds since the oldest of them was written (0 when there is none).
    pub outbox_oldest_seconds: f64,
    /// Doses recorded.
    pub doses: i64,
    /// Certificates issued (PostgreSQL's estimate of live rows).
    pub certificates: i64,
}

/// The figures of the transaction's tenant.
pub async fn tenant_gauges(txn: &TenantTxn) -> Result<TenantGauges, DbErr> {
    let row: Option<TenantGauges> = txn
        .one(
            "SELECT (SELECT count(*) FROM outbox WHERE done_at IS NULL) AS outbox_pending, \
             COALESCE((SELECT EXTRACT(EPOCH FROM now() - min(created_at)) FROM outbox WHERE done_at IS NULL), 0)::float8 \
               AS outbox_oldest_seconds, \
             COALESCE((SELECT sum(doses) FROM dose_tally_day), 0)::bigint AS doses, \
             COALESCE((SELECT n_live_tup FROM pg_stat_user_tables WHERE schemaname = current_schema() AND relname = 'certificates'), 0)::bigint \
               AS certificates",
            vec![],
        )
        .await?;
    row.ok_or_else(|| DbErr::RecordNotFound("tenant gauges".into()))
}
