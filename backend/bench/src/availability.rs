//! Public availability search under load: `calendarByDistrict` with gzip accepted, against the real `cowin serve`
//! (release build) on this machine, each request for one of 10 districts of 50 centres, one of 7 start dates and one
//! of India's 12 languages (840 distinct answers, as a cache meets them), with the answer cache on and off. Baseline in
//! the same run: nginx serving the very same 840 answers as static files, plain and pre-gzipped, in the same rotation.

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use anyhow::Context;
use chrono::Days;
use cowin_core::LocalisedText;
use cowin_tenant_config::{LocaleCatalogue, load_dir};

use crate::bench_database::BenchDatabase;
use crate::processes::{free_port, serve, start_nginx, wait_until_up};
use crate::wrk::{self, LoadResult, Request};

/// Centres in each benchmark district (the "district of ~50 centres").
const CENTRES: i64 = 50;
/// Districts the requests rotate over.
const DISTRICTS: usize = 10;
/// Start dates the requests rotate over (each answer covers 7 days from its date).
const DATES: u64 = 7;

/// The targets: at least 20,000 answers/s with p99 at most 20 ms, and at least 75% of nginx's `gzip_static`.
const MIN_RATE: f64 = 20_000.0;
const MAX_P99_MS: f64 = 20.0;
const MIN_SHARE: f64 = 75.0;

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin_binary: &Path, seconds: u32, connections: u32) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let mut config = load_dir(&repo.join("tenant-config/IN"), &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?;

    // India's configuration with its first districts grown to 50 centres each.
    let template = config.facilities[0].clone();
    let districts: Vec<_> = config.states.iter().flat_map(|s| &s.districts).take(DISTRICTS).cloned().collect();
    anyhow::ensure!(
        districts.len() == DISTRICTS,
        "India's configuration has {} districts",
        districts.len()
    );
    config.facilities = districts
        .iter()
        .enumerate()
        .flat_map(|(number, district)| {
            let (template, default_locale) = (template.clone(), config.default_locale.clone());
            (0..CENTRES).map(move |index| {
                let mut centre = template.clone();
                centre.id = 100_000 + i64::try_from(number).unwrap_or(0) * 1000 + index;
                centre.district_id = district.id;
                let name = format!("Urban Primary Health Centre {}", index + 1);
                centre.name = LocalisedText::new([(default_locale.clone(), name)].into_iter().collect());
                centre.postal_code = district.postal_codes[usize::try_from(index).unwrap_or(0) % district.postal_codes.len()].clone();
                centre.lat += index as f64 * 0.002;
                centre.vaccine_fees.clear();
                centre.fee_type = cowin_tenant_config::FeeType::Free;
                centre
            })
        })
        .collect();
    let languages: Vec<String> = config.locales.iter().map(|locale| locale.as_str().to_owned()).collect();

    let database = BenchDatabase::create(admin_url, "availability", &config, 7 + DATES as u32).await?;
    let context = crate::report::run_context(&database.db).await?;
    let (database_url, sessions, today) = (database.url.clone(), database.sessions, config.today());

    // Every (district, date, language) asked for, and the answer to each: the same bytes nginx serves.
    let mut asked = Vec::new();
    for district in &districts {
        for day in 0..DATES {
            let date = today.checked_add_days(Days::new(day)).context("a date")?;
            for language in &languages {
                let path = format!(
                    "/t/in/api/v2/appointment/sessions/public/calendarByDistrict?district_id={}&date={}",
                    district.id,
                    date.format("%d-%m-%Y")
                );
                asked.push((path, language.clone()));
            }
        }
    }
    let limits = [("COWIN_RATE_LIMITS__PUBLIC_CALLS", "4000000000".to_owned())];
    let server = serve(cowin_binary, &database_url, &limits).await?;
    let base = server.base.clone();
    let static_dir = tempfile::tempdir()?;
    let client = reqwest::Client::new();
    let (mut plain_bytes, mut gzip_bytes) = (0, 0);
    for (index, (path, language)) in asked.iter().enumerate() {
        let get = |gzip: bool| {
            let request = client.get(format!("{base}{path}")).header("accept-language", language);
            if gzip { request.header("accept-encoding", "gzip") } else { request }
        };
        let plain = get(false).send().await?.error_for_status()?.bytes().await?;
        let gzipped = get(true).send().await?.error_for_status()?.bytes().await?;
        if index == 0 {
            let answer: serde_json::Value = serde_json::from_slice(&plain)?;
            let centres = answer["centers"].as_array().map_or(0, Vec::len);
            anyhow::ensure!(centres == usize::try_from(CENTRES)?, "expected {CENTRES} centres, got {centres}");
        }
        (plain_bytes, gzip_bytes) = (plain_bytes + plain.len(), gzip_bytes + gzipped.len());
        fs::write(static_dir.path().join(format!("{index}.json")), &plain)?;
        fs::write(static_dir.path().join(format!("{index}.json.gz")), &gzipped)?;
    }
    let ours = |gzip: bool| -> Vec<Request> {
        asked
            .iter()
            .map(|(path, language)| {
                let mut headers = vec![("Accept-Language", language.clone())];
                if gzip {
                    headers.push(("Accept-Encoding", "gzip".to_owned()));
                }
                (path.clone(), headers)
            })
            .collect()
    };

    // Warm up, then measure; then the same with the answer cache off.
    wrk::run_rotating(&base, connections, 3, &ours(true))?;
    let cowin_gzip = wrk::run_rotating(&base, connections, seconds, &ours(true))?;
    let cowin_plain = wrk::run_rotating(&base, connections, seconds, &ours(false))?;
    drop(server);
    let uncached_settings = [limits[0].clone(), ("COWIN_AVAILABILITY_CACHE__TTL_MS", "0".to_owned())];
    let uncached = serve(cowin_binary, &database_url, &uncached_settings).await?;
    wrk::run_rotating(&uncached.base, connections, 3, &ours(true))?;
    let cowin_uncached = wrk::run_rotating(&uncached.base, connections, seconds, &ours(true))?;
    drop(uncached);

    // Baseline: nginx serving the same answers as static files, in the same rotation.
    let nginx_port = free_port()?;
    let nginx = start_nginx(static_dir.path(), nginx_port)?;
    let nginx_base = format!("http://127.0.0.1:{nginx_port}");
    wait_until_up(&format!("{nginx_base}/0.json")).await?;
    let theirs = |gzip: bool| -> Vec<Request> {
        (0..asked.len())
            .map(|index| {
                let headers = if gzip {
                    vec![("Accept-Encoding", "gzip".to_owned())]
                } else {
                    Vec::new()
                };
                (format!("/{index}.json"), headers)
            })
            .collect()
    };
    wrk::run_rotating(&nginx_base, connections, 3, &theirs(true))?;
    let nginx_gzip = wrk::run_rotating(&nginx_base, connections, seconds, &theirs(true))?;
    let nginx_plain = wrk::run_rotating(&nginx_base, connections, seconds, &theirs(false))?;
    drop(nginx);

    database.drop_database().await?;

    let share = |ours: &LoadResult, theirs: &LoadResult| 100.0 * ours.requests_per_second / theirs.requests_per_second.max(1.0);
    let verdict = |ours: &LoadResult, theirs: &LoadResult| {
        let met =
            ours.requests_per_second >= MIN_RATE && ours.p99_ms <= MAX_P99_MS && ours.failures == 0 && share(ours, theirs) >= MIN_SHARE;
        format!(
            "{} (≥ {MIN_RATE:.0} req/s, p99 ≤ {MAX_P99_MS:.0} ms, ≥ {MIN_SHARE:.0}% of nginx)",
            crate::report::verdict(met)
        )
    };
    let failed = [&cowin_gzip, &cowin_plain, &cowin_uncached]
        .iter()
        .map(|run| run.failures)
        .sum::<u64>();
    let answers = asked.len();
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
        "Requests: `calendarByDistrict`, each for one of {answers} answers picked at random: {DISTRICTS} districts of {CENTRES} centres × {DATES} start dates × \
         {} languages ({sessions} sessions seeded); on average {} bytes of JSON, {} bytes gzipped.",
        languages.len(),
        plain_bytes / answers.max(1),
        gzip_bytes / answers.max(1)
    )?;
    crate::report::table_head(
        &mut section,
        "`make bench` (or `cowin-bench availability --cowin target/release/cowin`).",
        &[
            "what",
            "result",
            "baseline in the same run (nginx, the same answers as static files, same rotation)",
            "share of baseline",
        ],
    )?;
    writeln!(
        section,
        "| `Accept-Encoding: gzip` | {} — {} | pre-gzipped (`gzip_static`): {} | {:.0}% |",
        cowin_gzip.describe(),
        verdict(&cowin_gzip, &nginx_gzip),
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
    writeln!(
        section,
        "| `Accept-Encoding: gzip`, answer cache off (`availability_cache.ttl_ms = 0`: every answer read and rendered) | {} | pre-gzipped: {} | {:.0}% |",
        cowin_uncached.describe(),
        nginx_gzip.describe(),
        share(&cowin_uncached, &nginx_gzip)
    )?;
    print!("{section}");
    anyhow::ensure!(failed == 0, "{failed} requests to the server failed");
    Ok(section)
}
