//! Layered configuration: built-in defaults, then an optional TOML file, then `COWIN_SECTION__KEY`
//! environment variables. A secret may instead come from a file named by `COWIN_SECTION__KEY_FILE`.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use cowin_store::clusters::{MAIN_CLUSTER, is_cluster_name};
use cowin_store::{DatabaseOptions, Databases};
use secrecy::{ExposeSecret, SecretString};
use serde::Deserialize;

/// Everything the server and the CLI read from configuration.
#[derive(Debug, Clone, Deserialize)]
pub struct Settings {
    /// HTTP listener.
    pub server: ServerSettings,
    /// PostgreSQL.
    pub database: DatabaseSettings,
    /// Tenant routing.
    pub tenants: TenantSettings,
    /// Where the Fluent translations are (`locales/<tag>/*.ftl`).
    pub locales_dir: PathBuf,
    /// Where the built admin console is (`admin-console/dist`); served at `/console/` when it holds an `index.html`.
    pub console_dir: PathBuf,
    /// `cowin migrate`.
    pub migrate: MigrateSettings,
    /// Logging.
    pub log: LogSettings,
    /// Keys protecting personal data and tokens.
    pub security: SecuritySettings,
    /// One-time passwords and their delivery.
    pub otp: OtpSettings,
    /// Outgoing e-mail.
    pub smtp: SmtpSettings,
    /// Rate limits.
    pub rate_limits: RateLimitSettings,
    /// Cached availability answers.
    pub availability_cache: AvailabilityCacheSettings,
    /// The MoU licence guard.
    pub licence: LicenceSettings,
    /// Where certificate PDFs (and other objects) are kept.
    pub objects: ObjectSettings,
    /// How certificates are handed out.
    pub certificates: CertificateSettings,
    /// The outbox workers.
    pub outbox: OutboxSettings,
    /// Reminders that a later dose is due.
    pub reminders: ReminderSettings,
    /// The Prometheus endpoint.
    pub metrics: MetricsSettings,
    /// Redis, for what the servers of a deployment share.
    pub redis: RedisSettings,
    /// OpenTelemetry traces.
    pub traces: TraceSettings,
}

/// OpenTelemetry traces: every request's span (method, route pattern, tenant, status; never a query string or a
/// client's headers) and the spans within it, sent over OTLP/HTTP to a collector.
#[derive(Debug, Clone, Deserialize)]
pub struct TraceSettings {
    /// The collector's traces endpoint (`http://collector:4318/v1/traces`); empty (the default) exports nothing.
    pub otlp_endpoint: String,
    /// The share of requests traced, 0 to 1 (a trace started upstream keeps its own decision).
    pub sample_ratio: f64,
    /// How often finished spans are sent, milliseconds.
    pub export_interval_ms: u64,
    /// `service.name` of the resource.
    pub service_name: String,
}

/// Redis, for the rate limits every server of a deployment counts together.
#[derive(Debug, Clone, Deserialize)]
pub struct RedisSettings {
    /// `redis://host:port/db` (`rediss://` for TLS); empty (the default): one server, limits in its memory alone.
    pub url: SecretString,
    /// The start of every key, so deployments (or tests) sharing one Redis keep apart.
    pub namespace: String,
    /// How long a limit may wait for Redis before the server judges the call by its own limit alone, milliseconds.
    pub timeout_ms: u64,
}

/// The Prometheus endpoint (`/metrics`).
#[derive(Debug, Clone, Deserialize)]
pub struct MetricsSettings {
    /// The bearer token scrapers present; empty (the default) turns the endpoint off.
    pub token: SecretString,
}

/// Reminders that a later dose is due.
#[derive(Debug, Clone, Deserialize)]
pub struct ReminderSettings {
    /// How often each server looks for doses that fell due, milliseconds (the first look is one interval after
    /// start, so a restart does not set every server sweeping at once).
    pub sweep_interval_ms: u64,
    /// Reminders one sweep writes per tenant at most, so that a backlog (a country turning reminders on) goes out
    /// over several sweeps rather than as one burst at its gateway.
    pub batch: u64,
}

/// The object store.
#[derive(Debug, Clone, Deserialize)]
pub struct ObjectSettings {
    /// `local` (a folder; the demo's default) or `s3` (any S3-compatible store).
    pub backend: String,
    /// The folder of the `local` backend.
    pub local_dir: PathBuf,
    /// S3 endpoint URL.
    pub s3_endpoint: String,
    /// S3 region.
    pub s3_region: String,
    /// S3 bucket (created if missing).
    pub s3_bucket: String,
    /// S3 access key id.
    pub s3_access_key: String,
    /// S3 secret access key.
    pub s3_secret_key: SecretString,
}

/// Certificate downloads.
#[derive(Debug, Clone, Deserialize)]
pub struct CertificateSettings {
    /// Answer downloads with a redirect to a presigned URL of the object store (where it can make one) rather
    /// than streaming the PDF through the server.
    pub redirect_downloads: bool,
    /// Lifetime of a presigned URL, seconds.
    pub presign_seconds: u64,
    /// Memory for recently served PDFs, megabytes.
    pub pdf_cache_megabytes: u64,
    /// Render each certificate's PDF into the object store as soon as it is issued, rather than on its first
    /// download. Off by default: most holders never download the PDF (the QR is on their phone), and at a
    /// national peak rendering every one competes with the dose desks for the CPU.
    pub prerender_pdfs: bool,
}

/// The outbox workers (PDF rendering and e-mails after a certificate is issued).
#[derive(Debug, Clone, Deserialize)]
pub struct OutboxSettings {
    /// How often each server looks for due work, milliseconds.
    pub poll_interval_ms: u64,
}

/// What the licence guard trusts and which deployment this is.
#[derive(Debug, Clone, Deserialize)]
pub struct LicenceSettings {
    /// This deployment's id, as NHA's licences name it.
    pub deployment_id: String,
}

/// How long availability answers are served from memory; at most 5 seconds, CoWIN Global's freshness promise.
#[derive(Debug, Clone, Deserialize)]
pub struct AvailabilityCacheSettings {
    /// Lifetime of an answer and of the sessions it is rendered from, milliseconds (capped at 2500: what it shows is
    /// at most two lifetimes old).
    pub ttl_ms: u64,
    /// Memory the answers may take, megabytes (the sessions they are rendered from may take as much again).
    pub max_megabytes: u64,
}

/// Rate limits: calls per window for each kind of key.
#[derive(Debug, Clone, Deserialize)]
pub struct RateLimitSettings {
    /// Calls without a token per tenant and client IP, per `public_window_seconds`.
    pub public_calls: u32,
    /// The public window.
    pub public_window_seconds: u64,
    /// OTPs per tenant and mobile, per `otp_window_seconds`.
    pub otp_per_mobile: u32,
    /// OTPs per tenant and client IP, per `otp_window_seconds`.
    pub otp_per_ip: u32,
    /// The OTP window.
    pub otp_window_seconds: u64,
    /// Confirmation attempts per OTP transaction, per `otp_window_seconds`.
    pub confirm_per_transaction: u32,
    /// Photos of QR codes decoded per tenant and client IP, per `qr_photo_window_seconds`.
    pub qr_photos_per_ip: u32,
    /// The QR photo window.
    pub qr_photo_window_seconds: u64,
    /// Sign-ins (staff, NHA, invitation acceptance) per tenant or platform and client IP, per `sign_in_window_seconds`.
    pub sign_ins_per_ip: u32,
    /// Wrong passwords after which an account is locked for the rest of `sign_in_window_seconds`.
    pub wrong_passwords_per_account: u32,
    /// The sign-in window.
    pub sign_in_window_seconds: u64,
    /// How many proxies in front of the server append to `X-Forwarded-For`: the client is the entry that many
    /// places from the right. 0 (the default): the peer address is the client and the header is ignored.
    pub trusted_proxy_hops: usize,
}

/// Keys. The development default is refused by `cowin serve` unless `security.allow_development_key`.
#[derive(Debug, Clone, Deserialize)]
pub struct SecuritySettings {
    /// 64 hex characters; every tenant's hashing, encryption and token keys are derived from it.
    pub master_key: SecretString,
    /// Lets `serve` start with the published development key (demo and tests only).
    pub allow_development_key: bool,
    /// Lifetime of a citizen's bearer token, in seconds (CoWIN: 15 minutes).
    pub token_ttl_seconds: i64,
}

/// One-time password rules and SMS delivery.
#[derive(Debug, Clone, Deserialize)]
pub struct OtpSettings {
    /// How long an OTP is valid, in seconds (CoWIN: 3 minutes).
    pub ttl_seconds: i64,
    /// Wrong attempts before the transaction closes.
    pub max_attempts: i16,
    /// `log` (development: the OTP goes to the log) or `http` (an SMS gateway).
    pub sms_provider: String,
    /// The gateway's URL, for `http`.
    pub sms_url: String,
    /// The JSON body posted to the gateway; `{to}`, `{sender}` and `{text}` are replaced (JSON-escaped).
    pub sms_body_template: String,
    /// `Authorization` header for the gateway, if any.
    pub sms_authorization: SecretString,
}

/// Outgoing e-mail over SMTP.
#[derive(Debug, Clone, Deserialize)]
pub struct SmtpSettings {
    /// `smtp://host:port` (plain, for a local relay) or `smtps://user:password@host:465`.
    pub url: SecretString,
    /// From address of platform mail (staff invitations); OTP e-mails use the tenant's `otp.sender`.
    pub from: String,
}

/// The published development master key: anyone can read it, so nothing real may be protected with it.
pub const DEVELOPMENT_MASTER_KEY: &str = "d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0d0";

/// HTTP listener settings.
#[derive(Debug, Clone, Deserialize)]
pub struct ServerSettings {
    /// Address to bind.
    pub host: String,
    /// Port to bind; 0 picks a free one.
    pub port: u16,
    /// actix worker threads; 0 means one per core.
    pub workers: usize,
}

/// PostgreSQL settings.
#[derive(Debug, Clone, Deserialize)]
pub struct DatabaseSettings {
    /// Connection URL; it may hold a password, so it is never printed.
    pub url: SecretString,
    /// Pool size.
    pub max_connections: u32,
    /// Idle connections kept.
    pub min_connections: u32,
    /// How long to wait for a connection, in milliseconds.
    pub acquire_timeout_ms: u64,
    /// Other PostgreSQL clusters tenants may be placed on, by name (`COWIN_DATABASE__CLUSTERS__EU__URL=postgres://...`);
    /// `url` is cluster `main`, which also holds schema `platform` (an entry `main` may repeat it, as Terraform
    /// writes every cluster's). Each gets a pool of the same settings.
    #[serde(default)]
    pub clusters: BTreeMap<String, ClusterSettings>,
}

/// One database cluster other than `main`.
#[derive(Debug, Clone, Deserialize)]
pub struct ClusterSettings {
    /// Connection URL; it may hold a password, so it is never printed.
    pub url: SecretString,
}

impl DatabaseSettings {
    /// Opens the pools of cluster `main` (which must answer) and of every other cluster named (which may be down:
    /// their countries' requests fail until it is back, and no other country's).
    pub async fn connect(&self) -> anyhow::Result<Databases> {
        use anyhow::Context;
        let options = self.options();
        let main = cowin_store::connect(self.url.expose_secret(), &options)
            .await
            .context("cannot connect to PostgreSQL (database.url)")?;
        let mut others = BTreeMap::new();
        for (name, cluster) in &self.clusters {
            let url = &cluster.url;
            let is_main_url = url.expose_secret() == self.url.expose_secret();
            if name == MAIN_CLUSTER {
                anyhow::ensure!(
                    is_main_url,
                    "database.clusters.main.url differs from database.url, which is cluster main"
                );
                continue;
            }
            anyhow::ensure!(
                is_cluster_name(name),
                "database.clusters.{name}: a cluster is named by lower-case letters, digits and _ (at most 31)"
            );
            anyhow::ensure!(
                !is_main_url,
                "database.clusters.{name}.url is database.url: the platform's cluster is called main"
            );
            let pool = cowin_store::connect_lazily(url.expose_secret(), &options)
                .await
                .with_context(|| format!("cannot connect to PostgreSQL (database.clusters.{name})"))?;
            others.insert(name.clone(), pool);
        }
        Ok(Databases::new(main, others))
    }

    /// Pool options for the store.
    pub fn options(&self) -> DatabaseOptions {
        DatabaseOptions {
            max_connections: self.max_connections,
            min_connections: self.min_connections,
            acquire_timeout: Duration::from_millis(self.acquire_timeout_ms),
        }
    }
}

/// Tenant routing settings.
#[derive(Debug, Clone, Deserialize)]
pub struct TenantSettings {
    /// How often every server reloads the tenant list (suspensions, hostnames), in milliseconds.
    pub refresh_interval_ms: u64,
    /// Least time between reloads triggered by unknown hosts or codes, in milliseconds.
    pub miss_refresh_interval_ms: u64,
}

/// `cowin migrate` settings.
#[derive(Debug, Clone, Deserialize)]
pub struct MigrateSettings {
    /// Tenant schemas migrated at once.
    pub concurrency: usize,
}

/// Log output.
#[derive(Debug, Clone, Deserialize)]
pub struct LogSettings {
    /// `pretty` for people, `json` for production log pipelines.
    pub format: LogFormat,
    /// `tracing` filter directives; `RUST_LOG` overrides.
    pub filter: String,
}

/// Log line format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum LogFormat {
    /// Human-readable lines.
    Pretty,
    /// One JSON object per line.
    Json,
}

/// Secrets that may be given as `COWIN_<KEY>_FILE` pointing at a file (Docker/Kubernetes secrets).
const FILE_SECRETS: [(&str, &str); 7] = [
    ("COWIN_OBJECTS__S3_SECRET_KEY_FILE", "objects.s3_secret_key"),
    ("COWIN_DATABASE__URL_FILE", "database.url"),
    ("COWIN_SECURITY__MASTER_KEY_FILE", "security.master_key"),
    ("COWIN_OTP__SMS_AUTHORIZATION_FILE", "otp.sms_authorization"),
    ("COWIN_METRICS__TOKEN_FILE", "metrics.token"),
    ("COWIN_SMTP__URL_FILE", "smtp.url"),
    ("COWIN_REDIS__URL_FILE", "redis.url"),
];

impl Settings {
    /// Whether this is a development or test server: the published development master key, explicitly allowed.
    /// Only then are the development licensing key and the logging SMS provider available.
    pub fn development_mode(&self) -> bool {
        use secrecy::ExposeSecret as _;
        self.security.allow_development_key && self.security.master_key.expose_secret() == DEVELOPMENT_MASTER_KEY
    }

    /// Reads defaults, then `file` if given, then the environment.
    pub fn load(file: Option<&Path>) -> Result<Self, config::ConfigError> {
        let mut builder = config::Config::builder()
            .set_default("server.host", "127.0.0.1")?
            .set_default("server.port", 8080)?
            .set_default("server.workers", 0)?
            .set_default("database.url", "postgres://postgres@127.0.0.1:5432/cowin")?
            .set_default("database.max_connections", 32)?
            .set_default("database.min_connections", 2)?
            .set_default("database.acquire_timeout_ms", 5000)?
            .set_default("tenants.refresh_interval_ms", 5000)?
            .set_default("tenants.miss_refresh_interval_ms", 1000)?
            .set_default("locales_dir", "locales")?
            .set_default("console_dir", "admin-console/dist")?
            .set_default("migrate.concurrency", 8)?
            .set_default("log.format", "pretty")?
            .set_default("log.filter", "info")?
            .set_default("security.master_key", DEVELOPMENT_MASTER_KEY)?
            .set_default("security.allow_development_key", false)?
            .set_default("security.token_ttl_seconds", 900)?
            .set_default("otp.ttl_seconds", 180)?
            .set_default("otp.max_attempts", 5)?
            .set_default("otp.sms_provider", "log")?
            .set_default("otp.sms_url", "")?
            .set_default("otp.sms_body_template", r#"{"to":"{to}","sender":"{sender}","text":"{text}"}"#)?
            .set_default("otp.sms_authorization", "")?
            .set_default("smtp.url", "smtp://127.0.0.1:1025")?
            .set_default("smtp.from", "CoWIN Global <no-reply@cowin.localhost>")?
            .set_default("rate_limits.public_calls", 100)?
            .set_default("rate_limits.public_window_seconds", 300)?
            .set_default("rate_limits.otp_per_mobile", 5)?
            .set_default("rate_limits.otp_per_ip", 50)?
            .set_default("rate_limits.otp_window_seconds", 900)?
            .set_default("rate_limits.confirm_per_transaction", 10)?
            .set_default("rate_limits.qr_photos_per_ip", 30)?
            .set_default("rate_limits.qr_photo_window_seconds", 300)?
            .set_default("rate_limits.sign_ins_per_ip", 30)?
            .set_default("rate_limits.wrong_passwords_per_account", 10)?
            .set_default("rate_limits.sign_in_window_seconds", 900)?
            .set_default("rate_limits.trusted_proxy_hops", 0)?
            .set_default("traces.otlp_endpoint", "")?
            .set_default("traces.sample_ratio", 0.05)?
            .set_default("traces.export_interval_ms", 5000)?
            .set_default("traces.service_name", "cowin")?
            .set_default("redis.url", "")?
            .set_default("redis.namespace", "cowin")?
            .set_default("redis.timeout_ms", 200)?
            .set_default("availability_cache.ttl_ms", 2000)?
            .set_default("availability_cache.max_megabytes", 256)?
            .set_default("licence.deployment_id", "development")?
            .set_default("objects.backend", "local")?
            .set_default("objects.local_dir", "objects")?
            .set_default("objects.s3_endpoint", "http://127.0.0.1:9000")?
            .set_default("objects.s3_region", "us-east-1")?
            .set_default("objects.s3_bucket", "cowin")?
            .set_default("objects.s3_access_key", "")?
            .set_default("objects.s3_secret_key", "")?
            .set_default("certificates.redirect_downloads", false)?
            .set_default("certificates.presign_seconds", 60)?
            .set_default("certificates.pdf_cache_megabytes", 64)?
            .set_default("certificates.prerender_pdfs", false)?
            .set_default("outbox.poll_interval_ms", 500)?
            .set_default("reminders.sweep_interval_ms", 3_600_000)?
            .set_default("reminders.batch", 1000)?
            .set_default("metrics.token", "")?;
        if let Some(file) = file {
            builder = builder.add_source(config::File::from(file).format(config::FileFormat::Toml));
        }
        builder = builder.add_source(
            config::Environment::with_prefix("COWIN")
                .prefix_separator("_")
                .separator("__")
                .try_parsing(true),
        );
        for (variable, key) in FILE_SECRETS {
            if let Ok(path) = std::env::var(variable) {
                let secret = std::fs::read_to_string(&path)
                    .map_err(|error| config::ConfigError::Message(format!("{variable}: cannot read {path}: {error}")))?;
                builder = builder.set_override(key, secret.trim().to_owned())?;
            }
        }
        builder.build()?.try_deserialize()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use secrecy::ExposeSecret;

    #[test]
    fn defaults_are_complete_and_secrets_do_not_print() {
        let settings = Settings::load(None).unwrap();
        assert_eq!(settings.server.port, 8080);
        assert!(settings.database.url.expose_secret().starts_with("postgres://"));
        assert!(
            !format!("{settings:?}").contains("postgres://"),
            "the database URL must not appear in Debug output"
        );
    }
}
