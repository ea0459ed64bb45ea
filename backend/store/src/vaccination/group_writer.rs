//! Dose writes committed in groups. One durable commit per dose caps a 2-core machine near a thousand doses
//! a second; a writer task per tenant instead takes every write waiting for it, inserts them with one
//! statement, completes their appointments, commits once, and only then answers each caller. Callers are
//! answered after their own write is durable, exactly as with one transaction each.

use std::collections::{HashMap, HashSet};
use std::sync::{Arc, Mutex};

use chrono::NaiveDate;
use cowin_core::TenantCode;
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult};
use tokio::sync::{mpsc, oneshot};
use uuid::Uuid;

use crate::TenantTxn;

/// A dose to write.
#[derive(Debug, Clone)]
pub struct DoseWrite {
    /// Dose id.
    pub id: Uuid,
    /// Beneficiary reference.
    pub beneficiary: String,
    /// Dose number.
    pub dose: i16,
    /// Vaccine code.
    pub vaccine: String,
    /// Day given.
    pub given_on: NaiveDate,
    /// Facility.
    pub facility: i64,
    /// Batch or lot.
    pub batch: String,
    /// Vaccinator.
    pub vaccinator: Uuid,
    /// Client's idempotency key.
    pub idempotency_key: String,
}

/// What became of a write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Written {
    /// Durable.
    Recorded,
    /// Not written: a dose with this key, or this beneficiary's dose number, exists (maybe from the same group).
    Conflict,
}

struct Job {
    dose: DoseWrite,
    reply: oneshot::Sender<Result<Written, String>>,
}

/// Queues per tenant, each drained by its own writer task.
#[derive(Clone)]
pub struct GroupWriter {
    db: DatabaseConnection,
    queues: Arc<Mutex<HashMap<TenantCode, mpsc::Sender<Job>>>>,
    max_group: usize,
}

impl std::fmt::Debug for GroupWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("GroupWriter")
            .field("max_group", &self.max_group)
            .finish_non_exhaustive()
    }
}

/// Writes waiting per tenant before callers wait for room.
const QUEUE_CAPACITY: usize = 10_000;

impl GroupWriter {
    /// A writer that commits up to `max_group` doses at once.
    pub fn new(db: DatabaseConnection, max_group: usize) -> Self {
        Self {
            db,
            queues: Arc::default(),
            max_group: max_group.max(1),
        }
    }

    /// Writes `dose` for `tenant` with whatever else is waiting; returns once it is durable (or refused).
    pub async fn write(&self, tenant: TenantCode, dose: DoseWrite) -> Result<Written, DbErr> {
        let queue = {
            let mut queues = self.queues.lock().map_err(|_| DbErr::Custom("dose writer lock poisoned".into()))?;
            match queues.get(&tenant).filter(|queue| !queue.is_closed()) {
                Some(queue) => queue.clone(),
                // First write of this tenant, or its writer task ended: start one.
                None => {
                    let (sender, receiver) = mpsc::channel(QUEUE_CAPACITY);
                    tokio::spawn(drain(self.db.clone(), tenant, receiver, self.max_group));
                    queues.insert(tenant, sender.clone());
                    sender
                }
            }
        };
        let (reply, answer) = oneshot::channel();
        queue
            .send(Job { dose, reply })
            .await
            .map_err(|_| DbErr::Custom("dose writer stopped".into()))?;
        answer
            .await
            .map_err(|_| DbErr::Custom("dose writer dropped the write".into()))?
            .map_err(DbErr::Custom)
    }
}

/// The writer task of one tenant: take everything waiting (up to `max_group`), write it, answer, repeat.
async fn drain(db: DatabaseConnection, tenant: TenantCode, mut queue: mpsc::Receiver<Job>, max_group: usize) {
    while let Some(first) = queue.recv().await {
        let mut jobs = vec![first];
        while jobs.len() < max_group {
            match queue.try_recv() {
                Ok(job) => jobs.push(job),
                Err(_) => break,
            }
        }
        let doses: Vec<&DoseWrite> = jobs.iter().map(|job| &job.dose).collect();
        match write_group(&db, tenant, &doses).await {
            Ok(inserted) => {
                for job in jobs {
                    let written = if inserted.contains(&job.dose.id) {
                        Written::Recorded
                    } else {
                        Written::Conflict
                    };
                    let _ = job.reply.send(Ok(written));
                }
            }
            Err(error) => {
                tracing::error!(tenant = %tenant, error = %error, doses = jobs.len(), "dose group failed");
                for job in jobs {
                    let _ = job.reply.send(Err(error.to_string()));
                }
            }
        }
    }
}

#[derive(Debug, FromQueryResult)]
struct Inserted {
    id: Uuid,
    beneficiary_id: String,
    dose: i16,
}

/// One transaction: insert the group (skipping conflicts), complete the inserted doses' appointments.
async fn write_group(db: &DatabaseConnection, tenant: TenantCode, doses: &[&DoseWrite]) -> Result<HashSet<Uuid>, DbErr> {
    let txn = TenantTxn::begin(db, tenant).await?;
    let inserted: Vec<Inserted> = txn
        .all(
            "INSERT INTO doses (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch, vaccinator_id, idempotency_key) \
             SELECT * FROM unnest($1::uuid[], $2::text[], $3::int2[], $4::text[], $5::date[], $6::int8[], $7::text[], $8::uuid[], $9::text[]) \
             ON CONFLICT DO NOTHING RETURNING id, beneficiary_id, dose",
            vec![
                doses.iter().map(|d| d.id).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.beneficiary.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.dose).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.vaccine.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.given_on).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.facility).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.batch.clone()).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.vaccinator).collect::<Vec<_>>().into(),
                doses.iter().map(|d| d.idempotency_key.clone()).collect::<Vec<_>>().into(),
            ],
        )
        .await?;
    if !inserted.is_empty() {
        txn.execute(
            "UPDATE appointments a SET status = 'completed', updated_at = now() FROM unnest($1::text[], $2::int2[]) AS done (beneficiary_id, dose) \
             WHERE a.beneficiary_id = done.beneficiary_id AND a.dose = done.dose AND a.status = 'booked'",
            vec![
                inserted.iter().map(|row| row.beneficiary_id.clone()).collect::<Vec<_>>().into(),
                inserted.iter().map(|row| row.dose).collect::<Vec<_>>().into(),
            ],
        )
        .await?;
    }
    txn.commit().await?;
    Ok(inserted.into_iter().map(|row| row.id).collect())
}
