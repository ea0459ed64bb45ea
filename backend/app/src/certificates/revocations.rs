//! A country's revoked certificates, as its revocation lists and verification name them.

use std::collections::HashSet;
use std::sync::Arc;

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

/// How long a country's revocation markers are reused before they are read again. A revocation committed on this
/// server is seen at once ([`RevokedMarkers::forget`] after its commit); one committed on another server within this
/// long, which is far fresher than the daily revocation lists verifier apps download.
const FRESH_FOR: std::time::Duration = std::time::Duration::from_secs(2);

/// Every country's revocation markers, read once per [`FRESH_FOR`] and shared by all verifications, rather than
/// read and hashed again for every certificate presented.
#[derive(Debug, Clone)]
pub struct RevokedMarkers {
    by_tenant: moka::future::Cache<TenantCode, Arc<HashSet<String>>>,
}

impl Default for RevokedMarkers {
    fn default() -> Self {
        Self {
            // One entry per country; a country with no revocation holds an empty set.
            by_tenant: moka::future::Cache::builder().time_to_live(FRESH_FOR).build(),
        }
    }
}

impl RevokedMarkers {
    /// `tenant`'s markers, as of at most [`FRESH_FOR`] ago.
    pub async fn of(&self, db: &Databases, tenant: TenantCode) -> Result<Arc<HashSet<String>>, DbErr> {
        if let Some(known) = self.by_tenant.get(&tenant).await {
            return Ok(known);
        }
        // Read without moka's loader, which would share one error among its waiters and lose whether the database
        // was unavailable (503) or failed (500); verifications arriving together at expiry each read once.
        let read = Arc::new(markers(&revoked(db, tenant).await?));
        self.by_tenant.insert(tenant, Arc::clone(&read)).await;
        Ok(read)
    }

    /// Forgets `tenant`'s markers: call once a transaction that revoked certificates has committed.
    pub async fn forget(&self, tenant: TenantCode) {
        self.by_tenant.invalidate(&tenant).await;
    }
}
