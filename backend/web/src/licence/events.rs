//! Recording the guard's refusals of requests. A blocked tenant may receive thousands of requests a second;
//! one event per tenant, code and hostname per minute says everything the log needs without letting
//! anyone flood it.

use std::collections::HashMap;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use cowin_core::TenantCode;
use cowin_licence::LicenceRefusal;
use cowin_store::licences::{self, LicenceContext, LicenceEvent};
use sea_orm::DatabaseConnection;

/// Least time between two recorded refusals of the same kind.
const QUIET_PERIOD: Duration = Duration::from_secs(60);

type Kind = (TenantCode, &'static str, Option<String>);

/// Records licence events, at most one per kind per minute.
#[derive(Debug, Clone)]
pub struct LicenceEvents {
    db: DatabaseConnection,
    last: Arc<Mutex<HashMap<Kind, Instant>>>,
}

impl LicenceEvents {
    /// Records into `db`.
    pub fn new(db: DatabaseConnection) -> Self {
        Self { db, last: Arc::default() }
    }

    /// Records `refusal` of a request for `tenant` at `hostname` in the background, unless the same refusal was
    /// recorded within the last minute.
    pub fn refused(
        &self,
        tenant: TenantCode,
        licence_id: Option<&str>,
        hostname: Option<&str>,
        context: LicenceContext,
        refusal: &LicenceRefusal,
    ) {
        let kind: Kind = (tenant, refusal.code().as_str(), hostname.map(str::to_owned));
        {
            let Ok(mut last) = self.last.lock() else { return };
            if last.get(&kind).is_some_and(|at| at.elapsed() < QUIET_PERIOD) {
                return;
            }
            last.insert(kind, Instant::now());
        }
        let event = LicenceEvent {
            tenant: Some(tenant),
            licence_id: licence_id.map(str::to_owned),
            code: refusal.code().as_str(),
            context,
            hostname: hostname.map(str::to_owned),
            detail: refusal.to_string(),
        };
        let db = self.db.clone();
        tokio::spawn(async move {
            if let Err(error) = licences::record_event(&db, &event).await {
                tracing::error!(error = %error, "a licence event could not be recorded");
            }
        });
    }
}
