//! A ministry's dashboard at national scale: `GET /api/staff/reports/doses` for a whole year and its CSV, from the
//! real `cowin serve` (release build), for a country of 730 districts whose tallies hold 21.6 million doses, beside
//! the same requests on the same country before any dose (the baseline in the same run). Reports read only the
//! tallies the dose writer keeps (`tests/api/console_api.rs` shows doses and corrections moving them), so the tallies
//! are filled here directly: their size (days × districts × vaccines × doses) is what a report reads, whatever the
//! number of doses behind them.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::Days;
use cowin_core::{LocaleTag, LocalisedText, StaffRole};
use cowin_migrations::migrate_platform;
use cowin_store::tenants;
use cowin_store::{DatabaseOptions, connect};
use cowin_tenant_config::{District, LocaleCatalogue, State, TenantConfig, load_dir};
use sea_orm::ConnectionTrait;

use crate::doses::signed_in_staff;
use crate::processes::serve;
use crate::report::summary;

/// States added to India's configuration, each with `DISTRICTS_PER_STATE` districts (India has ~36 and ~780).
const STATES: i32 = 36;
const DISTRICTS_PER_STATE: i32 = 20;
/// Doses per district per day in the filled tallies (a multiple of the nine vaccine and dose pairs).
const DOSES_PER_DISTRICT_DAY: i64 = 81;
/// Days of the report and of the tallies.
const DAYS: u64 = 366;

/// India's configuration grown to 730 districts, each with a population.
fn national(mut config: TenantConfig) -> TenantConfig {
    let english = LocaleTag::english();
    let text = |value: String| LocalisedText::new([(english.clone(), value)].into_iter().collect());
    for state in 0..STATES {
        let id = 100 + state;
        config.states.push(State {
            id,
            name: text(format!("State {id}")),
            districts: (0..DISTRICTS_PER_STATE)
                .map(|district| {
                    let id = 10_000 + state * 100 + district;
                    District {
                        id,
                        name: text(format!("District {id}")),
                        postal_codes: vec![format!("9{id:05}")],
                        population: Some(1_800_000),
                    }
                })
                .collect(),
        });
    }
    config
}

/// Latencies of `count` sequential GETs of `url` with `token` (each must answer 200); and the last body's size.
async fn measure(client: &reqwest::Client, url: &str, token: &str, count: usize) -> anyhow::Result<(Vec<Duration>, usize)> {
    let mut samples = Vec::with_capacity(count);
    let mut size = 0;
    for _ in 0..count {
        let started = Instant::now();
        let response = client.get(url).bearer_auth(token).send().await?;
        anyhow::ensure!(response.status().is_success(), "{url}: {}", response.status());
        size = response.bytes().await?.len();
        samples.push(started.elapsed());
    }
    Ok((samples, size))
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin_binary: &Path, requests: usize) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let india = load_dir(&repo.join("tenant-config/IN"), &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
    let config = national(india);
    let districts: usize = config.states.iter().map(|state| state.districts.len()).sum();

    let name = format!("cowin_bench_reports_{}", std::process::id());
    let admin = sea_orm::Database::connect(admin_url).await?;
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    let server_url = admin_url.rsplit_once('/').map_or(admin_url, |(server, _)| server);
    let database_url = format!("{server_url}/{name}");
    let options = DatabaseOptions {
        max_connections: 4,
        min_connections: 1,
        acquire_timeout: Duration::from_secs(30),
    };
    let db = connect(&database_url, &options).await?;
    let context = crate::report::run_context(&db).await?;
    migrate_platform(&db).await?;
    crate::bench_database::onboard(&db, &config).await?;
    let tenant = tenants::list(&db).await?.into_iter().next().context("the tenant")?;

    let server = serve(cowin_binary, &database_url, &[]).await?;
    let base = server.base.clone();
    let (ministry, _) = signed_in_staff(&base, &db, &tenant, StaffRole::TenantAdmin, (vec![], vec![]), "ministry").await?;
    let one_district = config.states[0].districts[0].id;
    let (district, _) = signed_in_staff(
        &base,
        &db,
        &tenant,
        StaffRole::DistrictAdmin,
        (vec![one_district], vec![]),
        "district",
    )
    .await?;
    let to = config.today();
    let from = to - Days::new(DAYS - 1);
    let period = format!("from={}&to={}", from.format("%d-%m-%Y"), to.format("%d-%m-%Y"));
    let dashboard = format!("{base}/t/in/api/staff/reports/doses?{period}");
    let csv = format!("{base}/t/in/api/staff/reports/doses/by-area.csv?{period}");
    let client = reqwest::Client::new();
    let cases = [
        (
            "dashboard, tenant administrator (whole country)",
            dashboard.as_str(),
            ministry.as_str(),
        ),
        (
            "dashboard, district administrator (one district)",
            dashboard.as_str(),
            district.as_str(),
        ),
        ("CSV of doses and coverage by area", csv.as_str(), ministry.as_str()),
    ];

    // Baseline: the same requests before any dose.
    let mut empty = Vec::new();
    for (_, url, token) in cases {
        measure(&client, url, token, 10).await?;
        empty.push(measure(&client, url, token, requests).await?);
    }

    // Tallies of 81 doses per district and day over the year, split evenly over three vaccines and three doses.
    let schema = tenant.code.schema();
    let mix = "(VALUES ('COVISHIELD'), ('COVAXIN'), ('CORBEVAX')) v(code) CROSS JOIN generate_series(1, 3) dose";
    let fill = Instant::now();
    db.execute_unprepared(&format!(
        "INSERT INTO {schema}.dose_tally_day_district (day, district_id, doses) \
           SELECT day::date, d.id, {DOSES_PER_DISTRICT_DAY} FROM generate_series('{from}'::date, '{to}'::date, '1 day') day \
           CROSS JOIN {schema}.districts d; \
         INSERT INTO {schema}.dose_tally_day (day, vaccine_code, dose, doses) \
           SELECT day::date, v.code, dose, {DOSES_PER_DISTRICT_DAY} / 9 * {districts} \
           FROM generate_series('{from}'::date, '{to}'::date, '1 day') day CROSS JOIN {mix}; \
         INSERT INTO {schema}.dose_tally_district (district_id, vaccine_code, dose, doses) \
           SELECT d.id, v.code, dose, {DOSES_PER_DISTRICT_DAY} / 9 * {DAYS} FROM {schema}.districts d CROSS JOIN {mix}; \
         ANALYZE {schema}.dose_tally_day_district; ANALYZE {schema}.dose_tally_day; ANALYZE {schema}.dose_tally_district"
    ))
    .await?;
    let fill = fill.elapsed();
    let total = DOSES_PER_DISTRICT_DAY * i64::try_from(districts)? * i64::try_from(DAYS)?;
    let (status, body) = {
        let response = client.get(&dashboard).bearer_auth(&ministry).send().await?;
        (response.status(), response.json::<serde_json::Value>().await?)
    };
    let reported: i64 = body["by_day"]
        .as_array()
        .context("by_day")?
        .iter()
        .map(|day| day["doses"].as_i64().unwrap_or(0))
        .sum();
    anyhow::ensure!(
        status.is_success() && reported == total,
        "the report shows {reported} doses, not {total}"
    );

    let mut full = Vec::new();
    for (_, url, token) in cases {
        measure(&client, url, token, 10).await?;
        full.push(measure(&client, url, token, requests).await?);
    }
    drop(server);
    db.close().await?;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await?;

    let mut section = String::new();
    writeln!(section, "## Ministry dashboard at national scale")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} Server and PostgreSQL on this machine. `cowin serve` release build, default settings. India's \
         configuration grown to {districts} districts, each with a population (coverage is computed); the report covers {DAYS} days. \
         Tallies of {DOSES_PER_DISTRICT_DAY} doses per district and day ({:.1} million doses, filled in {:.1} s) against the same \
         country before any dose, in the same run; {requests} sequential requests per row after 10 warm-up ones, time from request \
         to the last byte. Target: a dashboard under 300 ms server time with 20 million doses.",
        total as f64 / 1e6,
        fill.as_secs_f64()
    )?;
    crate::report::table_head(
        &mut section,
        "`make bench` (or `cowin-bench reports --cowin target/release/cowin`).",
        &[
            "request",
            &format!("{:.1} million doses", total as f64 / 1e6),
            "baseline: no dose yet",
            "answer",
        ],
    )?;
    for (((label, _, _), (mut with_doses, size)), (mut without, _)) in cases.into_iter().zip(full).zip(empty) {
        with_doses.sort();
        let p95 = with_doses[(with_doses.len().saturating_sub(1)) * 95 / 100];
        let verdict = if p95 < Duration::from_millis(300) {
            "target met (p95 < 300 ms)"
        } else {
            "TARGET MISSED (p95 < 300 ms)"
        };
        writeln!(
            section,
            "| {label} | {} — {verdict} | {} | {size} bytes |",
            summary(&mut with_doses),
            summary(&mut without)
        )?;
    }
    print!("{section}");
    Ok(section)
}
