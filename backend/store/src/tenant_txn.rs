//! The one way to reach a tenant's data: a transaction pinned to the tenant's schema.

use cowin_core::TenantCode;
use cowin_migrations::runner::set_local_search_path;
use sea_orm::{DatabaseConnection, DatabaseTransaction, DbErr, TransactionTrait};

/// A transaction whose search path is the tenant's schema, set transaction-locally so that the pooled
/// connection carries nothing of this tenant into its next use. Repositories take `&TenantTxn`, so code
/// without one cannot query tenant tables.
#[derive(Debug)]
pub struct TenantTxn {
    txn: DatabaseTransaction,
    tenant: TenantCode,
}

impl TenantTxn {
    /// Begins a transaction for `tenant`.
    pub async fn begin(db: &DatabaseConnection, tenant: TenantCode) -> Result<Self, DbErr> {
        let txn = db.begin().await?;
        set_local_search_path(&txn, &tenant.schema()).await?;
        Ok(Self { txn, tenant })
    }

    /// The tenant this transaction belongs to.
    pub fn tenant(&self) -> TenantCode {
        self.tenant
    }

    /// The underlying connection, for repositories in this crate.
    pub(crate) fn connection(&self) -> &DatabaseTransaction {
        &self.txn
    }

    /// Commits the tenant's changes.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}
