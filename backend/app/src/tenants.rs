//! The tenants this server routes to, cached in memory and refreshed from the platform schema.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use cowin_core::{Hostname, TenantCode};
use cowin_store::Databases;
use cowin_store::licences;
use cowin_store::tenant_changes::TenantChanges;
use cowin_store::tenants::{self, TenantAdminError, TenantRecord};
use tokio::sync::Mutex;

use crate::licences::{LicenceGuard, LicenceState};

#[derive(Debug, Default)]
struct Snapshot {
    by_code: HashMap<TenantCode, Arc<TenantRecord>>,
    by_host: HashMap<Hostname, Arc<TenantRecord>>,
    licences: HashMap<TenantCode, LicenceState>,
}

/// Tenants by code and by hostname. Lookups never touch the database; [`TenantRegistry::refresh`] reloads
/// the whole list (periodically, and at most once per `miss_refresh_interval` when a lookup misses, so a
/// newly onboarded tenant is served at once while unknown hosts cannot hammer the database).
#[derive(Debug, Clone)]
pub struct TenantRegistry {
    db: Databases,
    snapshot: Arc<RwLock<Arc<Snapshot>>>,
    last_refresh: Arc<Mutex<Instant>>,
    miss_refresh_interval: Duration,
    guard: LicenceGuard,
}

impl TenantRegistry {
    /// Loads every tenant, judging each one's licence with `guard`.
    pub async fn load(db: Databases, miss_refresh_interval: Duration, guard: LicenceGuard) -> Result<Self, TenantAdminError> {
        let registry = Self {
            db,
            snapshot: Arc::default(),
            last_refresh: Arc::new(Mutex::new(Instant::now())),
            miss_refresh_interval,
            guard,
        };
        registry.refresh().await?;
        Ok(registry)
    }

    /// Reloads every tenant from the platform schema and judges their licences again (a revocation or an
    /// expiry reaches this server with the next reload).
    pub async fn refresh(&self) -> Result<(), TenantAdminError> {
        let revoked = self.guard.revoked(&licences::revocations(&self.db).await?);
        let current = self.current();
        let records = tenants::list_reusing(&self.db, |code, version| {
            let code = TenantCode::parse(code).ok()?;
            let known = current.by_code.get(&code).filter(|record| record.config_version == version)?;
            Some((Arc::clone(&known.config), Arc::clone(&known.catalogue)))
        })
        .await?;
        self.db.place(&records);
        let mut snapshot = Snapshot::default();
        for record in records {
            let licence = self.guard.judge(record.code, record.licence.as_deref(), &revoked);
            snapshot.licences.insert(record.code, Arc::new(licence));
            let record = Arc::new(record);
            for host in &record.hostnames {
                snapshot.by_host.insert(host.clone(), Arc::clone(&record));
            }
            snapshot.by_code.insert(record.code, record);
        }
        let snapshot = Arc::new(snapshot);
        match self.snapshot.write() {
            Ok(mut current) => *current = snapshot,
            Err(poisoned) => *poisoned.into_inner() = snapshot,
        }
        Ok(())
    }

    fn current(&self) -> Arc<Snapshot> {
        match self.snapshot.read() {
            Ok(current) => Arc::clone(&current),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// The licence guard tenants are judged by.
    pub fn guard(&self) -> &LicenceGuard {
        &self.guard
    }

    /// The tenant with this code, if registered.
    pub fn by_code(&self, code: TenantCode) -> Option<Arc<TenantRecord>> {
        self.current().by_code.get(&code).cloned()
    }

    /// The judged licence of the tenant with this code.
    pub fn licence(&self, code: TenantCode) -> Option<LicenceState> {
        self.current().licences.get(&code).cloned()
    }

    /// The tenant served at this hostname, if any.
    pub fn by_host(&self, host: &Hostname) -> Option<Arc<TenantRecord>> {
        self.current().by_host.get(host).cloned()
    }

    /// Every tenant, by code.
    pub fn all(&self) -> Vec<Arc<TenantRecord>> {
        let mut all: Vec<_> = self.current().by_code.values().cloned().collect();
        all.sort_by_key(|record| record.code);
        all
    }

    /// Reloads after a lookup missed, unless a reload happened within `miss_refresh_interval`.
    /// Returns whether it reloaded.
    pub async fn refresh_after_miss(&self) -> bool {
        let mut last = self.last_refresh.lock().await;
        if last.elapsed() < self.miss_refresh_interval {
            return false;
        }
        *last = Instant::now();
        match self.refresh().await {
            Ok(()) => true,
            Err(error) => {
                tracing::warn!(error = %error, "reloading tenants after a lookup miss failed");
                false
            }
        }
    }

    /// Reloads whenever the platform says a tenant changed (LISTEN/NOTIFY: every server sees a suspension, a new
    /// hostname or a licence at once), and after the listening connection was lost (changes may have been missed).
    /// If listening fails, it tries again a second later; the periodic reload stays the safety net.
    pub fn spawn_change_listener(&self) -> tokio::task::JoinHandle<()> {
        let registry = self.clone();
        tokio::spawn(async move {
            loop {
                let mut changes = match TenantChanges::listen(&registry.db).await {
                    Ok(changes) => changes,
                    Err(error) => {
                        tracing::warn!(error = %error, "cannot listen for tenant changes; retrying");
                        tokio::time::sleep(Duration::from_secs(1)).await;
                        continue;
                    }
                };
                // What changed between the last load and the LISTEN was announced to no one here.
                if let Err(error) = registry.refresh().await {
                    tracing::warn!(error = %error, "tenant reload after listening failed");
                }
                loop {
                    match changes.next().await {
                        Ok(_) => {
                            if let Err(error) = registry.refresh().await {
                                tracing::warn!(error = %error, "tenant reload after a change failed");
                            }
                        }
                        Err(error) => {
                            tracing::warn!(error = %error, "listening for tenant changes failed; listening again");
                            break;
                        }
                    }
                }
            }
        })
    }

    /// Reloads every `interval` in the background, so suspensions and new hostnames reach this server.
    pub fn spawn_periodic_refresh(&self, interval: Duration) -> tokio::task::JoinHandle<()> {
        let registry = self.clone();
        tokio::spawn(async move {
            let mut ticker = tokio::time::interval(interval);
            ticker.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
            loop {
                ticker.tick().await;
                if let Err(error) = registry.refresh().await {
                    tracing::warn!(error = %error, "periodic tenant reload failed");
                }
            }
        })
    }
}
