//! Booking under load, against the real `cowin serve` (release build), with people registered by
//! `cowin beneficiaries import` and citizens' tokens as the server issues them after sign-in:
//! - contention: 10,000 people try at once to book the 100 places of one session; exactly 100 must succeed, every
//!   other attempt must be refused as full (never a 5xx), and the session and appointments must say 100;
//! - uncontended: each request books a distinct person into one of 300 sessions (10 centres × 30 days) with room to
//!   spare, beside PostgreSQL alone running the same statements (the booking use case in this process, no HTTP).

use std::fmt::Write as _;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_app::booking::NewBooking;
use cowin_core::BeneficiaryRef;
use cowin_store::tenants::{self, TenantRecord};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use uuid::Uuid;

use crate::bench_database::{BenchDatabase, count};
use crate::processes::serve;
use crate::registered_people::{Bookings, SLOT, citizen_token, import_people, todays_session};
use crate::report::summary;

/// The contended session's places, and how many try for them.
const PLACES: u64 = 100;
const ATTEMPTS: u64 = 10_000;
/// Days of sessions at every centre for the uncontended run.
const DAYS: i32 = 30;
/// The target for uncontended bookings: this share of PostgreSQL alone.
const MIN_SHARE: f64 = 0.6;

/// Sessions of `vaccine` at every centre of `tenant` on each of the next `DAYS` days, room for `capacity` each.
async fn sessions_everywhere(
    db: &sea_orm::DatabaseConnection,
    tenant: &TenantRecord,
    vaccine: &str,
    capacity: u64,
) -> anyhow::Result<Vec<Uuid>> {
    let schema = tenant.code.schema();
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!(
                "INSERT INTO {schema}.sessions (id, facility_id, date, vaccine_code, min_age, max_age, capacity_dose1, capacity_dose2, slots) \
                 SELECT gen_random_uuid(), f.id, $1::date + d, $2, 18, NULL, $3, $3, ARRAY[$4] FROM {schema}.facilities f, generate_series(1, $5) d \
                 RETURNING id"
            ),
            [
                tenant.config.today().into(),
                vaccine.into(),
                i32::try_from(capacity)?.into(),
                SLOT.into(),
                DAYS.into(),
            ],
        ))
        .await?;
    rows.iter().map(|row| Ok(row.try_get("", "id")?)).collect()
}

/// What the contended run saw.
struct Contention {
    booked: u64,
    full: u64,
    other: Vec<u16>,
    latencies: Vec<Duration>,
    elapsed: Duration,
}

/// `ATTEMPTS` people, each with their own account's token, all asking at once for the session's places.
async fn contend(base: &str, tenant: &TenantRecord, people: &[(String, Uuid)], session: Uuid) -> anyhow::Result<Contention> {
    let client = reqwest::Client::builder().pool_max_idle_per_host(0).build()?;
    let url = format!("{base}/t/{}/api/v2/appointment/schedule", tenant.code.to_lowercase());
    let mut requests = Vec::with_capacity(people.len());
    for (reference, account) in people {
        let body = serde_json::json!({ "dose": 1, "session_id": session, "slot": SLOT, "beneficiaries": [reference] });
        requests.push(client.post(&url).bearer_auth(citizen_token(tenant, *account)?).json(&body));
    }
    let started = Instant::now();
    let answers = futures::future::join_all(requests.into_iter().map(|request| async move {
        let sent = Instant::now();
        let response = request.send().await;
        let status = match response {
            Ok(response) => {
                let status = response.status().as_u16();
                let body = response.text().await.unwrap_or_default();
                (status, body)
            }
            Err(error) => (0, error.to_string()),
        };
        (status, sent.elapsed())
    }))
    .await;
    let elapsed = started.elapsed();
    let mut contention = Contention {
        booked: 0,
        full: 0,
        other: Vec::new(),
        latencies: Vec::new(),
        elapsed,
    };
    for ((status, body), latency) in answers {
        contention.latencies.push(latency);
        match status {
            200 => contention.booked += 1,
            _ if body.contains("NO_CAPACITY") => contention.full += 1,
            other => contention.other.push(other),
        }
    }
    Ok(contention)
}

/// PostgreSQL alone: the booking use case for `people` (one booking each) from `tasks` tasks for `seconds`.
async fn same_statements(
    bookings: &Bookings,
    tenant: &TenantRecord,
    people: &[(String, Uuid)],
    sessions: &[Uuid],
    tasks: usize,
    seconds: u64,
) -> anyhow::Result<(f64, Vec<Duration>)> {
    let next = AtomicUsize::new(0);
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let booking = bookings.use_case();
    let workers = (0..tasks).map(|_| async {
        let mut latencies = Vec::new();
        while Instant::now() < deadline {
            let n = next.fetch_add(1, Ordering::Relaxed);
            let Some((reference, account)) = people.get(n) else { break };
            let request = NewBooking {
                dose: 1,
                session: sessions[n % sessions.len()],
                slot: SLOT.to_owned(),
                beneficiaries: vec![BeneficiaryRef::parse(reference).context("a reference")?],
            };
            let sent = Instant::now();
            booking
                .schedule(tenant, *account, &request)
                .await
                .map_err(|error| anyhow::anyhow!("booking: {error:?}"))?;
            latencies.push(sent.elapsed());
        }
        anyhow::Ok(latencies)
    });
    let mut all = Vec::new();
    for latencies in futures::future::join_all(workers).await {
        all.extend(latencies?);
    }
    let elapsed = started.elapsed().min(Duration::from_secs(seconds)).max(Duration::from_millis(1));
    Ok((all.len() as f64 / elapsed.as_secs_f64(), all))
}

/// wrk's Lua script, and the file it reads: each request books the next person (a line of their token and the
/// request's body), in the session the same-statements run would give them.
fn lua_script(
    path: &str,
    people: &[(String, Uuid)],
    tokens: &[String],
    sessions: &[Uuid],
) -> anyhow::Result<(String, tempfile::NamedTempFile)> {
    let lines = people.iter().zip(tokens).enumerate().map(|(n, ((reference, _), token))| {
        format!(
            "{token}\t{{\"dose\":1,\"session_id\":\"{}\",\"slot\":\"{SLOT}\",\"beneficiaries\":[\"{reference}\"]}}",
            sessions[n % sessions.len()]
        )
    });
    let file = crate::wrk::data_file(lines)?;
    let script = format!(
        "local people = {}\nlocal threads = 0\nfunction setup(thread) thread:set(\"tid\", threads); threads = threads + 1 end\n\
         function init(args) n = 0 end\n\
         function request()\n  local line = people[n * 2 + tid + 1] or people[1]\n  n = n + 1\n  local tab = line:find(\"\\t\")\n\
           return wrk.format(\"POST\", \"{path}\", {{ [\"content-type\"] = \"application/json\", [\"authorization\"] = \"Bearer \" .. line:sub(1, tab - 1) }}, line:sub(tab + 1))\nend\n",
        crate::wrk::lua_lines(&file)
    );
    Ok((script, file))
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin: &Path, seconds: u32, connections: u32) -> anyhow::Result<String> {
    let database = BenchDatabase::create(admin_url, "booking", &cowin_tests::demo_config("IN"), 0).await?;
    let context = crate::report::run_context(&database.db).await?;
    let tenant = tenants::list(&database.db).await?.into_iter().next().context("India")?;
    let today = tenant.config.today();
    let vaccine = crate::doses::adult_vaccine(&tenant, today)?;
    let facility = tenant.config.facilities.first().context("a facility")?.id;

    // Enough people for the contended run, then 6,000 bookings/s over both uncontended runs.
    let uncontended_people = u64::from(seconds) * 6_000 * 2;
    let (people, _) = import_people(cowin, &database.db, &database.url, &tenant, 0..ATTEMPTS + uncontended_people).await?;
    let (contenders, rest) = people.split_at(usize::try_from(ATTEMPTS)?);
    let (over_http, in_process) = rest.split_at(rest.len() / 2);

    let server = serve(
        cowin,
        &database.url,
        &[("COWIN_RATE_LIMITS__PUBLIC_CALLS", "4000000000".to_owned())],
    )
    .await?;

    // Contention: one session of 100 places.
    let scarce = todays_session(&database.db, &tenant, facility, &vaccine, PLACES).await?;
    let mut contention = contend(&server.base, &tenant, contenders, scarce).await?;
    let stored = count(
        &database.db,
        &format!(
            "SELECT booked_dose1::bigint FROM {}.sessions WHERE id = '{scarce}'",
            tenant.code.schema()
        ),
    )
    .await?;
    let appointments = count(
        &database.db,
        &format!(
            "SELECT count(*) FROM {}.appointments WHERE session_id = '{scarce}'",
            tenant.code.schema()
        ),
    )
    .await?;
    // Exactly the places are booked; every other attempt is refused as full, or asked to come back (503 with
    // Retry-After) when it waited longer than the database pool's acquire timeout; nothing else.
    let contention_met =
        contention.booked == PLACES && stored == PLACES && appointments == PLACES && contention.other.iter().all(|status| *status == 503);

    // Uncontended, over HTTP; the last person is booked first, to see the request is right.
    let sessions = sessions_everywhere(&database.db, &tenant, &vaccine, uncontended_people).await?;
    let (first, over_http) = over_http.split_last().context("people")?;
    let answer = reqwest::Client::new()
        .post(format!(
            "{}/t/{}/api/v2/appointment/schedule",
            server.base,
            tenant.code.to_lowercase()
        ))
        .bearer_auth(citizen_token(&tenant, first.1)?)
        .json(&serde_json::json!({ "dose": 1, "session_id": sessions[0], "slot": SLOT, "beneficiaries": [first.0] }))
        .send()
        .await?;
    anyhow::ensure!(answer.status().is_success(), "a booking was refused: {}", answer.text().await?);
    let tokens = over_http
        .iter()
        .map(|(_, account)| citizen_token(&tenant, *account))
        .collect::<anyhow::Result<Vec<_>>>()?;
    let script = tempfile::NamedTempFile::new()?;
    let (lua, _lines) = lua_script(
        &format!("/t/{}/api/v2/appointment/schedule", tenant.code.to_lowercase()),
        over_http,
        &tokens,
        &sessions,
    )?;
    std::fs::write(script.path(), lua)?;
    let http = crate::wrk::run_script(&server.base, connections, seconds, script.path(), &[])?;
    drop(server);
    let booked_over_http = count(
        &database.db,
        &format!(
            "SELECT count(*) FROM {}.appointments WHERE session_id <> '{scarce}'",
            tenant.code.schema()
        ),
    )
    .await?;
    anyhow::ensure!(http.failures == 0, "{} booking requests failed", http.failures);
    let booked_over_http = booked_over_http - 1;
    anyhow::ensure!(
        http.requests <= booked_over_http && booked_over_http <= http.requests + u64::from(connections),
        "{} bookings acknowledged but {booked_over_http} stored",
        http.requests
    );

    // PostgreSQL alone: the same use case, no HTTP.
    let bookings = Bookings::new(&database.db).await?;
    let (plain_rate, mut plain_latencies) = same_statements(&bookings, &tenant, in_process, &sessions, 32, u64::from(seconds)).await?;
    database.drop_database().await?;

    let share = http.requests_per_second / plain_rate.max(1.0);
    let mut section = String::new();
    writeln!(section, "## Booking under load")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} `cowin serve` release build, default settings except the per-IP rate limit (lifted); server, PostgreSQL and the load on this machine. \
         India; the people were registered with `cowin beneficiaries import` (two to an account), and each request carries its account's citizen token \
         (`POST /t/in/api/v2/appointment/schedule`, one person, dose 1)."
    )?;
    crate::report::table_head(
        &mut section,
        "`cowin-bench booking --cowin target/release/cowin` (part of `make bench`).",
        &["what", "result", "baseline in the same run"],
    )?;
    writeln!(
        section,
        "| {ATTEMPTS} people at once (one connection each) for the {PLACES} places of one session | {} booked, {} refused as full (`NO_CAPACITY`), {} other answers{} (503 is `SERVICE_UNAVAILABLE` with Retry-After, after 5 s waiting for a database connection); the session says {stored} booked and holds {appointments} appointments; all answered in {:.1} s, {} — {} (target: exactly {PLACES} succeed) | |",
        contention.booked,
        contention.full,
        contention.other.len(),
        if contention.other.is_empty() {
            String::new()
        } else {
            format!(" ({:?})", &contention.other[..contention.other.len().min(10)])
        },
        contention.elapsed.as_secs_f64(),
        summary(&mut contention.latencies),
        crate::report::verdict(contention_met),
    )?;
    writeln!(
        section,
        "| uncontended: each request a distinct person, spread over {} sessions (10 centres × {DAYS} days); wrk 2 threads, {connections} connections, {seconds} s | {}; {booked_over_http} bookings stored | PostgreSQL alone, the booking use case in this process (the same statements, no HTTP), 32 tasks: {plain_rate:.0} bookings/s; {} |",
        sessions.len(),
        http.describe(),
        summary(&mut plain_latencies),
    )?;
    writeln!(section, "{}", crate::report::share_row(share, MIN_SHARE))?;
    print!("{section}");
    Ok(section)
}
