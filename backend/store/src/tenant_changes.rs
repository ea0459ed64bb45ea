//! Listening for tenant changes: the platform's triggers `NOTIFY cowin_tenants` when a tenant's row, hostnames,
//! configuration or licence changes (migration m0006), and a server LISTENs on one connection of its own.

use sea_orm::DatabaseConnection;
use sea_orm::sqlx::postgres::PgListener;

/// The channel the platform's triggers notify.
const CHANNEL: &str = "cowin_tenants";

/// What the listener saw.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TenantChange {
    /// A tenant changed.
    Changed,
    /// The connection was lost (and is being re-established): changes may have been missed.
    Reconnected,
}

/// A server's subscription to tenant changes.
#[derive(Debug)]
pub struct TenantChanges(PgListener);

impl TenantChanges {
    /// Subscribes through a connection of `db`'s pool.
    pub async fn listen(db: &DatabaseConnection) -> Result<Self, sea_orm::sqlx::Error> {
        let mut listener = PgListener::connect_with(db.get_postgres_connection_pool()).await?;
        listener.listen(CHANNEL).await?;
        Ok(Self(listener))
    }

    /// The next change, or the news that the connection was lost.
    pub async fn next(&mut self) -> Result<TenantChange, sea_orm::sqlx::Error> {
        Ok(match self.0.try_recv().await? {
            Some(_) => TenantChange::Changed,
            None => TenantChange::Reconnected,
        })
    }
}
