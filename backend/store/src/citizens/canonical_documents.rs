//! Identity documents registered before numbers were hashed in their canonical form (`384.516.270-80` and
//! `38451627080` hashed apart, so one CPF could be registered twice). `cowin migrate` re-hashes and re-seals them
//! here, since only the application holds the keys. A number whose canonical form is already registered to another
//! live beneficiary is left as it is and counted, for the ministry to resolve: nothing is deleted or merged.

use cowin_core::{DocumentNumber, TenantCode};
use cowin_privacy::{Field, TenantVault};
use sea_orm::{DbErr, FromQueryResult};

use crate::TenantTxn;

/// Rows read and rewritten per transaction.
const BATCH: u64 = 500;

/// What a run did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct CanonicalReport {
    /// Numbers rewritten in canonical form.
    pub rewritten: u64,
    /// Numbers left as they were because another beneficiary holds the same document.
    pub duplicates: u64,
    /// Numbers that could not be opened with this deployment's keys.
    pub unreadable: u64,
}

#[derive(Debug, FromQueryResult)]
struct Pending {
    reference_id: String,
    id_document_type: i32,
    id_number_encrypted: Vec<u8>,
    deleted: bool,
}

#[derive(Debug, FromQueryResult)]
struct Count {
    n: i64,
}

/// How many numbers of `tenant` are not in canonical form yet.
pub async fn pending(db: &crate::Databases, tenant: TenantCode) -> Result<i64, DbErr> {
    let txn = TenantTxn::begin(db, tenant).await?;
    let count: Option<Count> = txn
        .one("SELECT count(*) AS n FROM beneficiaries WHERE NOT id_number_canonical", vec![])
        .await?;
    txn.commit().await?;
    Ok(count.map_or(0, |count| count.n))
}

/// Brings every number of `tenant` to canonical form, batch by batch.
pub async fn canonicalise(db: &crate::Databases, tenant: TenantCode, vault: &TenantVault) -> Result<CanonicalReport, DbErr> {
    let mut report = CanonicalReport::default();
    let mut after = String::new();
    loop {
        let txn = TenantTxn::begin(db, tenant).await?;
        let rows: Vec<Pending> = txn
            .all(
                "SELECT reference_id, id_document_type, id_number_encrypted, deleted_at IS NOT NULL AS deleted FROM beneficiaries \
                 WHERE NOT id_number_canonical AND reference_id > $1 ORDER BY reference_id LIMIT $2 FOR UPDATE",
                vec![after.clone().into(), i64::try_from(BATCH).unwrap_or(500).into()],
            )
            .await?;
        let Some(last) = rows.last() else {
            txn.commit().await?;
            return Ok(report);
        };
        after = last.reference_id.clone();
        for row in rows {
            let number = vault
                .open(Field::IdNumber, &row.id_number_encrypted)
                .ok()
                .and_then(|written| DocumentNumber::normalise(&written));
            let Some(number) = number else {
                report.unreadable += 1;
                continue;
            };
            let hash = vault.document_hash(row.id_document_type, &number);
            // A deleted registration holds nothing: the same document may be registered live beside it.
            let taken: Option<Count> = if row.deleted {
                None
            } else {
                txn.one(
                    "SELECT count(*) AS n FROM beneficiaries WHERE id_document_type = $1 AND id_number_hash = $2 \
                     AND deleted_at IS NULL AND reference_id <> $3",
                    vec![row.id_document_type.into(), hash.clone().into(), row.reference_id.clone().into()],
                )
                .await?
            };
            if taken.is_some_and(|taken| taken.n > 0) {
                report.duplicates += 1;
                continue;
            }
            txn.execute(
                "UPDATE beneficiaries SET id_number_hash = $2, id_number_encrypted = $3, id_number_canonical = true \
                 WHERE reference_id = $1",
                vec![
                    row.reference_id.into(),
                    hash.into(),
                    vault.seal(Field::IdNumber, number.as_str()).into(),
                ],
            )
            .await?;
            report.rewritten += 1;
        }
        txn.commit().await?;
    }
}
