//! What every handler can reach.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{Localizer, TenantRegistry};

/// Shared application state, cloned into each worker.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// Tenants by code and hostname.
    pub tenants: TenantRegistry,
    /// Fluent messages of every language.
    pub localizer: Arc<Localizer>,
}
