//! Building and running the server.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use anyhow::Context;
use cowin_web::{AppState, Localizer, TenantRegistry};
use secrecy::ExposeSecret;

use crate::Settings;

/// A built server: its listener is bound, so its port is known before it runs.
pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
    refresher: tokio::task::JoinHandle<()>,
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application").field("port", &self.port).finish_non_exhaustive()
    }
}

impl Application {
    /// Connects, loads translations and tenants, and binds the listener.
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        let db = cowin_store::connect(settings.database.url.expose_secret(), &settings.database.options())
            .await
            .context("cannot connect to PostgreSQL (database.url)")?;
        let localizer = Localizer::load(&settings.locales_dir)
            .with_context(|| format!("cannot load translations from {}", settings.locales_dir.display()))?;
        let tenants = TenantRegistry::load(db.clone(), Duration::from_millis(settings.tenants.miss_refresh_interval_ms))
            .await
            .context("cannot read the tenant list; has `cowin migrate` run?")?;
        let refresher = tenants.spawn_periodic_refresh(Duration::from_millis(settings.tenants.refresh_interval_ms.max(100)));
        let address = (settings.server.host.as_str(), settings.server.port);
        let listener = TcpListener::bind(address).with_context(|| format!("cannot listen on {}:{}", address.0, address.1))?;
        let port = listener.local_addr()?.port();
        let workers = match settings.server.workers {
            0 => std::thread::available_parallelism().map_or(2, usize::from),
            workers => workers,
        };
        let state = AppState {
            db,
            tenants,
            localizer: Arc::new(localizer),
        };
        let server = cowin_web::serve(listener, state.clone(), workers)?;
        Ok(Self {
            port,
            server,
            state,
            refresher,
        })
    }

    /// The bound port.
    pub fn port(&self) -> u16 {
        self.port
    }

    /// The tenant registry this server routes with.
    pub fn tenants(&self) -> &TenantRegistry {
        &self.state.tenants
    }

    /// Serves until the process is told to stop.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        self.refresher.abort();
        result
    }
}
