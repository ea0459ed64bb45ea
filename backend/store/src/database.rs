//! The connection pool.

use std::time::Duration;

use sea_orm::{ConnectOptions, Database, DatabaseConnection, DbErr};

/// Pool settings; the URL is passed separately so it never sits in a printable struct.
#[derive(Debug, Clone)]
pub struct DatabaseOptions {
    /// Most connections the pool opens.
    pub max_connections: u32,
    /// Connections kept open while idle.
    pub min_connections: u32,
    /// How long to wait for a connection before failing the request.
    pub acquire_timeout: Duration,
}

/// Opens the pool. Statement logging is off: bound values can hold personal data.
pub async fn connect(url: &str, options: &DatabaseOptions) -> Result<DatabaseConnection, DbErr> {
    let mut connect = ConnectOptions::new(url.to_owned());
    connect
        .max_connections(options.max_connections)
        .min_connections(options.min_connections)
        .acquire_timeout(options.acquire_timeout)
        .connect_timeout(options.acquire_timeout)
        .sqlx_logging(false);
    Database::connect(connect).await
}
