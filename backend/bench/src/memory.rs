//! Memory of one process serving many countries: the real `cowin serve` (release build) over a database of one
//! tenant, then over the same database grown to N tenants, each with a week of sessions. Before reading the
//! process's resident memory from `/proc`, every tenant is asked for what loads its state: the portal's home and
//! slot search and the public `calendarByDistrict` in each of its languages, its states and its verification page
//! (configuration, localisations, signing keys' public halves, caches). Baseline: the same with one tenant.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use anyhow::Context;
use cowin_tenant_config::{LocaleCatalogue, TenantConfig, load_dir};

use crate::bench_database::{BenchDatabase, onboard_with_sessions};
use crate::onboarding::{country_codes, tenant_folder};
use crate::processes::serve;

/// The bounds: at most this multiple of one tenant's memory, and at most this many megabytes.
const MAX_RATIO: f64 = 2.0;
const MAX_MEGABYTES: f64 = 300.0;
/// Each tenant's pages are asked for this many times, so caches and pools reach their working size.
const ROUNDS: usize = 2;

/// Resident and peak resident memory of a process, in megabytes (`VmRSS`, `VmHWM`).
fn memory_of(pid: u32) -> anyhow::Result<(f64, f64)> {
    let status = fs::read_to_string(format!("/proc/{pid}/status"))?;
    let field = |name: &str| -> anyhow::Result<f64> {
        let line = status.lines().find(|line| line.starts_with(name)).context("a /proc status field")?;
        let kilobytes: f64 = line.split_whitespace().nth(1).context("a number")?.parse()?;
        Ok(kilobytes / 1024.0)
    };
    Ok((field("VmRSS:")?, field("VmHWM:")?))
}

/// Asks the server at `base` for every tenant's pages in each of its languages; the number of requests.
async fn visit(base: &str, tenants: &[TenantConfig]) -> anyhow::Result<usize> {
    let client = reqwest::Client::new();
    let mut requests = 0;
    for _ in 0..ROUNDS {
        for config in tenants {
            let prefix = format!("{base}/t/{}", config.code.to_lowercase());
            let district = config.facilities.first().map_or(0, |facility| facility.district_id);
            let date = config.today().format("%d-%m-%Y");
            let paths = [
                "/".to_owned(),
                format!("/slots?district={district}"),
                format!("/api/v2/appointment/sessions/public/calendarByDistrict?district_id={district}&date={date}"),
                "/api/v2/admin/location/states".to_owned(),
                "/verify".to_owned(),
            ];
            for language in &config.locales {
                for path in &paths {
                    let response = client
                        .get(format!("{prefix}{path}"))
                        .header("accept-language", language.as_str())
                        .header("accept-encoding", "gzip")
                        .send()
                        .await?;
                    anyhow::ensure!(response.status().is_success(), "{}{path}: {}", config.code, response.status());
                    response.bytes().await?;
                    requests += 1;
                }
            }
        }
    }
    Ok(requests)
}

/// What one server run measured.
struct Served {
    /// Resident memory once started, before any request.
    started: f64,
    resident: f64,
    peak: f64,
    requests: usize,
}

/// Starts the server over `url`, visits `tenants`, reads its memory, stops it.
async fn serve_and_measure(cowin: &Path, url: &str, tenants: &[TenantConfig]) -> anyhow::Result<Served> {
    let server = serve(cowin, url, &[("COWIN_RATE_LIMITS__PUBLIC_CALLS", "4000000000".to_owned())]).await?;
    let (started, _) = memory_of(server.pid())?;
    let requests = visit(&server.base, tenants).await?;
    let (resident, peak) = memory_of(server.pid())?;
    Ok(Served {
        started,
        resident,
        peak,
        requests,
    })
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin: &Path, tenants: usize) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let template = fs::read_to_string(repo.join("tenant-config/IN/tenant.toml")).context("run from the repository root")?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let folders = tempfile::tempdir()?;
    let mut configs = Vec::new();
    for code in country_codes(tenants) {
        let dir = tenant_folder(folders.path(), &template, &repo.join("tenant-config/IN/branding"), code)?;
        configs.push(load_dir(&dir, &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?);
    }
    let (first, others) = configs.split_first().context("at least one tenant")?;
    let database = BenchDatabase::create(admin_url, "memory", first, 7).await?;
    let context = crate::report::run_context(&database.db).await?;

    let one = serve_and_measure(cowin, &database.url, std::slice::from_ref(first)).await?;
    for config in others {
        onboard_with_sessions(&database.db, config, 7).await?;
    }
    let many = serve_and_measure(cowin, &database.url, &configs).await?;
    database.drop_database().await?;

    let ratio = many.resident / one.resident.max(1.0);
    let met = ratio <= MAX_RATIO && many.resident <= MAX_MEGABYTES;
    let languages = first.locales.len();
    let mut section = String::new();
    writeln!(section, "## Many tenants in one process")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} `cowin serve` release build, default settings except the per-IP rate limit (lifted). Each tenant is India's configuration under another \
         country code (4 states, 10 districts, 10 facilities, {languages} languages, its own signing keys) with a week of sessions; before memory is read, \
         each tenant's home page, slot search, `calendarByDistrict`, states and verification page are asked for in each of its {languages} languages, {ROUNDS} times. \
         Resident memory is `VmRSS` of the server process; peak is `VmHWM`.",
    )?;
    crate::report::table_head(
        &mut section,
        &format!("`cowin-bench memory --cowin target/release/cowin --tenants {tenants}` (part of `make bench`)."),
        &["what", "resident memory once started", "after the requests", "peak"],
    )?;
    writeln!(
        section,
        "| {tenants} tenants served by one process ({} requests) | {:.1} MB | **{:.1} MB** = {ratio:.2}× one tenant's — {} (target: ≤ {MAX_RATIO}× one tenant's and ≤ {MAX_MEGABYTES} MB) | {:.1} MB |",
        many.requests,
        many.started,
        many.resident,
        crate::report::verdict(met),
        many.peak,
    )?;
    writeln!(
        section,
        "| baseline in the same run: one tenant ({} requests) | {:.1} MB | {:.1} MB | {:.1} MB |",
        one.requests, one.started, one.resident, one.peak,
    )?;
    print!("{section}");
    Ok(section)
}
