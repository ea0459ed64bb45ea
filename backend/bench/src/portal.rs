//! The citizen portal under load: India's home page and a district's slot search (a week of sessions), as a
//! visitor without a session fetches them, against the real `cowin serve` (release build). Baseline in the same
//! run: nginx serving the very same bytes as static files. The budget: each page at most 60 KB
//! transferred, first byte under 50 ms under load (wrk's latency is the whole answer, so at least the first byte).

use std::fmt::Write as _;
use std::fs;
use std::path::Path;

use cowin_tenant_config::{LocaleCatalogue, load_dir};

use crate::bench_database::BenchDatabase;
use crate::processes::{free_port, serve, start_nginx, wait_until_up};
use crate::wrk::{self, LoadResult};

/// The page budget of the issue.
const MAX_PAGE_BYTES: usize = 60 * 1024;
/// The latency budget of the issue.
const MAX_P99_MS: f64 = 50.0;

struct Measured {
    name: &'static str,
    path: String,
    bytes: usize,
    ours: LoadResult,
    nginx: Option<LoadResult>,
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin_binary: &Path, seconds: u32, connections: u32) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let config = load_dir(&repo.join("tenant-config/IN"), &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
    let database = BenchDatabase::create(admin_url, "portal", &config, 7).await?;
    let context = crate::report::run_context(&database.db).await?;
    let district = config.facilities.first().map_or(0, |facility| facility.district_id);
    let pages = [
        ("home", "/t/in/".to_owned()),
        ("slot search", format!("/t/in/slots?district={district}")),
    ];

    // The real server, as deployed, with only the per-IP limit lifted.
    let server = serve(
        cowin_binary,
        &database.url,
        &[("COWIN_RATE_LIMITS__PUBLIC_CALLS", "4000000000".to_owned())],
    )
    .await?;
    let client = reqwest::Client::new();
    let static_dir = tempfile::tempdir()?;
    let mut measured = Vec::new();
    for (index, (name, path)) in pages.iter().enumerate() {
        let url = format!("{}{path}", server.base);
        let body = client.get(&url).send().await?.error_for_status()?.bytes().await?;
        anyhow::ensure!(body.starts_with(b"<!doctype html>"), "{name}: not a page");
        fs::write(static_dir.path().join(format!("page{index}.html")), &body)?;
        wrk::run(&url, connections, 3, &[])?;
        let ours = wrk::run(&url, connections, seconds, &[])?;
        measured.push(Measured {
            name,
            path: path.clone(),
            bytes: body.len(),
            ours,
            nginx: None,
        });
    }
    drop(server);

    let nginx_port = free_port()?;
    let nginx = start_nginx(static_dir.path(), nginx_port)?;
    for (index, page) in measured.iter_mut().enumerate() {
        let url = format!("http://127.0.0.1:{nginx_port}/page{index}.html");
        wait_until_up(&url).await?;
        wrk::run(&url, connections, 3, &[])?;
        page.nginx = Some(wrk::run(&url, connections, seconds, &[])?);
    }
    drop(nginx);
    let sessions = database.sessions;
    database.drop_database().await?;

    let mut section = String::new();
    writeln!(section, "## Citizen portal pages under load")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} Server, PostgreSQL, nginx and wrk all on this machine. `cowin serve` release build, default \
         settings except the per-IP rate limit (lifted); India's demo configuration with {} sessions over 7 days; pages in \
         English for a visitor without a session (each answer sets a new form-token cookie, as for a first visit); the \
         search page of a visitor without a session is rendered at most once per `availability_cache.ttl_ms` (2 s by default; \
         a signed-in citizen's is rendered for them) and sent plain here, as wrk asks for no compression. wrk: 2 \
         threads, {connections} connections, {seconds} s per run after a 3 s warm-up. Budget (issue 13): at most {} KB \
         transferred per page, first byte under {MAX_P99_MS} ms under load (p99 of the whole answer shown).",
        sessions,
        MAX_PAGE_BYTES / 1024,
    )?;
    crate::report::table_head(
        &mut section,
        "`make bench` (or `cowin-bench portal --cowin target/release/cowin`).",
        &[
            "page",
            "bytes",
            "`cowin serve`",
            "nginx, the same bytes as a static file",
            "share of baseline",
            "budget",
        ],
    )?;
    for page in &measured {
        let Some(nginx) = &page.nginx else { continue };
        let met = page.bytes <= MAX_PAGE_BYTES && page.ours.p99_ms < MAX_P99_MS && page.ours.failures == 0;
        writeln!(
            section,
            "| {} (`{}`) | {} | {} | {} | {:.0}% | {} |",
            page.name,
            page.path,
            page.bytes,
            page.ours.describe(),
            nginx.describe(),
            100.0 * page.ours.requests_per_second / nginx.requests_per_second.max(1.0),
            if met { "met" } else { "MISSED" }
        )?;
    }
    print!("{section}");
    Ok(section)
}
