//! Brings the audit entries that tenant transactions wrote on other clusters into the platform's log. Such an entry
//! commits on its tenant's cluster with the action it records (the cluster's `platform.audit_events` is a spool);
//! the relay copies a batch into the platform's log, then deletes it from the spool. A relay cut off between the
//! two copies the batch again next time, and the platform's log keeps one of each (`relayed_from` is unique).

use sea_orm::{DbErr, FromQueryResult, TransactionTrait};

use crate::{Databases, platform_txn, statements};

/// Entries moved per transaction.
const BATCH: i64 = 500;

#[derive(FromQueryResult)]
struct Spooled {
    rows: String,
    count: i64,
}

/// Moves every spooled entry of every other cluster into the platform's log; returns how many were moved.
pub async fn relay(db: &Databases) -> Result<u64, DbErr> {
    let mut moved = 0;
    for (name, cluster) in db.others().iter() {
        loop {
            let spool = cluster.begin().await?;
            // Locked rows are another server's batch: skipped, not waited for.
            let batch: Option<Spooled> = statements::one(
                &spool,
                "SELECT COALESCE(json_agg(e ORDER BY e.id), '[]')::text AS rows, count(*) AS count FROM \
                 (SELECT id, occurred_at, actor, tenant_code, action, target, detail FROM platform.audit_events \
                 ORDER BY id LIMIT $1 FOR UPDATE SKIP LOCKED) e",
                vec![BATCH.into()],
            )
            .await?;
            let Some(batch) = batch.filter(|batch| batch.count > 0) else {
                break;
            };
            platform_txn::execute(
                db.main(),
                "INSERT INTO platform.audit_events (occurred_at, actor, tenant_code, action, target, detail, relayed_from) \
                 SELECT e.occurred_at, e.actor, e.tenant_code, e.action, e.target, e.detail, $2 || ':' || e.id \
                 FROM json_to_recordset($1::json) AS e(id int8, occurred_at timestamptz, actor text, tenant_code char(2), \
                 action text, target text, detail jsonb) ORDER BY e.id ON CONFLICT (relayed_from) DO NOTHING",
                vec![batch.rows.clone().into(), name.clone().into()],
            )
            .await?;
            statements::execute(
                &spool,
                "DELETE FROM platform.audit_events WHERE id IN (SELECT (e->>'id')::int8 FROM json_array_elements($1::json) e)",
                vec![batch.rows.into()],
            )
            .await?;
            spool.commit().await?;
            moved += u64::try_from(batch.count).unwrap_or(0);
        }
    }
    Ok(moved)
}
