//! The one way to reach a tenant's data: a transaction pinned to the tenant's schema.

use cowin_core::TenantCode;
use cowin_migrations::runner::set_local_search_path;
use sea_orm::{DatabaseTransaction, DbErr, FromQueryResult, TransactionTrait, Value};

use crate::clusters::Databases;
use crate::statements;

/// A transaction whose search path is the tenant's schema, set transaction-locally so that the pooled
/// connection carries nothing of this tenant into its next use. Repositories take `&TenantTxn`, so code
/// without one cannot query tenant tables.
#[derive(Debug)]
pub struct TenantTxn {
    txn: DatabaseTransaction,
    tenant: TenantCode,
}

impl TenantTxn {
    /// Begins a transaction for `tenant` on the cluster holding its schema.
    pub async fn begin(db: &Databases, tenant: TenantCode) -> Result<Self, DbErr> {
        let txn = db.for_tenant(tenant).await?.begin().await?;
        set_local_search_path(&txn, &tenant.schema()).await?;
        Ok(Self { txn, tenant })
    }

    /// Begins a transaction for `tenant` whose statements are planned once and kept: the same statements
    /// every time with only their parameters changing (the dose writer's). Planner settings go with the
    /// search path in one round trip: plans are kept per connection (`plan_cache_mode`), and must use the
    /// indexes even when made while a table was empty (`enable_seqscan`).
    pub async fn begin_for_kept_plans(db: &Databases, tenant: TenantCode) -> Result<Self, DbErr> {
        let txn = db.for_tenant(tenant).await?.begin().await?;
        statements::execute(
            &txn,
            "SELECT set_config('search_path', $1, true), set_config('plan_cache_mode', 'force_generic_plan', true), \
             set_config('enable_seqscan', 'off', true)",
            vec![tenant.schema().as_str().into()],
        )
        .await?;
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

    /// Runs a statement in the tenant's schema; returns the rows affected.
    pub(crate) async fn execute(&self, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
        statements::execute(&self.txn, sql, values).await
    }

    /// Runs a query in the tenant's schema and reads at most one row.
    pub(crate) async fn one<T: FromQueryResult>(&self, sql: &str, values: Vec<Value>) -> Result<Option<T>, DbErr> {
        statements::one(&self.txn, sql, values).await
    }

    /// Runs a query in the tenant's schema and reads every row.
    pub(crate) async fn all<T: FromQueryResult>(&self, sql: &str, values: Vec<Value>) -> Result<Vec<T>, DbErr> {
        statements::all(&self.txn, sql, values).await
    }

    /// Commits the tenant's changes.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}
