//! How long onboarding a country takes, and how long `cowin migrate` takes when hundreds of tenants are
//! already current. Baselines in the same run: PostgreSQL executing the same DDL with nothing around it,
//! and one empty transaction per schema (the round-trip floor of visiting every tenant).

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_core::TenantCode;
use cowin_migrations::{migrate_all_tenants, migrate_platform, tenant_up_sql};
use cowin_store::{DatabaseConnection, DatabaseOptions, connect};
use cowin_tenant_config::{LocaleCatalogue, load_dir};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};

use crate::report::{millis, summary};

/// Every assignable country code, in order, so each benchmark tenant is a real, distinct country.
pub(crate) fn country_codes(count: usize) -> Vec<TenantCode> {
    let letters = b'A'..=b'Z';
    letters
        .clone()
        .flat_map(|first| letters.clone().map(move |second| [first, second]))
        .filter_map(|pair| std::str::from_utf8(&pair).ok().and_then(|text| TenantCode::parse(text).ok()))
        .take(count)
        .collect()
}

/// Writes India's configuration under another country's code and hostname, as a ministry's folder would be.
pub(crate) fn tenant_folder(root: &Path, template: &str, branding: &Path, code: TenantCode) -> anyhow::Result<PathBuf> {
    let dir = root.join(code.as_str());
    fs::create_dir_all(dir.join("branding"))?;
    for asset in ["logo.svg", "signature.svg"] {
        fs::copy(branding.join(asset), dir.join("branding").join(asset))?;
    }
    let text = template.replacen("code = \"IN\"", &format!("code = \"{code}\""), 1).replacen(
        "\"in.cowin.localhost\"",
        &format!("\"{}.bench.localhost\"", code.to_lowercase()),
        1,
    );
    fs::write(dir.join("tenant.toml"), text)?;
    Ok(dir)
}

async fn fresh_database(admin_url: &str) -> anyhow::Result<(String, DatabaseConnection, DatabaseConnection)> {
    let name = format!("cowin_bench_{}", std::process::id());
    let admin = sea_orm::Database::connect(admin_url)
        .await
        .context("cannot reach the PostgreSQL admin URL")?;
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    let server = admin_url.rsplit_once('/').map_or(admin_url, |(server, _)| server);
    let options = DatabaseOptions {
        max_connections: 16,
        min_connections: 16,
        acquire_timeout: Duration::from_secs(30),
    };
    let db = connect(&format!("{server}/{name}"), &options).await?;
    Ok((name, admin, db))
}

/// Runs the benchmark and returns its Markdown section.
pub(crate) async fn run(admin_url: &str, tenants: usize, concurrency: usize) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let template = fs::read_to_string(repo.join("tenant-config/IN/tenant.toml")).context("run from the repository root")?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let (name, admin, db) = fresh_database(admin_url).await?;
    migrate_platform(&db).await?;
    let folders = tempfile::tempdir()?;

    // Onboarding: validate the folder (not timed), then apply: schema, migrations, seed, config version.
    let codes = country_codes(tenants);
    let mut apply_times = Vec::with_capacity(codes.len());
    let onboarding_started = Instant::now();
    for code in &codes {
        let dir = tenant_folder(folders.path(), &template, &repo.join("tenant-config/IN/branding"), *code)?;
        let config = load_dir(&dir, &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
        let started = Instant::now();
        crate::bench_database::onboard(&db, &config).await?;
        apply_times.push(started.elapsed());
    }
    let onboarding_total = onboarding_started.elapsed();

    // Baseline: the same tenant DDL executed by PostgreSQL alone, in one transaction per schema.
    let mut raw_ddl_times = Vec::new();
    for index in 0..20 {
        let started = Instant::now();
        let txn = db.begin().await?;
        txn.execute_unprepared(&format!("CREATE SCHEMA raw_{index}; SET LOCAL search_path = raw_{index};"))
            .await?;
        for sql in tenant_up_sql() {
            txn.execute_unprepared(sql).await?;
        }
        txn.commit().await?;
        raw_ddl_times.push(started.elapsed());
    }

    // `cowin migrate` over up-to-date tenants, sequentially and in parallel.
    let started = Instant::now();
    let sequential = migrate_all_tenants(on_one_cluster(&db, &codes), 1, |_| {}).await;
    let sequential_time = started.elapsed();
    let started = Instant::now();
    let parallel = migrate_all_tenants(on_one_cluster(&db, &codes), concurrency, |_| {}).await;
    let parallel_time = started.elapsed();
    anyhow::ensure!(sequential.failed() + parallel.failed() == 0, "a tenant failed to migrate");
    anyhow::ensure!(
        sequential.applied() + parallel.applied() == 0,
        "up-to-date tenants must apply nothing"
    );

    // Baseline: one empty transaction per tenant, the least any per-schema check can cost.
    let started = Instant::now();
    for _ in &codes {
        let txn = db.begin().await?;
        txn.execute_raw(Statement::from_string(DbBackend::Postgres, "SELECT 1")).await?;
        txn.commit().await?;
    }
    let round_trip_time = started.elapsed();

    let postgres_version: String = db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, "SHOW server_version"))
        .await?
        .map(|row| row.try_get("", "server_version"))
        .transpose()?
        .unwrap_or_default();
    db.close().await?;
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await?;

    let count = codes.len();
    let mut apply_sorted = apply_times.clone();
    let mut section = String::new();
    writeln!(section, "## Onboarding and migrating tenants")?;
    writeln!(section)?;
    writeln!(
        section,
        "Measured {} on {} cores, PostgreSQL {postgres_version} on the same machine, {} build.",
        chrono::Utc::now().format("%Y-%m-%d %H:%M UTC"),
        std::thread::available_parallelism().map_or(0, usize::from),
        if cfg!(debug_assertions) { "debug" } else { "release" }
    )?;
    crate::report::table_head(
        &mut section,
        &format!("`cargo run -p cowin-bench -- onboarding --tenants {count} --concurrency {concurrency}` (or `make bench`)."),
        &["what", "result", "baseline in the same run"],
    )?;
    writeln!(
        section,
        "| `tenant apply` of a new tenant (India's config under {count} country codes: schema, migration, seed of 4 states, 10 districts, 10 facilities, 3 vaccines with 12 rule sets, config version, audit) | {}; {count} tenants in {} | the same tenant DDL (every migration) alone, 20 schemas: {} |",
        summary(&mut apply_sorted),
        millis(onboarding_total),
        summary(&mut raw_ddl_times)
    )?;
    writeln!(
        section,
        "| `cowin migrate` over {count} up-to-date tenant schemas, one at a time | {} ({} per tenant) | {count} empty transactions: {} |",
        millis(sequential_time),
        millis(sequential_time / u32::try_from(count.max(1)).unwrap_or(1)),
        millis(round_trip_time)
    )?;
    writeln!(
        section,
        "| `cowin migrate` over {count} up-to-date tenant schemas, {concurrency} at a time | {} | django-tenants users report 12 minutes for 900 tenants with nothing to apply |",
        millis(parallel_time)
    )?;
    print!("{section}");
    Ok(section)
}

/// Every tenant of `codes` on the one cluster `db`.
fn on_one_cluster(db: &DatabaseConnection, codes: &[TenantCode]) -> Vec<(TenantCode, DatabaseConnection)> {
    codes.iter().map(|code| (*code, db.clone())).collect()
}
