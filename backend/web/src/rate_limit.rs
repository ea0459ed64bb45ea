//! Rate limits (governor, in memory per server): public calls per tenant and client IP, OTP generation per
//! tenant and mobile and per tenant and IP, OTP confirmation per transaction. Every key holds the tenant,
//! so one country's traffic never throttles another's.

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::AUTHORIZATION;
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, web};
use cowin_core::TenantCode;
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// How many calls a key may make per window.
#[derive(Debug, Clone, Copy)]
pub struct Limit {
    /// Calls allowed per window (also the burst).
    pub calls: u32,
    /// The window.
    pub window: Duration,
}

impl Limit {
    fn quota(self) -> Quota {
        let calls = NonZeroU32::new(self.calls.max(1)).unwrap_or(NonZeroU32::MIN);
        let period = (self.window / calls.get()).max(Duration::from_nanos(1));
        Quota::with_period(period)
            .unwrap_or_else(|| Quota::per_second(calls))
            .allow_burst(calls)
    }
}

/// The limits of every tenant.
#[derive(Debug, Clone, Copy)]
pub struct LimitSettings {
    /// Calls without a token, per tenant and client IP (CoWIN: 100 per 5 minutes).
    pub public: Limit,
    /// OTPs generated per tenant and mobile.
    pub otp_per_mobile: Limit,
    /// OTPs generated per tenant and client IP.
    pub otp_per_ip: Limit,
    /// Confirmation attempts per OTP transaction.
    pub confirm_per_transaction: Limit,
    /// Whether to take the client IP from `X-Forwarded-For` (only behind a trusted proxy).
    pub trust_forwarded_for: bool,
}

type Keyed<K> = DefaultKeyedRateLimiter<K>;

/// The limiters.
#[derive(Debug, Clone)]
pub struct RateLimits {
    settings: LimitSettings,
    public: Arc<Keyed<(TenantCode, IpAddr)>>,
    otp_mobile: Arc<Keyed<(TenantCode, Vec<u8>)>>,
    otp_ip: Arc<Keyed<(TenantCode, IpAddr)>>,
    confirm: Arc<Keyed<(TenantCode, Uuid)>>,
}

fn check<K: Hash + Eq + Clone>(limiter: &Keyed<K>, key: &K) -> Result<(), ApiError> {
    limiter.check_key(key).map_err(|not_until| {
        let wait = not_until.wait_time_from(DefaultClock::default().now());
        ApiError::rate_limited(wait.as_secs().max(1))
    })
}

impl RateLimits {
    /// Limiters with these settings.
    pub fn new(settings: LimitSettings) -> Self {
        Self {
            settings,
            public: Arc::new(RateLimiter::keyed(settings.public.quota())),
            otp_mobile: Arc::new(RateLimiter::keyed(settings.otp_per_mobile.quota())),
            otp_ip: Arc::new(RateLimiter::keyed(settings.otp_per_ip.quota())),
            confirm: Arc::new(RateLimiter::keyed(settings.confirm_per_transaction.quota())),
        }
    }

    /// Counts an OTP generation for this mobile (its keyed hash) and client.
    pub fn otp_generation(&self, tenant: TenantCode, mobile_hash: Vec<u8>, ip: Option<IpAddr>) -> Result<(), ApiError> {
        if let Some(ip) = ip {
            check(&self.otp_ip, &(tenant, ip))?;
        }
        check(&self.otp_mobile, &(tenant, mobile_hash))
    }

    /// Counts a confirmation attempt of this OTP transaction.
    pub fn otp_confirmation(&self, tenant: TenantCode, transaction: Uuid) -> Result<(), ApiError> {
        check(&self.confirm, &(tenant, transaction))
    }

    /// The client's address: the peer, or the first `X-Forwarded-For` entry behind a trusted proxy.
    pub fn client_ip(&self, req: &actix_web::HttpRequest) -> Option<IpAddr> {
        if self.settings.trust_forwarded_for
            && let Some(forwarded) = req.headers().get("x-forwarded-for").and_then(|value| value.to_str().ok())
            && let Some(ip) = forwarded.split(',').next().and_then(|first| first.trim().parse().ok())
        {
            return Some(ip);
        }
        req.peer_addr().map(|address| address.ip())
    }

    /// Forgets keys that are back to full quota, so memory stays bounded; run periodically.
    pub fn forget_idle_keys(&self) {
        self.public.retain_recent();
        self.otp_mobile.retain_recent();
        self.otp_ip.retain_recent();
        self.confirm.retain_recent();
    }
}

/// Applies the public limit to every tenant request that carries no bearer token.
pub(crate) async fn limit_public_calls(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let tenant = req.extensions().get::<Tenant>().map(|tenant| tenant.code);
    let state = req.app_data::<web::Data<AppState>>().cloned();
    if let (Some(tenant), Some(state)) = (tenant, state)
        && !req.headers().contains_key(AUTHORIZATION)
        && let Some(ip) = state.rate_limits.client_ip(req.request())
        && let Err(error) = check(&state.rate_limits.public, &(tenant, ip))
    {
        return Ok(req.error_response(error));
    }
    next.call(req).await.map(ServiceResponse::map_into_boxed_body)
}
