//! Recording the guard's refusals of requests. A blocked tenant may receive thousands of requests a second, and
//! anyone can send them with a new `Host` each time; what is remembered and what is written are both bounded:
//! one event per tenant, code and hostname per minute, at most [`EVENTS_PER_MINUTE`] events per tenant and code
//! whatever the hostnames, and a fixed number of recently seen kinds in memory.

use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use cowin_core::TenantCode;
use cowin_licence::LicenceRefusal;
use cowin_store::Databases;
use cowin_store::licences::{self, LicenceContext, LicenceEvent};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};

/// Least time between two recorded refusals of the same kind.
const QUIET_PERIOD: Duration = Duration::from_secs(60);
/// Most refusals recorded per tenant and code per minute, over all hostnames.
pub const EVENTS_PER_MINUTE: u32 = 10;
/// Kinds of refusal remembered at once.
const REMEMBERED_KINDS: u64 = 10_000;

type Kind = (TenantCode, &'static str, Option<String>);

/// Records licence events, bounded in memory and in rows written.
#[derive(Debug, Clone)]
pub struct LicenceEvents {
    db: Databases,
    recent: moka::sync::Cache<Kind, ()>,
    per_code: Arc<DefaultKeyedRateLimiter<(TenantCode, &'static str)>>,
}

impl LicenceEvents {
    /// Records into `db`.
    pub fn new(db: Databases) -> Self {
        let per_minute = NonZeroU32::new(EVENTS_PER_MINUTE).unwrap_or(NonZeroU32::MIN);
        Self {
            db,
            recent: moka::sync::Cache::builder()
                .max_capacity(REMEMBERED_KINDS)
                .time_to_live(QUIET_PERIOD)
                .build(),
            per_code: Arc::new(RateLimiter::keyed(Quota::per_minute(per_minute))),
        }
    }

    /// Records `refusal` of a request for `tenant` at `hostname`, unless the same refusal was recorded within the
    /// last minute or the tenant's refusals of this code are already at their budget. The write is awaited by the
    /// refused request itself (bounded to a few a minute): a write handed to a background task was lost whenever
    /// the runtime that owned it was shutting down.
    pub async fn refused(
        &self,
        tenant: TenantCode,
        licence_id: Option<&str>,
        hostname: Option<&str>,
        context: LicenceContext,
        refusal: &LicenceRefusal,
    ) {
        let code = refusal.code().as_str();
        let kind: Kind = (tenant, code, hostname.map(str::to_owned));
        if self.recent.contains_key(&kind) {
            return;
        }
        self.recent.insert(kind, ());
        if self.per_code.check_key(&(tenant, code)).is_err() {
            return;
        }
        let event = LicenceEvent {
            tenant: Some(tenant),
            licence_id: licence_id.map(str::to_owned),
            code,
            context,
            hostname: hostname.map(str::to_owned),
            detail: refusal.to_string(),
        };
        if let Err(error) = licences::record_event(&self.db, &event).await {
            tracing::error!(error = %error, "a licence event could not be recorded");
        }
    }

    /// Forgets kinds past their quiet period (memory stays bounded between lookups too); run periodically.
    pub fn forget_quiet_kinds(&self) {
        self.recent.run_pending_tasks();
        self.per_code.retain_recent();
    }
}
