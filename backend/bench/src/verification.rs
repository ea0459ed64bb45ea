//! Certificate verification under load: `POST /api/certificates/verify` of the real `cowin serve` (release build)
//! with the content of each format's QR code, beside the bare verification of the same payloads in a loop on every
//! core (the same `cowin_certify::verify` over the same keys, no HTTP, no revocation list, no JSON).

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_app::certificates::key_ring::{KeyRing, PublicKeys};
use cowin_store::tenants;

use crate::bench_database::BenchDatabase;
use crate::certificates::signed_with;
use crate::processes::serve;
use crate::wrk::{self, LoadResult};

/// The target: at least this share of the bare loop.
const MIN_SHARE: f64 = 0.5;

/// One QR code's content and how it is posted.
struct Payload {
    format: &'static str,
    content_type: &'static str,
    bytes: Vec<u8>,
}

/// Verifications per second of `payload` on every core for `seconds`, each checked genuine.
fn bare_loop(public: &Arc<PublicKeys>, payload: &[u8], seconds: u64) -> anyhow::Result<f64> {
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let threads: Vec<_> = (0..std::thread::available_parallelism().map_or(2, usize::from))
        .map(|_| {
            let (public, payload) = (Arc::clone(public), payload.to_vec());
            std::thread::spawn(move || {
                let mut genuine = 0u64;
                while Instant::now() < deadline {
                    if let Some(cowin_certify::verify::Verdict::Genuine { .. }) = cowin_certify::verify::verify(&payload, public.as_ref()) {
                        genuine += 1;
                    }
                }
                genuine
            })
        })
        .collect();
    let mut total = 0;
    for thread in threads {
        total += thread.join().map_err(|_| anyhow::anyhow!("a verifying thread panicked"))?;
    }
    Ok(total as f64 / started.elapsed().as_secs_f64())
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin: &Path, seconds: u32, connections: u32) -> anyhow::Result<String> {
    let database = BenchDatabase::create(admin_url, "verify", &cowin_tests::demo_config("IN"), 1).await?;
    let context = crate::report::run_context(&database.db).await?;

    // India's certificate signed in every format with India's own keys, as the server holds them.
    let databases = cowin_store::Databases::single(database.db.clone());
    let keys = KeyRing::load(databases, Arc::new(cowin_tests::test_vault())).await?;
    let tenant = tenants::list(&database.db).await?.into_iter().next().context("India")?;
    let forms = signed_with(&tenant, &*keys.signers(tenant.code).await?)?;
    let payloads = [
        Payload {
            format: "EU DCC (`HC1:`; the DDCC:VS QR is the same payload)",
            content_type: "text/plain",
            bytes: forms.hc1.clone().context("an EU DCC")?.into_bytes(),
        },
        Payload {
            format: "SMART Health Card (`shc:/`)",
            content_type: "text/plain",
            bytes: forms.shc.clone().context("a SMART Health Card")?.into_bytes(),
        },
        Payload {
            format: "W3C Verifiable Credential (DIVOC), zipped as its QR holds it",
            content_type: "application/octet-stream",
            bytes: cowin_certify::vc::zipped(forms.vc.as_ref().context("a credential")?),
        },
    ];

    let public = keys.public();
    let server = serve(
        cowin,
        &database.url,
        &[("COWIN_RATE_LIMITS__PUBLIC_CALLS", "4000000000".to_owned())],
    )
    .await?;
    let url = format!("{}/t/in/api/certificates/verify", server.base);
    let client = reqwest::Client::new();
    let mut rows = Vec::new();
    for payload in &payloads {
        let answer: serde_json::Value = client
            .post(&url)
            .header("content-type", payload.content_type)
            .body(payload.bytes.clone())
            .send()
            .await?
            .error_for_status()?
            .json()
            .await?;
        anyhow::ensure!(answer["result"] == "genuine", "{}: {answer}", payload.format);
        wrk::run_post(&url, connections, 3, payload.content_type, &payload.bytes)?;
        let http = wrk::run_post(&url, connections, seconds, payload.content_type, &payload.bytes)?;
        anyhow::ensure!(http.failures == 0, "{}: {}", payload.format, http.describe());
        let bare = bare_loop(&public, &payload.bytes, u64::from(seconds).min(10))?;
        rows.push((payload, http, bare));
    }
    drop(server);
    database.drop_database().await?;

    let mut section = String::new();
    writeln!(section, "## Verifying certificates under load")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} `cowin serve` release build, default settings except the per-IP rate limit (lifted); server, PostgreSQL and wrk on this machine. \
         Each request posts the content of one QR code of India's certificate (signed with India's keys as the server holds them) to \
         `POST /t/in/api/certificates/verify` and is answered `genuine`, with the revocation list checked and the verdict in English. \
         wrk: 2 threads, {connections} connections, {seconds} s per format after a 3 s warm-up. Baseline: `cowin_certify::verify` of the same payload \
         with the same public keys in a loop on every core, no HTTP."
    )?;
    crate::report::table_head(
        &mut section,
        "`cowin-bench verification --cowin target/release/cowin` (part of `make bench`).",
        &[
            "QR code",
            "`POST /api/certificates/verify`",
            "baseline: bare verification loop",
            "share of baseline",
        ],
    )?;
    for (payload, http, bare) in &rows {
        let share = http.requests_per_second / bare.max(1.0);
        writeln!(
            section,
            "| {} ({} bytes) | {} | {:.0} verifications/s | {:.0}% — {} (target ≥ {:.0}%) |",
            payload.format,
            payload.bytes.len(),
            LoadResult::describe(http),
            bare,
            100.0 * share,
            crate::report::verdict(share >= MIN_SHARE),
            100.0 * MIN_SHARE,
        )?;
    }
    print!("{section}");
    Ok(section)
}
