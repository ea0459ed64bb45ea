//! The one way to reach the platform schema: every statement on `platform.*` runs through [`execute`], [`one`] or
//! [`all`] here, on a [`PlatformTxn`] or on another [`PlatformConnection`] the caller already holds (the pool for
//! a single read, or a transaction that must commit the platform rows together with other work).

use cowin_core::SchemaName;
use cowin_migrations::runner::set_local_search_path;
use sea_orm::{ConnectionTrait, DatabaseConnection, DatabaseTransaction, DbErr, FromQueryResult, TransactionTrait, Value};

use crate::{TenantTxn, statements};

mod sealed {
    /// A key only this crate can make, so that only this crate can open a [`super::PlatformConnection`] and run
    /// SQL on it: other crates pass connections along, but cannot use one to bypass the repositories (a
    /// [`crate::TenantTxn`]'s transaction least of all). Being unnameable outside, it also seals the trait.
    #[derive(Debug, Clone, Copy)]
    pub struct Key(pub(super) ());
}

/// Something platform statements can run on: the pool, a [`PlatformTxn`], or a transaction whose other work
/// must commit with the platform rows (onboarding's, offboarding's, a [`TenantTxn`] whose tenant action is
/// audited in the platform log). Store functions take `&impl PlatformConnection`, so callers pick the scope.
pub trait PlatformConnection: Sync {
    /// The sea-orm connection statements run on.
    type Connection: ConnectionTrait;

    /// The connection; the key keeps the call inside this crate.
    fn connection(&self, key: sealed::Key) -> &Self::Connection;
}

impl PlatformConnection for DatabaseConnection {
    type Connection = Self;

    fn connection(&self, _: sealed::Key) -> &Self {
        self
    }
}

impl PlatformConnection for crate::Databases {
    type Connection = DatabaseConnection;

    fn connection(&self, _: sealed::Key) -> &DatabaseConnection {
        self.main()
    }
}

impl PlatformConnection for DatabaseTransaction {
    type Connection = Self;

    fn connection(&self, _: sealed::Key) -> &Self {
        self
    }
}

impl PlatformConnection for TenantTxn {
    type Connection = DatabaseTransaction;

    fn connection(&self, _: sealed::Key) -> &DatabaseTransaction {
        TenantTxn::connection(self)
    }
}

/// A transaction for platform-only work, whose search path is schema `platform` (set transaction-locally, as a
/// [`TenantTxn`] sets its tenant's), so that no unqualified name can reach a tenant's tables through it.
#[derive(Debug)]
pub struct PlatformTxn {
    txn: DatabaseTransaction,
}

impl PlatformTxn {
    /// Begins a platform transaction.
    pub async fn begin(db: &DatabaseConnection) -> Result<Self, DbErr> {
        let txn = db.begin().await?;
        set_local_search_path(&txn, &SchemaName::platform()).await?;
        Ok(Self { txn })
    }

    /// Commits the platform changes.
    pub async fn commit(self) -> Result<(), DbErr> {
        self.txn.commit().await
    }
}

impl PlatformConnection for PlatformTxn {
    type Connection = DatabaseTransaction;

    fn connection(&self, _: sealed::Key) -> &DatabaseTransaction {
        &self.txn
    }
}

/// Runs a platform statement on `on`; returns the rows affected.
pub(crate) async fn execute(on: &impl PlatformConnection, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
    statements::execute(on.connection(sealed::Key(())), sql, values).await
}

/// Runs a platform query on `on` and reads at most one row.
pub(crate) async fn one<T: FromQueryResult>(on: &impl PlatformConnection, sql: &str, values: Vec<Value>) -> Result<Option<T>, DbErr> {
    statements::one(on.connection(sealed::Key(())), sql, values).await
}

/// Runs a platform query on `on` and reads every row.
pub(crate) async fn all<T: FromQueryResult>(on: &impl PlatformConnection, sql: &str, values: Vec<Value>) -> Result<Vec<T>, DbErr> {
    statements::all(on.connection(sealed::Key(())), sql, values).await
}
