//! A country's revoked certificates, as its revocation lists and verification name them.

use std::collections::HashSet;

use cowin_core::TenantCode;
use cowin_store::{Databases, DbErr, TenantTxn, certificates};
use uuid::Uuid;

/// Ids of the certificates `tenant` revoked.
pub async fn revoked(db: &Databases, tenant: TenantCode) -> Result<Vec<Uuid>, DbErr> {
    let txn = TenantTxn::begin(db, tenant).await?;
    let ids = certificates::revoked_ids(&txn).await?;
    txn.commit().await?;
    Ok(ids)
}

/// How revocation lists name these certificates: the SHA-256 of each id, and each SMART Health Card `rid`.
pub fn markers(ids: &[Uuid]) -> HashSet<String> {
    ids.iter()
        .flat_map(|id| {
            [
                cowin_certify::record::id_hash(*id),
                cowin_certify::revocation_list::shc_revocation_id(*id),
            ]
        })
        .collect()
}
