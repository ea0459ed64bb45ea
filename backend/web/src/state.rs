//! What every handler can reach.

use std::sync::Arc;

use cowin_store::vaccination::group_writer::GroupWriter;
use sea_orm::DatabaseConnection;

use cowin_privacy::Vault;

use crate::availability_cache::AvailabilityCache;
use crate::certificates::issuer::Issuer;
use crate::certificates::key_ring::KeyRing;
use crate::certificates::qr_photo::QrReader;
use crate::certificates::render::Renderer;
use crate::citizen::otp_delivery::OtpDelivery;
use crate::licence::LicenceEvents;
use crate::passwords::Passwords;
use crate::rate_limit::RateLimits;
use crate::staff::policy::Policy;
use crate::staff::staff_cache::StaffCache;
use crate::{Localizer, TenantRegistry};
use cowin_store::objects::ObjectStore;

/// Shared application state, cloned into each worker.
#[derive(Debug, Clone)]
pub struct AppState {
    /// The connection pool.
    pub db: DatabaseConnection,
    /// Tenants by code and hostname.
    pub tenants: TenantRegistry,
    /// Fluent messages of every language.
    pub localizer: Arc<Localizer>,
    /// Keys for personal data and tokens.
    pub vault: Vault,
    /// OTP delivery channels.
    pub otp_delivery: Arc<OtpDelivery>,
    /// Citizen rules that are not per tenant.
    pub citizen_rules: CitizenRules,
    /// Rate limiters.
    pub rate_limits: RateLimits,
    /// Password hashing, a few at a time.
    pub passwords: Passwords,
    /// Reading QR codes in uploaded photos, a few at a time.
    pub qr_reader: QrReader,
    /// The latest readiness answer.
    pub readiness: moka::future::Cache<(), crate::handlers::health::Readiness>,
    /// Rendered availability answers.
    pub availability: AvailabilityCache,
    /// Who may do what (casbin).
    pub policy: Policy,
    /// Dose writes, committed in groups.
    pub dose_writer: GroupWriter,
    /// Recently read staff rows.
    pub staff_cache: StaffCache,
    /// The licence guard's refusals of requests.
    pub licence_events: LicenceEvents,
    /// Every country's certificate keys.
    pub key_ring: KeyRing,
    /// Signs certificates (the dose writer's, and reissues after corrections).
    pub issuer: Arc<Issuer>,
    /// PDF rendering (branding parsed once per configuration).
    pub renderer: Arc<Renderer>,
    /// Where PDFs are stored.
    pub objects: Arc<dyn ObjectStore>,
    /// Recently served certificate PDFs.
    pub pdf_cache: moka::future::Cache<uuid::Uuid, bytes::Bytes>,
    /// How certificate PDFs are handed out.
    pub downloads: DownloadSettings,
    /// Every locale's messages as tenant configurations are checked against (onboarding through the API).
    pub locale_catalogue: Arc<cowin_tenant_config::LocaleCatalogue>,
    /// NHA's trust-list key.
    pub trust_list_signer: Arc<cowin_certify::keys::EdSigner>,
}

/// How certificate PDFs are handed out.
#[derive(Debug, Clone, Copy)]
pub struct DownloadSettings {
    /// Redirect to a presigned URL of the object store (where it can make one), else stream.
    pub redirect: bool,
    /// Lifetime of a presigned URL.
    pub presign_lifetime: std::time::Duration,
}

/// Platform-wide rules of the citizen API.
#[derive(Debug, Clone, Copy)]
pub struct CitizenRules {
    /// OTP lifetime, seconds.
    pub otp_ttl_seconds: i64,
    /// Wrong OTP attempts allowed.
    pub otp_max_attempts: i16,
    /// Token lifetime, seconds.
    pub token_ttl_seconds: i64,
}
