//! Listening for tenant changes: the platform's triggers `NOTIFY cowin_tenants` when a tenant's row, hostnames,
//! configuration or licence changes (migration m0006), and a server LISTENs on one connection of its own.

use sea_orm::DatabaseConnection;
use sea_orm::sqlx::postgres::{PgListener, PgPoolOptions};

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
    /// Subscribes through a connection of its own, to the database of `db`'s pool (a listener holds its connection
    /// for ever: taken from the request pool, it would shrink it by one, and starve a pool of one).
    pub async fn listen(db: &DatabaseConnection) -> Result<Self, sea_orm::sqlx::Error> {
        let options = db.get_postgres_connection_pool().connect_options();
        let own = PgPoolOptions::new().max_connections(1).connect_lazy_with((*options).clone());
        let mut listener = PgListener::connect_with(&own).await?;
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
