//! Rate limits: calls without a verified token per tenant (or the platform) and client IP; OTP generation per tenant
//! and mobile and per tenant and IP; OTP confirmation per transaction; photos of QR codes per IP; sign-ins per IP,
//! with a lockout of the account after repeated wrong passwords. Every key holds the tenant, so one country's traffic
//! never throttles another's.
//!
//! Two lines: governor in this server's memory first (it costs nothing and holds even when Redis is away), then,
//! when the deployment runs several servers, the same limit counted in Redis for all of them together
//! ([`shared::SharedLimits`]). A call must pass both.

mod shared;

use std::hash::Hash;
use std::net::IpAddr;
use std::num::NonZeroU32;
use std::sync::Arc;
use std::time::Duration;

use cowin_core::{ErrorCode, MessageArg, TenantCode};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota, RateLimiter};
use uuid::Uuid;

use crate::failure::Failure;

pub use shared::{SharedLimits, SharedLimitsError};

/// Too many calls: the client may try again after `retry_after_seconds`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
#[error("rate limited for {retry_after_seconds} s")]
pub struct Limited {
    /// Seconds to wait.
    pub retry_after_seconds: u64,
}

impl Failure for Limited {
    fn code(&self) -> ErrorCode {
        ErrorCode::RateLimited
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        vec![("seconds", MessageArg::Number(self.retry_after_seconds))]
    }

    fn retry_after(&self) -> Option<u64> {
        Some(self.retry_after_seconds)
    }
}

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
    /// Calls without a verified token, per tenant (or the platform) and client IP (CoWIN: 100 per 5 minutes).
    pub public: Limit,
    /// OTPs generated per tenant and mobile.
    pub otp_per_mobile: Limit,
    /// OTPs generated per tenant and client IP.
    pub otp_per_ip: Limit,
    /// Confirmation attempts per OTP transaction.
    pub confirm_per_transaction: Limit,
    /// Photos of QR codes decoded per tenant and client IP.
    pub qr_photos_per_ip: Limit,
    /// Sign-ins (staff, NHA, invitation acceptance) per tenant (or the platform) and client IP.
    pub sign_ins_per_ip: Limit,
    /// Wrong passwords an account may take within the window before it is locked for the rest of it.
    pub wrong_passwords_per_account: Limit,
    /// Proxies in front of the server that append to `X-Forwarded-For`; 0 means the peer address is the client.
    pub trusted_proxy_hops: usize,
}

impl LimitSettings {
    /// The same `limit` for every kind of call (tests, and benchmarks that lift the limits).
    pub fn uniform(limit: Limit, trusted_proxy_hops: usize) -> Self {
        Self {
            public: limit,
            otp_per_mobile: limit,
            otp_per_ip: limit,
            confirm_per_transaction: limit,
            qr_photos_per_ip: limit,
            sign_ins_per_ip: limit,
            wrong_passwords_per_account: limit,
            trusted_proxy_hops,
        }
    }
}

/// Whose door a sign-in or a public call knocks on: a tenant, or NHA's platform.
pub type Realm = Option<TenantCode>;

type Keyed<K> = DefaultKeyedRateLimiter<K>;

/// The limiters.
#[derive(Debug, Clone)]
pub struct RateLimits {
    settings: LimitSettings,
    public: Arc<Keyed<(Realm, IpAddr)>>,
    otp_mobile: Arc<Keyed<(TenantCode, Vec<u8>)>>,
    otp_ip: Arc<Keyed<(TenantCode, IpAddr)>>,
    confirm: Arc<Keyed<(TenantCode, Uuid)>>,
    qr_photos: Arc<Keyed<(TenantCode, IpAddr)>>,
    sign_ins: Arc<Keyed<(Realm, IpAddr)>>,
    wrong_passwords: moka::sync::Cache<(Realm, Vec<u8>), u32>,
    shared: Option<SharedLimits>,
}

fn check<K: Hash + Eq + Clone>(limiter: &Keyed<K>, key: &K) -> Result<(), Limited> {
    limiter.check_key(key).map_err(|not_until| Limited {
        retry_after_seconds: not_until.wait_time_from(DefaultClock::default().now()).as_secs().max(1),
    })
}

/// Accounts whose wrong passwords are counted at once; beyond this the oldest counts are dropped.
const COUNTED_ACCOUNTS: u64 = 100_000;

/// The shared count of an account's wrong passwords.
const WRONG_PASSWORDS: &str = "wrong-passwords";

/// An account of a realm, as the shared count names it (before it is hashed).
fn account_key(realm: Realm, account: &[u8]) -> String {
    format!("{realm:?}:{}", hex::encode(account))
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
            qr_photos: Arc::new(RateLimiter::keyed(settings.qr_photos_per_ip.quota())),
            sign_ins: Arc::new(RateLimiter::keyed(settings.sign_ins_per_ip.quota())),
            wrong_passwords: moka::sync::Cache::builder()
                .max_capacity(COUNTED_ACCOUNTS)
                .time_to_live(settings.wrong_passwords_per_account.window)
                .build(),
            shared: None,
        }
    }

    /// These limiters, also counted for every server together in `shared`.
    #[must_use]
    pub fn shared_with(mut self, shared: SharedLimits) -> Self {
        self.shared = Some(shared);
        self
    }

    /// Counts a call of `key` against `limit`: this server's `limiter` first, then every server's count.
    async fn admit<K: Hash + Eq + Clone + std::fmt::Debug>(
        &self,
        kind: &'static str,
        limiter: &Keyed<K>,
        key: &K,
        limit: Limit,
    ) -> Result<(), Limited> {
        check(limiter, key)?;
        match &self.shared {
            Some(shared) => shared.admit(kind, &format!("{key:?}"), limit).await,
            None => Ok(()),
        }
    }

    /// Counts an OTP generation for this mobile (its keyed hash) and client.
    pub async fn otp_generation(&self, tenant: TenantCode, mobile_hash: Vec<u8>, ip: Option<IpAddr>) -> Result<(), Limited> {
        if let Some(ip) = ip {
            self.admit("otp-ip", &self.otp_ip, &(tenant, ip), self.settings.otp_per_ip).await?;
        }
        self.admit("otp-mobile", &self.otp_mobile, &(tenant, mobile_hash), self.settings.otp_per_mobile)
            .await
    }

    /// Counts a confirmation attempt of this OTP transaction.
    pub async fn otp_confirmation(&self, tenant: TenantCode, transaction: Uuid) -> Result<(), Limited> {
        let limit = self.settings.confirm_per_transaction;
        self.admit("otp-confirm", &self.confirm, &(tenant, transaction), limit).await
    }

    /// Counts a photo of a QR code to decode for this client.
    pub async fn qr_photo(&self, tenant: TenantCode, ip: Option<IpAddr>) -> Result<(), Limited> {
        match ip {
            Some(ip) => {
                self.admit("qr-photo", &self.qr_photos, &(tenant, ip), self.settings.qr_photos_per_ip)
                    .await
            }
            None => Ok(()),
        }
    }

    /// Admits a sign-in attempt on `account` (the keyed hash of its e-mail or invitation) from `ip`, before any
    /// password is hashed: refused once the client has tried too often, or while the account is locked.
    pub async fn sign_in(&self, realm: Realm, account: &[u8], ip: Option<IpAddr>) -> Result<(), Limited> {
        if let Some(ip) = ip {
            self.admit("sign-in", &self.sign_ins, &(realm, ip), self.settings.sign_ins_per_ip)
                .await?;
        }
        let here = self.wrong_passwords.get(&(realm, account.to_vec())).unwrap_or(0);
        let everywhere = match &self.shared {
            Some(shared) => shared.read(WRONG_PASSWORDS, &account_key(realm, account)).await.unwrap_or(0),
            None => 0,
        };
        if here.max(everywhere) >= self.settings.wrong_passwords_per_account.calls {
            return Err(Limited {
                retry_after_seconds: self.settings.wrong_passwords_per_account.window.as_secs().max(1),
            });
        }
        Ok(())
    }

    /// Counts a wrong password (or an unknown account) against `account`.
    pub async fn wrong_password(&self, realm: Realm, account: &[u8]) {
        self.wrong_passwords
            .entry((realm, account.to_vec()))
            .and_upsert_with(|count| count.map_or(1, |entry| entry.into_value().saturating_add(1)));
        if let Some(shared) = &self.shared {
            let window = self.settings.wrong_passwords_per_account.window;
            shared.add(WRONG_PASSWORDS, &account_key(realm, account), window).await;
        }
    }

    /// The client's address: the `peer`, or behind `trusted_proxy_hops` proxies the `X-Forwarded-For` entry
    /// (`forwarded`: every header's values, in order) that many places from the right (the entries to its left are
    /// written by the client and prove nothing).
    pub fn client_ip<'a>(&self, peer: Option<IpAddr>, forwarded: impl Iterator<Item = &'a str>) -> Option<IpAddr> {
        let hops = self.settings.trusted_proxy_hops;
        if hops == 0 {
            return peer;
        }
        let forwarded: Vec<&str> = forwarded.flat_map(|value| value.split(',')).map(str::trim).collect();
        forwarded
            .len()
            .checked_sub(hops)
            .and_then(|index| forwarded.get(index))
            .and_then(|entry| entry.parse().ok())
            .or(peer)
    }

    /// Counts a public call (one without a token that verifies) of `client` to `realm`.
    pub async fn public_call(&self, realm: Realm, client: IpAddr) -> Result<(), Limited> {
        self.admit("public", &self.public, &(realm, client), self.settings.public).await
    }

    /// Forgets keys that are back to full quota, so memory stays bounded; run periodically.
    pub fn forget_idle_keys(&self) {
        self.public.retain_recent();
        self.otp_mobile.retain_recent();
        self.otp_ip.retain_recent();
        self.confirm.retain_recent();
        self.qr_photos.retain_recent();
        self.sign_ins.retain_recent();
        self.wrong_passwords.run_pending_tasks();
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn limits(hops: usize) -> RateLimits {
        let limit = Limit {
            calls: 3,
            window: Duration::from_secs(60),
        };
        RateLimits::new(LimitSettings::uniform(limit, hops))
    }

    #[test]
    fn the_client_is_the_entry_the_trusted_proxies_wrote_not_what_the_client_wrote() {
        let peer = Some("10.0.0.9".parse().unwrap());
        let spoofed = || ["6.6.6.6", "203.0.113.7"].into_iter();
        assert_eq!(limits(0).client_ip(peer, spoofed()), peer, "no proxy: the peer");
        assert_eq!(
            limits(1).client_ip(peer, spoofed()),
            Some("203.0.113.7".parse().unwrap()),
            "one proxy: its entry"
        );
        assert_eq!(limits(2).client_ip(peer, spoofed()), Some("6.6.6.6".parse().unwrap()));
        assert_eq!(limits(3).client_ip(peer, spoofed()), peer, "fewer entries than proxies");
    }

    #[tokio::test]
    async fn an_account_is_locked_after_its_wrong_passwords_and_others_are_not() {
        let limits = limits(0);
        let tenant = Some(TenantCode::parse("IN").unwrap());
        for _ in 0..3 {
            assert!(limits.sign_in(tenant, b"victim", None).await.is_ok());
            limits.wrong_password(tenant, b"victim").await;
        }
        assert_eq!(
            limits.sign_in(tenant, b"victim", None).await.unwrap_err().code(),
            ErrorCode::RateLimited
        );
        assert!(limits.sign_in(tenant, b"someone else", None).await.is_ok());
        assert!(
            limits
                .sign_in(Some(TenantCode::parse("BR").unwrap()), b"victim", None)
                .await
                .is_ok(),
            "another tenant"
        );
        assert!(limits.sign_in(None, b"victim", None).await.is_ok(), "the platform");
    }
}
