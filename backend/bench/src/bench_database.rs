//! A database of its own for a benchmark: created, migrated, one country applied with a week of sessions, dropped
//! at the end.

use std::time::Duration;

use cowin_migrations::migrate_platform;
use cowin_store::apply::apply;
use cowin_store::citizens::demo_sessions;
use cowin_store::{DatabaseConnection, DatabaseOptions, TenantTxn, connect};
use cowin_tenant_config::TenantConfig;
use cowin_tests::licences::test_licence;
use sea_orm::ConnectionTrait;

/// The benchmark's database.
pub(crate) struct BenchDatabase {
    admin: DatabaseConnection,
    name: String,
    /// Its pool.
    pub(crate) db: DatabaseConnection,
    /// Its URL, for the server.
    pub(crate) url: String,
    /// Sessions seeded.
    pub(crate) sessions: u64,
}

impl BenchDatabase {
    /// Creates `cowin_bench_{purpose}_{pid}` with `config` applied and `days` days of sessions from its today.
    pub(crate) async fn create(admin_url: &str, purpose: &str, config: &TenantConfig, days: u32) -> anyhow::Result<Self> {
        let name = format!("cowin_bench_{purpose}_{}", std::process::id());
        let admin = sea_orm::Database::connect(admin_url).await?;
        admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await?;
        admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
        let server_url = admin_url.rsplit_once('/').map_or(admin_url, |(server, _)| server);
        let url = format!("{server_url}/{name}");
        let options = DatabaseOptions {
            max_connections: 4,
            min_connections: 1,
            acquire_timeout: Duration::from_secs(30),
        };
        let db = connect(&url, &options).await?;
        migrate_platform(&db).await?;
        let sessions = onboard_with_sessions(&db, config, days).await?;
        Ok(Self {
            admin,
            name,
            db,
            url,
            sessions,
        })
    }

    /// Drops it.
    pub(crate) async fn drop_database(self) -> anyhow::Result<()> {
        self.db.close().await?;
        self.admin
            .execute_unprepared(&format!("DROP DATABASE IF EXISTS {} WITH (FORCE)", self.name))
            .await?;
        Ok(())
    }
}

/// Applies `config` on `db` and seeds `days` days of sessions from its today; how many sessions.
pub(crate) async fn onboard_with_sessions(db: &DatabaseConnection, config: &TenantConfig, days: u32) -> anyhow::Result<u64> {
    onboard(db, config).await?;
    let txn = TenantTxn::begin(&cowin_store::Databases::single(db.clone()), config.code).await?;
    let sessions = demo_sessions::seed(&txn, config, &config.catalogue(), config.today(), days).await?;
    txn.commit().await?;
    Ok(sessions)
}

/// Applies `config` on `db` (the platform's only cluster) as `cowin tenant apply` would, with a test licence.
pub(crate) async fn onboard(db: &DatabaseConnection, config: &TenantConfig) -> anyhow::Result<()> {
    let databases = cowin_store::Databases::single(db.clone());
    apply(&databases, config, &test_licence(config), &cowin_tests::test_vault(), "bench").await?;
    Ok(())
}

/// The tenants of `db` as the server loads them, with the test licences' signing key trusted.
pub(crate) async fn tenant_registry(db: &cowin_store::Databases) -> anyhow::Result<cowin_app::tenants::TenantRegistry> {
    use cowin_tests::licences::{TEST_DEPLOYMENT, test_nha_key};
    let guard = cowin_app::licences::LicenceGuard::new(cowin_licence::TrustedKeys::new([test_nha_key().public()]), TEST_DEPLOYMENT);
    Ok(cowin_app::tenants::TenantRegistry::load(db.clone(), Duration::from_secs(1), guard).await?)
}

/// The database's clock, to tell the rows a step writes from those already there.
pub(crate) async fn now(db: &DatabaseConnection) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    Ok(db
        .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Postgres, "SELECT now() AS now"))
        .await?
        .ok_or_else(|| anyhow::anyhow!("the database's clock"))?
        .try_get("", "now")?)
}

/// The one number `sql` selects (a count).
pub(crate) async fn count(db: &DatabaseConnection, sql: &str) -> anyhow::Result<u64> {
    let row = db
        .query_one_raw(sea_orm::Statement::from_string(sea_orm::DbBackend::Postgres, sql.to_owned()))
        .await?
        .ok_or_else(|| anyhow::anyhow!("no count"))?;
    Ok(u64::try_from(row.try_get_by_index::<i64>(0)?)?)
}
