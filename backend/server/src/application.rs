//! Building and running the server.

use std::net::TcpListener;
use std::sync::Arc;
use std::time::Duration;

use actix_web::dev::Server;
use anyhow::Context;
use cowin_app::App;
use cowin_app::access::Policy;
use cowin_app::certificates::holder::DownloadSettings;
use cowin_app::certificates::issuer::Issuer;
use cowin_app::certificates::key_ring::KeyRing;
use cowin_app::certificates::qr_photo::QrReader;
use cowin_app::delivery::{Mailer, OtpDelivery, SmsProvider};
use cowin_app::i18n::Localizer;
use cowin_app::licences::{LicenceEvents, LicenceGuard};
use cowin_app::passwords::Passwords;
use cowin_app::rate_limits::{Limit, LimitSettings, RateLimits, SharedLimits};
use cowin_app::sign_in::CitizenRules;
use cowin_app::sms_gateways::SmsGateways;
use cowin_app::staff::cache::StaffCache;
use cowin_app::tenants::TenantRegistry;
use cowin_app::vaccination::reminders::ReminderSweep;
use cowin_licence::TrustedKeys;
use cowin_privacy::{KeyWrapping as _, Vault};
use cowin_store::licences::LicenceContext;
use cowin_store::objects::{LocalObjects, ObjectStore, S3Objects, S3Settings};
use cowin_store::vaccination::group_writer::GroupWriter;
use cowin_web::AppState;
use cowin_web::availability_cache::AvailabilityCache;
use secrecy::ExposeSecret;

use crate::Settings;
use crate::settings::DEVELOPMENT_MASTER_KEY;

/// Most doses one group commit writes.
const DOSE_GROUP: usize = 256;

/// A built server: its listener is bound, so its port is known before it runs.
pub struct Application {
    port: u16,
    server: Server,
    state: AppState,
    background_tasks: Vec<tokio::task::JoinHandle<()>>,
}

/// The master key; the published development key only where explicitly allowed.
pub(crate) fn vault(settings: &Settings) -> anyhow::Result<Vault> {
    let key = settings.security.master_key.expose_secret();
    if key == DEVELOPMENT_MASTER_KEY {
        anyhow::ensure!(
            settings.security.allow_development_key,
            "security.master_key is the published development key; set COWIN_SECURITY__MASTER_KEY (64 hex characters), \
             or COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY=true for a demo"
        );
        tracing::warn!("serving with the published development master key: demo use only");
    }
    Vault::from_hex(key).context("security.master_key")
}

/// The licence guard: NHA's keys built into this binary, and nothing a configuration can add. The published
/// development licensing key is trusted only in development mode (the published development master key, explicitly
/// allowed), so a deployment protecting real data can never run on licences anyone can sign.
pub fn licence_guard(settings: &Settings) -> anyhow::Result<LicenceGuard> {
    let mut keys = cowin_licence::built_in::production_keys().context("NHA licensing keys built into this binary")?;
    if settings.development_mode() {
        tracing::error!(
            "DEVELOPMENT MODE: the published development licensing key is trusted, so anyone can sign a licence this \
             server accepts; never serve real data like this"
        );
        keys.push(cowin_licence::built_in::development_key().context("the development licensing key")?);
    }
    if keys.is_empty() {
        tracing::warn!("no NHA licensing key is built into this binary: every tenant is blocked (build with COWIN_NHA_LICENSING_KEYS)");
    }
    Ok(LicenceGuard::new(TrustedKeys::new(keys), &settings.licence.deployment_id))
}

/// The object store the settings name.
pub async fn object_store(settings: &Settings) -> anyhow::Result<Arc<dyn ObjectStore>> {
    let objects = &settings.objects;
    match objects.backend.as_str() {
        "local" => Ok(Arc::new(LocalObjects::new(objects.local_dir.clone()))),
        "s3" => {
            let store = S3Objects::connect(&S3Settings {
                endpoint: objects.s3_endpoint.clone(),
                region: objects.s3_region.clone(),
                bucket: objects.s3_bucket.clone(),
                access_key: objects.s3_access_key.clone(),
                secret_key: objects.s3_secret_key.expose_secret().to_owned(),
            })
            .await
            .context("objects: the S3-compatible store")?;
            Ok(Arc::new(store))
        }
        other => anyhow::bail!("objects.backend must be `local` or `s3`, not {other:?}"),
    }
}

/// Rate limiters from settings, counted for every server together when `redis.url` is set. A configured Redis
/// that cannot be reached at start is a configuration error; later outages are judged by the local line alone.
async fn shared_rate_limits(settings: &Settings, vault: &Vault) -> anyhow::Result<RateLimits> {
    let limits = rate_limits(settings);
    let url = settings.redis.url.expose_secret();
    if url.is_empty() {
        return Ok(limits);
    }
    let timeout = Duration::from_millis(settings.redis.timeout_ms.max(1));
    let shared = SharedLimits::connect(url, &settings.redis.namespace, vault.platform(), timeout)
        .await
        .context("cannot reach Redis (redis.url)")?;
    Ok(limits.shared_with(shared))
}

/// Rate limiters from settings.
pub(crate) fn rate_limits(settings: &Settings) -> RateLimits {
    let limits = &settings.rate_limits;
    let otp_window = Duration::from_secs(limits.otp_window_seconds);
    RateLimits::new(LimitSettings {
        public: Limit {
            calls: limits.public_calls,
            window: Duration::from_secs(limits.public_window_seconds),
        },
        otp_per_mobile: Limit {
            calls: limits.otp_per_mobile,
            window: otp_window,
        },
        otp_per_ip: Limit {
            calls: limits.otp_per_ip,
            window: otp_window,
        },
        confirm_per_transaction: Limit {
            calls: limits.confirm_per_transaction,
            window: otp_window,
        },
        qr_photos_per_ip: Limit {
            calls: limits.qr_photos_per_ip,
            window: Duration::from_secs(limits.qr_photo_window_seconds),
        },
        sign_ins_per_ip: Limit {
            calls: limits.sign_ins_per_ip,
            window: Duration::from_secs(limits.sign_in_window_seconds),
        },
        wrong_passwords_per_account: Limit {
            calls: limits.wrong_passwords_per_account,
            window: Duration::from_secs(limits.sign_in_window_seconds),
        },
        trusted_proxy_hops: limits.trusted_proxy_hops,
    })
}

/// The deployment's SMS gateway (countries without their own use it) and mailer, from settings.
fn deployment_delivery(settings: &Settings) -> anyhow::Result<(SmsProvider, Mailer)> {
    let otp = &settings.otp;
    let sms = match otp.sms_provider.as_str() {
        // The development provider writes OTPs to the log: only where nothing real is protected.
        "log" => {
            anyhow::ensure!(
                settings.development_mode(),
                "otp.sms_provider = \"log\" writes OTPs to the log and is for development only (the development master \
                 key with security.allow_development_key); configure an SMS gateway (otp.sms_provider = \"http\")"
            );
            SmsProvider::Log
        }
        "http" => {
            anyhow::ensure!(!otp.sms_url.is_empty(), "otp.sms_url is required when otp.sms_provider = \"http\"");
            let authorization = Some(otp.sms_authorization.expose_secret().to_owned()).filter(|value| !value.is_empty());
            let client = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
            SmsProvider::Http {
                client,
                url: otp.sms_url.clone(),
                body_template: otp.sms_body_template.clone(),
                authorization,
            }
        }
        other => anyhow::bail!("otp.sms_provider must be \"log\" or \"http\", not {other:?}"),
    };
    let mailer = Mailer::from_url(settings.smtp.url.expose_secret(), &settings.smtp.from).context("smtp.url")?;
    Ok((sms, mailer))
}

/// Start-up check: every tenant whose licence does not allow serving it is logged and recorded.
async fn report_blocked_tenants(tenants: &TenantRegistry, events: &LicenceEvents) {
    for tenant in tenants.all() {
        if let Some(Err(refusal)) = tenants.licence(tenant.code).as_deref() {
            tracing::warn!(tenant = %tenant.code, code = refusal.code().as_str(), reason = %refusal, "tenant blocked by the licence guard");
            events.refused(tenant.code, None, None, LicenceContext::Startup, refusal).await;
        }
    }
}

impl std::fmt::Debug for Application {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Application").field("port", &self.port).finish_non_exhaustive()
    }
}

impl Application {
    /// Connects, loads translations and tenants, and binds the listener.
    pub async fn build(settings: &Settings) -> anyhow::Result<Self> {
        // Settings are judged before anything is written, so a refused configuration leaves no trace.
        let (deployment_sms, mailer) = deployment_delivery(settings)?;
        let vault = vault(settings)?;
        let db = settings.database.connect().await?;
        let otp_delivery = Arc::new(OtpDelivery {
            sms: SmsGateways::new(deployment_sms, db.clone(), vault.clone())?,
            mailer,
        });
        let localizer = Localizer::load(&settings.locales_dir)
            .with_context(|| format!("cannot load translations from {}", settings.locales_dir.display()))?;
        let guard = licence_guard(settings)?;
        let tenants = TenantRegistry::load(db.clone(), Duration::from_millis(settings.tenants.miss_refresh_interval_ms), guard)
            .await
            .context("cannot read the tenant list; has `cowin migrate` run?")?;
        let licence_events = LicenceEvents::new(db.clone());
        report_blocked_tenants(&tenants, &licence_events).await;
        let key_ring = KeyRing::load(db.clone(), Arc::new(vault.clone()))
            .await
            .context("cannot read the signing keys; has `cowin migrate` run?")?;
        let issuer = Issuer::new(
            key_ring.clone(),
            tenants.clone(),
            vault.clone(),
            settings.certificates.prerender_pdfs,
        );
        let objects = object_store(settings).await?;
        let trust_list_key = cowin_store::signing_keys::ensure_trust_list_key(&db, &vault)
            .await
            .context("cannot make or read NHA's trust-list key")?;
        let trust_list_pkcs8 = vault
            .unwrap(None, &trust_list_key.private_key_sealed)
            .context("NHA's trust-list key cannot be opened with this master key")?;
        let trust_list_signer = cowin_certify::keys::EdSigner::from_pkcs8(&trust_list_key.kid, &trust_list_pkcs8)?;
        let locale_catalogue = cowin_tenant_config::LocaleCatalogue::from_dir(&settings.locales_dir)
            .with_context(|| format!("cannot read {}", settings.locales_dir.display()))?;
        let refresher = tenants.spawn_periodic_refresh(Duration::from_millis(settings.tenants.refresh_interval_ms.max(100)));
        let change_listener = tenants.spawn_change_listener();
        let address = (settings.server.host.as_str(), settings.server.port);
        let listener = TcpListener::bind(address).with_context(|| format!("cannot listen on {}:{}", address.0, address.1))?;
        let port = listener.local_addr()?.port();
        let workers = match settings.server.workers {
            0 => std::thread::available_parallelism().map_or(2, usize::from),
            workers => workers,
        };
        let rate_limits = shared_rate_limits(settings, &vault).await?;
        let app = App {
            db: db.clone(),
            tenants,
            localizer: Arc::new(localizer),
            vault,
            delivery: otp_delivery,
            citizen_rules: CitizenRules {
                otp_ttl_seconds: settings.otp.ttl_seconds,
                otp_max_attempts: settings.otp.max_attempts,
                token_ttl_seconds: settings.security.token_ttl_seconds,
            },
            rate_limits,
            passwords: Passwords::new(workers),
            qr_reader: QrReader::new(workers),
            policy: Policy::load().await?,
            dose_writer: GroupWriter::new(db.clone(), DOSE_GROUP, issuer.clone()),
            issuer,
            staff_cache: StaffCache::default(),
            licence_events,
            key_ring: key_ring.clone(),
            renderer: Arc::default(),
            objects,
            pdf_cache: moka::future::Cache::builder()
                .weigher(|_, bytes: &bytes::Bytes| u32::try_from(bytes.len()).unwrap_or(u32::MAX))
                .max_capacity(settings.certificates.pdf_cache_megabytes * 1024 * 1024)
                .build(),
            downloads: DownloadSettings {
                redirect: settings.certificates.redirect_downloads,
                presign_lifetime: Duration::from_secs(settings.certificates.presign_seconds.clamp(1, 3600)),
            },
            locale_catalogue: Arc::new(locale_catalogue),
            trust_list_signer: Arc::new(trust_list_signer),
        };
        let state = AppState {
            app,
            availability: AvailabilityCache::new(
                // An answer is rendered from sessions read at most a lifetime before and then kept a lifetime:
                // 2.5 s keeps what citizens see at most 5 s old.
                Duration::from_millis(settings.availability_cache.ttl_ms.min(2500)),
                settings.availability_cache.max_megabytes * 1024 * 1024,
            ),
            readiness: cowin_web::handlers::health::readiness_cache(),
            console: cowin_web::console::ConsoleFiles::new(settings.console_dir.clone()),
            statistics: cowin_web::portal::statistics::StatisticsCache::new(),
            metrics: cowin_web::metrics::Metrics::new(settings.metrics.token.clone()),
        };
        let key_refresher = {
            let key_ring = key_ring.clone();
            let interval = Duration::from_millis(settings.tenants.refresh_interval_ms.max(100));
            tokio::spawn(async move {
                let mut ticker = tokio::time::interval(interval);
                loop {
                    ticker.tick().await;
                    if let Err(error) = key_ring.refresh().await {
                        tracing::warn!(error = %error, "reloading signing keys failed");
                    }
                }
            })
        };
        let outbox_worker = state
            .outbox_worker()
            .spawn(Duration::from_millis(settings.outbox.poll_interval_ms.max(50)));
        let reminder_sweep = ReminderSweep {
            db: db.clone(),
            tenants: state.tenants.clone(),
            batch: settings.reminders.batch.max(1),
        }
        .spawn(Duration::from_millis(settings.reminders.sweep_interval_ms.max(50)));
        let audit_relay = {
            let db = db.clone();
            let interval = Duration::from_millis(settings.outbox.poll_interval_ms.max(50));
            tokio::spawn(async move {
                // Only a deployment with other clusters has spools to relay.
                if db.others().is_empty() {
                    return;
                }
                let mut ticker = tokio::time::interval(interval);
                loop {
                    ticker.tick().await;
                    if let Err(error) = cowin_store::platform::audit_relay::relay(&db).await {
                        tracing::warn!(error = %error, "relaying audit entries from other clusters failed");
                    }
                }
            })
        };
        let (limits, licence_events) = (state.rate_limits.clone(), state.licence_events.clone());
        let forgetter = tokio::spawn(async move {
            let mut ticker = tokio::time::interval(Duration::from_secs(60));
            loop {
                ticker.tick().await;
                limits.forget_idle_keys();
                licence_events.forget_quiet_kinds();
            }
        });
        let server = cowin_web::serve(listener, state.clone(), workers)?;
        Ok(Self {
            port,
            server,
            state,
            background_tasks: vec![
                refresher,
                change_listener,
                forgetter,
                key_refresher,
                outbox_worker,
                reminder_sweep,
                audit_relay,
            ],
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

    /// A handle that stops the server (and with it the background tasks) from elsewhere.
    pub fn handle(&self) -> actix_web::dev::ServerHandle {
        self.server.handle()
    }

    /// Serves until the process is told to stop.
    pub async fn run_until_stopped(self) -> std::io::Result<()> {
        let result = self.server.await;
        for task in &self.background_tasks {
            task.abort();
        }
        result
    }
}
