//! What every handler can reach: the application's services, and what only the HTTP layer keeps.

use std::ops::Deref;

use cowin_app::App;

use crate::availability_cache::AvailabilityCache;
use crate::handlers::health::Readiness;

/// Shared state, cloned into each worker.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The application: its services and their parts.
    pub app: App,
    /// Rendered availability answers, pre-gzipped.
    pub availability: AvailabilityCache,
    /// The latest readiness answer.
    pub readiness: moka::future::Cache<(), Readiness>,
    /// The admin console's built files.
    pub console: crate::console::ConsoleFiles,
    /// Each country's public statistics, recently computed.
    pub statistics: crate::portal::statistics::StatisticsCache,
    /// Prometheus metrics.
    pub metrics: crate::metrics::Metrics,
}

impl Deref for AppState {
    type Target = App;
    fn deref(&self) -> &App {
        &self.app
    }
}
