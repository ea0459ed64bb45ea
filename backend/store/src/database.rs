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

/// Opens the pool, failing when the database cannot be reached. Statement logging is off: bound values can hold
/// personal data.
pub async fn connect(url: &str, options: &DatabaseOptions) -> Result<DatabaseConnection, DbErr> {
    Database::connect(connect_options(url, options)).await
}

/// Makes the pool without connecting: its connections open on first use. For a cluster other than the platform's,
/// whose outage must not keep a server from starting and serving the countries elsewhere.
pub async fn connect_lazily(url: &str, options: &DatabaseOptions) -> Result<DatabaseConnection, DbErr> {
    let mut lazy = connect_options(url, options);
    lazy.connect_lazy(true);
    Database::connect(lazy).await
}

fn connect_options(url: &str, options: &DatabaseOptions) -> ConnectOptions {
    let mut connect = ConnectOptions::new(url.to_owned());
    connect
        .max_connections(options.max_connections)
        .min_connections(options.min_connections)
        .acquire_timeout(options.acquire_timeout)
        .connect_timeout(options.acquire_timeout)
        .sqlx_logging(false);
    connect
}

/// Whether `error` means the database cannot be reached just now (down, restarting, out of connections) rather
/// than that a statement failed: the request may succeed later, so callers answer 503, not 500.
pub fn is_unavailable(error: &DbErr) -> bool {
    use sea_orm::RuntimeErr;
    use sea_orm::sqlx::Error as Sqlx;
    let sqlx = match error {
        DbErr::ConnectionAcquire(_) | DbErr::Conn(_) => return true,
        DbErr::Exec(RuntimeErr::SqlxError(error)) | DbErr::Query(RuntimeErr::SqlxError(error)) => error,
        _ => return false,
    };
    match sqlx.as_ref() {
        Sqlx::Io(_) | Sqlx::Tls(_) | Sqlx::Protocol(_) | Sqlx::PoolTimedOut | Sqlx::PoolClosed | Sqlx::WorkerCrashed => true,
        // Connection exceptions (08), operator intervention such as a shutdown (57P), insufficient resources (53); an
        // undefined table or schema (42P01, 3F000) when a tenant's schema has just moved to another cluster
        // (`cowin tenant move`) and this server has not yet had the notice: a retry finds it there.
        Sqlx::Database(error) => error.code().is_some_and(|code| {
            code.starts_with("08") || code.starts_with("57P") || code.starts_with("53") || code == "42P01" || code == "3F000"
        }),
        _ => false,
    }
}

/// Whether `error` is PostgreSQL refusing text it cannot hold (a NUL character, or a byte sequence invalid in
/// UTF-8: SQLSTATE 22021 and 22P05), which only a client's input can bring.
pub fn is_unstorable_text(error: &DbErr) -> bool {
    sqlstate(error).is_some_and(|code| code == "22021" || code == "22P05")
}

/// Whether `error` is a statement losing a lock to another transaction: chosen as a deadlock's victim (40P01) or
/// out of `lock_timeout` (55P03). Trying again may succeed.
pub fn is_lock_conflict(error: &DbErr) -> bool {
    sqlstate(error).is_some_and(|code| code == "40P01" || code == "55P03")
}

/// The SQLSTATE PostgreSQL answered a failed statement with, if it answered one.
fn sqlstate(error: &DbErr) -> Option<String> {
    use sea_orm::RuntimeErr;
    use sea_orm::sqlx::Error as Sqlx;
    match error {
        DbErr::Exec(RuntimeErr::SqlxError(error)) | DbErr::Query(RuntimeErr::SqlxError(error)) => match error.as_ref() {
            Sqlx::Database(error) => error.code().map(|code| code.into_owned()),
            _ => None,
        },
        _ => None,
    }
}
