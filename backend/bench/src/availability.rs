//! Public availability search under load: `calendarByDistrict` for a district of 50 centres and 7 days,
//! gzip accepted, against the real `cowin serve` (release build) on this machine. Baseline in the same run:
//! nginx serving the very same answer as a static file, plain and pre-gzipped.

use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use anyhow::Context;
use cowin_core::LocalisedText;
use cowin_tenant_config::{LocaleCatalogue, load_dir};

use crate::bench_database::BenchDatabase;
use crate::processes::{free_port, serve, start_nginx, wait_until_up};
use crate::wrk::{self, LoadResult};

/// Centres in the benchmark district (the "district of ~50 centres").
const CENTRES: i64 = 50;

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin_binary: &Path, seconds: u32, connections: u32) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let mut config = load_dir(&repo.join("tenant-config/IN"), &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?;

    // India's configuration with one district grown to 50 centres.
    let template = config.facilities[0].clone();
    let district = config
        .states
        .iter()
        .flat_map(|s| &s.districts)
        .find(|d| d.id == template.district_id)
        .context("the template district")?
        .clone();
    config.facilities = (0..CENTRES)
        .map(|index| {
            let mut centre = template.clone();
            centre.id = 100_000 + index;
            let name = format!("Urban Primary Health Centre {}", index + 1);
            centre.name = LocalisedText::new([(config.default_locale.clone(), name)].into_iter().collect());
            centre.postal_code = district.postal_codes[usize::try_from(index).unwrap_or(0) % district.postal_codes.len()].clone();
            centre.lat += index as f64 * 0.002;
            centre.vaccine_fees.clear();
            centre.fee_type = cowin_tenant_config::FeeType::Free;
            centre
        })
        .collect();

    let database = BenchDatabase::create(admin_url, "availability", &config, 7).await?;
    let context = crate::report::run_context(&database.db).await?;
    let (database_url, sessions, today) = (database.url.clone(), database.sessions, config.today());

    // The real server, as deployed, with only the per-IP limit lifted.
    let server = serve(
        cowin_binary,
        &database_url,
        &[("COWIN_RATE_LIMITS__PUBLIC_CALLS", "4000000000".to_owned())],
    )
    .await?;
    let base = server.base.clone();
    let url = format!(
        "{base}/t/in/api/v2/appointment/sessions/public/calendarByDistrict?district_id={}&date={}",
        district.id,
        today.format("%d-%m-%Y")
    );
    let client = reqwest::Client::new();
    let plain = client.get(&url).send().await?.error_for_status()?.bytes().await?;
    let gzipped = client
        .get(&url)
        .header("accept-encoding", "gzip")
        .send()
        .await?
        .error_for_status()?
        .bytes()
        .await?;
    let answer: serde_json::Value = serde_json::from_slice(&plain)?;
    let centres = answer["centers"].as_array().map_or(0, Vec::len);
    anyhow::ensure!(
        centres == usize::try_from(CENTRES).unwrap_or(0),
        "expected {CENTRES} centres, got {centres}"
    );

    // Warm up, then measure.
    wrk::run(&url, connections, 3, &["Accept-Encoding: gzip"])?;
    let cowin_gzip = wrk::run(&url, connections, seconds, &["Accept-Encoding: gzip"])?;
    let cowin_plain = wrk::run(&url, connections, seconds, &[])?;
    drop(server);

    // Baseline: nginx serving the same bytes as static files.
    let static_dir = tempfile::tempdir()?;
    let static_path: PathBuf = static_dir.path().join("calendar.json");
    fs::write(&static_path, &plain)?;
    fs::write(static_dir.path().join("calendar.json.gz"), &gzipped)?;
    let nginx_port = free_port()?;
    let nginx = start_nginx(static_dir.path(), nginx_port)?;
    let static_url = format!("http://127.0.0.1:{nginx_port}/calendar.json");
    wait_until_up(&static_url).await?;
    wrk::run(&static_url, connections, 3, &["Accept-Encoding: gzip"])?;
    let nginx_gzip = wrk::run(&static_url, connections, seconds, &["Accept-Encoding: gzip"])?;
    let nginx_plain = wrk::run(&static_url, connections, seconds, &[])?;
    drop(nginx);

    database.drop_database().await?;

    let verdict = |result: &LoadResult| {
        let met = result.requests_per_second >= 20_000.0 && result.p99_ms <= 20.0 && result.failures == 0;
        if met {
            "target met (≥ 20,000 req/s, p99 ≤ 20 ms)"
        } else {
            "TARGET MISSED (≥ 20,000 req/s, p99 ≤ 20 ms)"
        }
    };
    let share = |ours: &LoadResult, theirs: &LoadResult| 100.0 * ours.requests_per_second / theirs.requests_per_second.max(1.0);
    let mut section = String::new();
    writeln!(section, "## Public availability search under load")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} Server, PostgreSQL, nginx and wrk all on this machine. `cowin serve` release build, default \
         settings except the per-IP rate limit (lifted); answers cached for at most 2 s (`availability_cache.ttl_ms`), so data \
         shown is at most ~2 s old. wrk: 2 threads, {connections} connections, {seconds} s per run after a 3 s warm-up.",
    )?;
    writeln!(
        section,
        "Request: `calendarByDistrict`, a district of {centres} centres with {sessions} sessions over 7 days: {} bytes of JSON, {} bytes gzipped.",
        plain.len(),
        gzipped.len()
    )?;
    writeln!(
        section,
        "Command: `make bench` (or `cowin-bench availability --cowin target/release/cowin`)."
    )?;
    writeln!(section)?;
    writeln!(
        section,
        "| what | result | baseline in the same run (nginx, same bytes as a static file) | share of baseline |"
    )?;
    writeln!(section, "|---|---|---|---|")?;
    writeln!(
        section,
        "| `Accept-Encoding: gzip` | {} — {} | pre-gzipped (`gzip_static`): {} | {:.0}% |",
        cowin_gzip.describe(),
        verdict(&cowin_gzip),
        nginx_gzip.describe(),
        share(&cowin_gzip, &nginx_gzip)
    )?;
    writeln!(
        section,
        "| no compression | {} | plain file: {} | {:.0}% |",
        cowin_plain.describe(),
        nginx_plain.describe(),
        share(&cowin_plain, &nginx_plain)
    )?;
    print!("{section}");
    Ok(section)
}
