//! Running SQL with parameters: the one place this crate makes a sea-orm `Statement`, so the dialect is named once
//! and every query, tenant or platform, binds its values the same way. Callers reach it through
//! [`crate::TenantTxn`] or [`crate::platform_txn`], which decide what the statement may see.

use sea_orm::{ConnectionTrait, DbBackend, DbErr, FromQueryResult, Statement, Value};

/// The statement `sql` with its positional parameters (`$1`, `$2`, ...), in PostgreSQL's dialect.
fn statement(sql: &str, values: Vec<Value>) -> Statement {
    Statement::from_sql_and_values(DbBackend::Postgres, sql, values)
}

/// Runs a statement on `connection`; returns the rows affected.
pub(crate) async fn execute<C: ConnectionTrait>(connection: &C, sql: &str, values: Vec<Value>) -> Result<u64, DbErr> {
    Ok(connection.execute_raw(statement(sql, values)).await?.rows_affected())
}

/// Runs a query on `connection` and reads at most one row.
pub(crate) async fn one<T: FromQueryResult, C: ConnectionTrait>(connection: &C, sql: &str, values: Vec<Value>) -> Result<Option<T>, DbErr> {
    T::find_by_statement(statement(sql, values)).one(connection).await
}

/// Runs a query on `connection` and reads every row.
pub(crate) async fn all<T: FromQueryResult, C: ConnectionTrait>(connection: &C, sql: &str, values: Vec<Value>) -> Result<Vec<T>, DbErr> {
    T::find_by_statement(statement(sql, values)).all(connection).await
}
