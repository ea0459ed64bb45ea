//! Where each tenant's schema lives. The platform's own cluster is `main`; the configuration may name others
//! (`database.clusters`), for capacity or because a country's data must stay in a region. A tenant's placement is a
//! column of `platform.tenants`; every server learns it with the tenant registry's reload (on each change notice),
//! and [`crate::TenantTxn::begin`] opens the tenant's transaction on its cluster, after waiting out a move's pause.

use std::collections::{BTreeMap, HashMap};
use std::ops::Deref;
use std::sync::{Arc, RwLock};
use std::time::{Duration, Instant};

use cowin_core::TenantCode;

use crate::tenants::TenantRecord;
use sea_orm::{DatabaseConnection, DbErr};

/// The name of the platform's cluster.
pub const MAIN_CLUSTER: &str = "main";

/// Whether `name` may name a cluster: what `platform.tenants.cluster` accepts.
pub fn is_cluster_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_ascii_lowercase())
        && name.len() <= 31
        && chars.all(|char| char.is_ascii_lowercase() || char.is_ascii_digit() || char == '_')
}

/// The connection pools of every cluster and which tenant is on which. Dereferences to the main cluster's pool,
/// where schema `platform` is; cloned cheaply (everything is shared).
#[derive(Debug, Clone)]
pub struct Databases {
    main: DatabaseConnection,
    others: Arc<BTreeMap<String, DatabaseConnection>>,
    placement: Arc<RwLock<HashMap<TenantCode, Placement>>>,
}

/// Where one tenant is, as a server last read it.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Placement {
    cluster: String,
    /// A move's pause: no transaction of the tenant begins before this, unless the placement is read again first.
    paused_until: Option<Instant>,
}

/// How often a transaction waiting out a move's pause looks at the placement again.
const PAUSE_POLL: Duration = Duration::from_millis(10);

impl Databases {
    /// One cluster holding the platform and every tenant.
    pub fn single(main: DatabaseConnection) -> Self {
        Self::new(main, BTreeMap::new())
    }

    /// The main cluster and the others by name. Until [`Self::place`] says otherwise, every tenant is on `main`.
    pub fn new(main: DatabaseConnection, others: BTreeMap<String, DatabaseConnection>) -> Self {
        Self {
            main,
            others: Arc::new(others),
            placement: Arc::default(),
        }
    }

    /// The main cluster's pool (schema `platform`).
    pub fn main(&self) -> &DatabaseConnection {
        &self.main
    }

    /// The clusters other than `main`, by name.
    pub fn others(&self) -> &BTreeMap<String, DatabaseConnection> {
        &self.others
    }

    /// Every cluster by name, `main` first.
    pub fn all(&self) -> impl Iterator<Item = (&str, &DatabaseConnection)> {
        std::iter::once((MAIN_CLUSTER, &self.main)).chain(self.others.iter().map(|(name, db)| (name.as_str(), db)))
    }

    /// The cluster called `name`, if this configuration names it.
    pub fn cluster(&self, name: &str) -> Option<&DatabaseConnection> {
        if name == MAIN_CLUSTER {
            Some(&self.main)
        } else {
            self.others.get(name)
        }
    }

    /// Replaces the placement of every tenant with `tenants` (`platform.tenants` as last read: each one's cluster,
    /// and how much longer a move's pause lasts); a tenant not listed is on `main`.
    pub fn place(&self, tenants: &[TenantRecord]) {
        let now = Instant::now();
        let placement: HashMap<TenantCode, Placement> = tenants
            .iter()
            .filter(|tenant| tenant.cluster != MAIN_CLUSTER || tenant.paused_for.is_some())
            .map(|tenant| {
                let placement = Placement {
                    cluster: tenant.cluster.clone(),
                    paused_until: tenant.paused_for.map(|left| now + left),
                };
                (tenant.code, placement)
            })
            .collect();
        *self.placement.write().unwrap_or_else(std::sync::PoisonError::into_inner) = placement;
    }

    /// Where `tenant`'s transactions go now.
    fn route(&self, tenant: TenantCode) -> Route<'_> {
        let placement = self.placement.read().unwrap_or_else(std::sync::PoisonError::into_inner);
        match placement.get(&tenant) {
            None => Route::Ready(&self.main),
            Some(Placement {
                paused_until: Some(until), ..
            }) if Instant::now() < *until => Route::Paused,
            Some(placement) => self
                .cluster(&placement.cluster)
                .map_or_else(|| Route::Unknown(placement.cluster.clone()), Route::Ready),
        }
    }

    /// The pool of the cluster holding `tenant`'s schema, once a move's pause is over (the move's end is read with
    /// the placement it made). Fails when the tenant is on a cluster this server's configuration does not name:
    /// serving it from another cluster would find no schema, or a stale one.
    pub async fn for_tenant(&self, tenant: TenantCode) -> Result<&DatabaseConnection, DbErr> {
        loop {
            match self.route(tenant) {
                Route::Ready(pool) => return Ok(pool),
                Route::Paused => tokio::time::sleep(PAUSE_POLL).await,
                Route::Unknown(name) => {
                    return Err(DbErr::Custom(format!(
                        "tenant {tenant} is on cluster {name}, which database.clusters does not name"
                    )));
                }
            }
        }
    }
}

/// Where a tenant's transactions go.
enum Route<'a> {
    /// To this pool.
    Ready(&'a DatabaseConnection),
    /// Nowhere yet: a move has paused them.
    Paused,
    /// To a cluster this configuration does not name.
    Unknown(String),
}

impl Deref for Databases {
    type Target = DatabaseConnection;

    fn deref(&self) -> &DatabaseConnection {
        &self.main
    }
}
