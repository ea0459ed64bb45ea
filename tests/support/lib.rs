#![allow(
    clippy::expect_used,
    reason = "test support: a failed set-up step should stop the test with its message"
)]

//! Test support: a fresh database per test, the real server on port 0, and the configs to onboard.
//!
//! Every test creates its own database (`cowin_test_<uuid>`), so tests run in parallel with no shared
//! state. `make test` drops leftover test databases before a run.

pub mod certificates;
pub mod citizen;
pub mod conformance;
pub mod dose_load;
pub mod licences;
pub mod load_balancer;
pub mod mailbox;
pub mod platform;
pub mod postgres_cluster;
pub mod reliability;
pub mod server_process;
pub mod sms;
pub mod staff;

use std::path::PathBuf;

use cowin_server::{Application, Settings};
use cowin_store::apply::{ApplyOutcome, apply};
use cowin_tenant_config::{LocaleCatalogue, TenantConfig, load_dir};
use sea_orm::{ConnectionTrait, DatabaseConnection};
use secrecy::SecretString;

/// Names of every tenant migration, in order.
pub fn tenant_migrations() -> Vec<String> {
    use sea_orm_migration::MigratorTrait;
    cowin_migrations::TenantMigrator::migrations()
        .iter()
        .map(|migration| migration.name().to_owned())
        .collect()
}

/// The repository root.
pub fn repo_root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("..")
}

/// The server that creates and drops test databases; override with `TEST_POSTGRES_ADMIN_URL`.
pub fn admin_url() -> String {
    std::env::var("TEST_POSTGRES_ADMIN_URL").unwrap_or_else(|_| "postgres://postgres@127.0.0.1:5432/postgres".to_owned())
}

/// A database of one test, with the platform schema migrated.
#[derive(Debug)]
pub struct TestDb {
    /// Its name.
    pub name: String,
    /// Its URL.
    pub url: String,
    /// A pool on it: its only cluster, `main`.
    pub db: cowin_store::Databases,
}

/// Creates an empty database and migrates the platform schema.
pub async fn fresh_database() -> TestDb {
    fresh_database_at(&admin_url()).await
}

/// Creates an empty database on the server of `admin_url` (a URL of its `postgres` database) and migrates the
/// platform schema.
pub async fn fresh_database_at(admin_url: &str) -> TestDb {
    let name = format!("cowin_test_{}", uuid::Uuid::new_v4().simple());
    let admin = sea_orm::Database::connect(admin_url)
        .await
        .expect("the test PostgreSQL is reachable");
    admin
        .execute_unprepared(&format!("CREATE DATABASE {name}"))
        .await
        .expect("can create a test database");
    admin.close().await.expect("closes the admin connection");
    let base = admin_url.to_owned();
    let url = format!("{}/{name}", base.rsplit_once('/').map_or(base.as_str(), |(server, _)| server));
    let db = connect(&url, 5).await;
    cowin_migrations::migrate_platform(&db).await.expect("the platform schema migrates");
    TestDb {
        name,
        url,
        db: cowin_store::Databases::single(db),
    }
}

/// A pool of `max_connections` on `url`.
pub async fn connect(url: &str, max_connections: u32) -> DatabaseConnection {
    let options = cowin_store::DatabaseOptions {
        max_connections,
        min_connections: 0,
        acquire_timeout: std::time::Duration::from_secs(10),
    };
    cowin_store::connect(url, &options).await.expect("connects to the test database")
}

/// The languages shipped in `locales/`.
pub fn locale_catalogue() -> LocaleCatalogue {
    LocaleCatalogue::from_dir(&repo_root().join("locales")).expect("locales/ is readable")
}

/// A demo country's configuration (`tenant-config/IN`).
pub fn demo_config(code: &str) -> TenantConfig {
    load_dir(&repo_root().join("tenant-config").join(code), &locale_catalogue()).expect("the demo configuration is valid")
}

/// A test fixture's configuration (`tests/fixtures/tenant-config/LK`).
pub fn fixture_config(code: &str) -> TenantConfig {
    load_dir(&repo_root().join("tests/fixtures/tenant-config").join(code), &locale_catalogue()).expect("the fixture configuration is valid")
}

/// The master key test servers run with (the published development key).
pub fn test_vault() -> cowin_privacy::Vault {
    cowin_privacy::Vault::from_hex(cowin_server::settings::DEVELOPMENT_MASTER_KEY).expect("the development key is valid hex")
}

/// Applies a configuration as the CLI would, with a test licence.
pub async fn onboard(db: &cowin_store::Databases, config: &TenantConfig) -> ApplyOutcome {
    apply(db, config, &licences::test_licence(config), &test_vault(), "test")
        .await
        .expect("the tenant applies")
}

/// Seeds demo sessions for `days` days from today (in the tenant's time zone) and returns today.
pub async fn seed_sessions(db: &cowin_store::Databases, config: &TenantConfig, days: u32) -> chrono::NaiveDate {
    let today = config.today();
    let txn = cowin_store::TenantTxn::begin(db, config.code).await.expect("a tenant transaction");
    cowin_store::citizens::demo_sessions::seed(&txn, config, &config.catalogue(), today, days)
        .await
        .expect("sessions are seeded");
    txn.commit().await.expect("commits");
    today
}

/// `DD-MM-YYYY`.
pub fn cowin_date(date: chrono::NaiveDate) -> String {
    date.format("%d-%m-%Y").to_string()
}

/// A running server and a client for it.
#[derive(Debug)]
pub struct TestApp {
    /// `http://127.0.0.1:<port>`.
    pub address: String,
    /// The bound port.
    pub port: u16,
    /// An HTTP client that checks every answer against the OpenAPI documents.
    pub client: reqwest_middleware::ClientWithMiddleware,
    /// The SMS gateway this server sends to.
    pub sms: sms::SmsGateway,
    /// Stops an in-process server when the test is done with it (`None` for a server of its own process).
    pub server: Option<actix_web::dev::ServerHandle>,
}

/// A server a test is done with stops, and its pool and tenant listener with it: a test that starts many servers
/// (one per licence case, say) would otherwise hold every one's connections to its end.
impl Drop for TestApp {
    fn drop(&mut self) {
        if let Some(server) = self.server.take()
            && let Ok(runtime) = tokio::runtime::Handle::try_current()
        {
            runtime.spawn(async move { server.stop(false).await });
        }
    }
}

impl TestApp {
    /// GET `path` with optional `Host` and `Accept-Language` headers.
    pub async fn get(&self, path: &str, host: Option<&str>, language: Option<&str>) -> reqwest::Response {
        let mut request = self.client.get(format!("{}{path}", self.address));
        if let Some(host) = host {
            request = request.header(reqwest::header::HOST, host);
        }
        if let Some(language) = language {
            request = request.header(reqwest::header::ACCEPT_LANGUAGE, language);
        }
        request.send().await.expect("the server answers")
    }

    /// POST a JSON body with an optional bearer token; returns status and JSON body (null when empty).
    pub async fn post_json(&self, path: &str, token: Option<&str>, body: &serde_json::Value) -> (u16, serde_json::Value) {
        self.send_json(reqwest::Method::POST, path, token, body).await
    }

    /// PUT a JSON body with a bearer token; returns status and JSON body (null when empty).
    pub async fn put_json(&self, path: &str, token: &str, body: &serde_json::Value) -> (u16, serde_json::Value) {
        self.send_json(reqwest::Method::PUT, path, Some(token), body).await
    }

    async fn send_json(
        &self,
        method: reqwest::Method,
        path: &str,
        token: Option<&str>,
        body: &serde_json::Value,
    ) -> (u16, serde_json::Value) {
        let mut request = self.client.request(method, format!("{}{path}", self.address)).json(body);
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        let response = request.send().await.expect("the server answers");
        let status = response.status().as_u16();
        let text = response.text().await.expect("a body");
        (
            status,
            if text.is_empty() {
                serde_json::Value::Null
            } else {
                serde_json::from_str(&text).expect("the body is JSON")
            },
        )
    }

    /// GET with a bearer token; returns status and JSON body.
    pub async fn get_with_token(&self, path: &str, token: &str) -> (u16, serde_json::Value) {
        let response = self
            .client
            .get(format!("{}{path}", self.address))
            .bearer_auth(token)
            .send()
            .await
            .expect("the server answers");
        let status = response.status().as_u16();
        (status, response.json().await.expect("the body is JSON"))
    }

    /// GET `path` and read the JSON body, asserting the status.
    pub async fn get_json(&self, path: &str, host: Option<&str>, language: Option<&str>, status: u16) -> serde_json::Value {
        let response = self.get(path, host, language).await;
        assert_eq!(response.status().as_u16(), status, "GET {path}");
        response.json().await.expect("the body is JSON")
    }
}

/// Test settings: this database, port 0, two workers, the repository's locales; `tweak` may change more.
pub fn test_settings(db: &TestDb, tweak: impl FnOnce(&mut Settings)) -> Settings {
    let mut settings = Settings::load(None).expect("default settings load");
    settings.database.url = SecretString::from(db.url.clone());
    settings.database.max_connections = 5;
    settings.database.min_connections = 0;
    // Many servers share two cores during `make test`; a connection can take longer than production's 5 s.
    settings.database.acquire_timeout_ms = 15_000;
    settings.server.port = 0;
    settings.server.workers = 2;
    settings.locales_dir = repo_root().join("locales");
    settings.security.allow_development_key = true;
    // Most tests look at availability right after changing it; the cache test sets its own lifetime.
    settings.availability_cache.ttl_ms = 0;
    settings.licence.deployment_id = licences::TEST_DEPLOYMENT.to_owned();
    settings.objects.local_dir = std::env::temp_dir().join(format!("cowin-test-objects-{}", db.name));
    settings.outbox.poll_interval_ms = 100;
    settings.smtp.url = SecretString::from(std::env::var("TEST_SMTP_URL").unwrap_or_else(|_| "smtp://127.0.0.1:1025".to_owned()));
    tweak(&mut settings);
    settings
}

/// Builds the real application on `db` and serves it in the background, sending SMS to a gateway of its own.
pub async fn spawn_app(db: &TestDb, tweak: impl FnOnce(&mut Settings)) -> TestApp {
    let sms = sms::SmsGateway::start().await;
    let settings = test_settings(db, |settings| {
        settings.otp.sms_provider = "http".to_owned();
        settings.otp.sms_url = sms.url.clone();
        tweak(settings);
    });
    // `TEST_LOG=debug cargo test ...` shows the servers' logs.
    if let Ok(filter) = std::env::var("TEST_LOG") {
        let mut log = settings.log.clone();
        log.filter = filter;
        let _ = cowin_server::telemetry::init(&log, &settings.traces);
    }
    let application = Application::build(&settings).await.expect("the application builds");
    let port = application.port();
    let server = application.handle();
    tokio::spawn(application.run_until_stopped());
    TestApp {
        address: format!("http://127.0.0.1:{port}"),
        port,
        client: conformance::conforming_client(),
        sms,
        server: Some(server),
    }
}

impl TestDb {
    /// The single `n` a counting query (`SELECT count(*) AS n ...`) returns.
    pub async fn count(&self, sql: &str) -> i64 {
        use sea_orm::{DbBackend, Statement};
        self.db
            .query_one_raw(Statement::from_string(DbBackend::Postgres, sql))
            .await
            .expect("the count runs")
            .expect("a row")
            .try_get("", "n")
            .expect("a count named n")
    }

    /// Every table (`schema.table`) of the schemas `schemas` names, or of every schema of ours when it is empty.
    pub async fn tables(&self, schemas: &[&str]) -> Vec<String> {
        use sea_orm::{DbBackend, Statement};
        let filter = if schemas.is_empty() {
            "table_schema NOT IN ('pg_catalog', 'information_schema')".to_owned()
        } else {
            format!(
                "table_schema IN ({})",
                schemas.iter().map(|s| format!("'{s}'")).collect::<Vec<_>>().join(", ")
            )
        };
        self.db
            .query_all_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT table_schema || '.' || table_name AS name FROM information_schema.tables WHERE {filter} AND table_type = 'BASE TABLE' ORDER BY 1"),
            ))
            .await
            .expect("lists the tables")
            .iter()
            .map(|row| row.try_get("", "name").expect("a name"))
            .collect()
    }
}
