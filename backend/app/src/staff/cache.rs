//! Staff rows, remembered for a moment. Every staff request needs the caller's role, scope and whether they
//! are still enabled; at the desk's rate that lookup is a transaction per dose. Rows are kept for two
//! seconds, and a disable or enable on this server forgets the row at once (other servers see it within the
//! two seconds).

use std::sync::Arc;
use std::time::Duration;

use cowin_core::TenantCode;
use cowin_store::staff::{self, StaffRow};
use cowin_store::{Databases, DbErr, TenantTxn};
use moka::future::Cache;
use uuid::Uuid;

/// How long a staff row is trusted without reading it again.
const LIFETIME: Duration = Duration::from_secs(2);

/// Recently read staff rows, by tenant and id.
#[derive(Debug, Clone)]
pub struct StaffCache {
    rows: Cache<(TenantCode, Uuid), Arc<Option<StaffRow>>>,
}

impl Default for StaffCache {
    fn default() -> Self {
        Self {
            rows: Cache::builder().time_to_live(LIFETIME).max_capacity(100_000).build(),
        }
    }
}

impl StaffCache {
    /// The staff row, from memory if read within the lifetime.
    pub async fn get(&self, db: &Databases, tenant: TenantCode, id: Uuid) -> Result<Arc<Option<StaffRow>>, DbErr> {
        self.rows
            .try_get_with((tenant, id), async move {
                let txn = TenantTxn::begin(db, tenant).await?;
                let row = staff::by_id(&txn, id).await?;
                txn.commit().await?;
                Ok::<_, DbErr>(Arc::new(row))
            })
            .await
            .map_err(|error| (*error).clone())
    }

    /// Forgets a row that just changed.
    pub async fn forget(&self, tenant: TenantCode, id: Uuid) {
        self.rows.invalidate(&(tenant, id)).await;
    }
}
