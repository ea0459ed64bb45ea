//! The workloads that read and write people, on a tenant holding ten million of them beside the same workloads on
//! an empty tenant, in one run: recording doses, the sign-in and registration burst, and the two look-ups of a
//! person the platform answers most (the desk finding someone by their ID document, and a citizen's list of their
//! members with their doses and appointments).
//!
//! Both tenants are India, served by the real `cowin serve` (release build) with the same settings. On each, the
//! benchmark registers its own people with `cowin beneficiaries import` and books every other account (as the dose
//! benchmark does), vaccinates them over HTTP, then looks people up: on the empty tenant its own people, on the
//! large one people drawn at random from the ten million (so the index pages they need are mostly not the ones the
//! dose run just touched). Workloads that never read a person's rows (availability, certificate rendering,
//! verification of a QR payload, the reports, which read tallies) are not repeated here.

use std::fmt::Write as _;
use std::path::Path;
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_store::DatabaseConnection;
use cowin_store::tenants::TenantRecord;
use cowin_tests::sms::SmsGateway;
use rand::Rng as _;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use uuid::Uuid;

use crate::bench_database::{BenchDatabase, count};
use crate::doses::{Desk, adult_vaccine, lua_script, vaccinators};
use crate::population::{Population, generated_identity};
use crate::processes::{Server, serve};
use crate::registered_people::{citizen_token, identity, register};
use crate::sign_in::{burst, new_citizens, sign_in_settings, sign_up_over_http};
use crate::wrk::LoadResult;

/// Registered people per second of the dose run (more than the server records in one).
const PEOPLE_PER_SECOND: u64 = 6_000;
/// New citizens in each sign-in burst.
const SIGN_INS: u64 = 5_000;
/// Distinct people each look-up run asks for.
const LOOKUPS: u64 = 20_000;
/// Connections of the look-up runs: a few desks and apps at once, so the latency is the look-up's own, not a queue's.
const LOOKUP_CONNECTIONS: u32 = 4;
/// The issue's targets: every workload within 10% of its empty-tenant figure; look-ups p99 ≤ 5 ms.
const MIN_RATIO: f64 = 0.9;
const LOOKUP_P99_MS: f64 = 5.0;

/// Rounds each workload is split into, taken in turn on the two tenants: these machines' speed drifts by as much as
/// 40% over minutes, and measuring one tenant after the other would compare the drift, not the tenants.
const ROUNDS: u64 = 3;

/// A workload's rounds on one tenant, added up.
#[derive(Default)]
struct Tally {
    /// What was done (doses durable, registrations, answers) and the time it took.
    done: u64,
    elapsed: Duration,
    /// The worst round's p99, and the median of the rounds' p50, in milliseconds.
    worst_p99_ms: f64,
    p50s: Vec<f64>,
    /// Write-ahead log written meanwhile (cluster-wide): bytes, and full-page images.
    wal_bytes: i64,
    full_pages: i64,
}

impl Tally {
    fn add(&mut self, done: u64, elapsed: Duration, p50_ms: f64, p99_ms: f64) {
        self.done += done;
        self.elapsed += elapsed;
        self.p50s.push(p50_ms);
        self.worst_p99_ms = self.worst_p99_ms.max(p99_ms);
    }

    fn per_second(&self) -> f64 {
        self.done as f64 / self.elapsed.as_secs_f64().max(0.001)
    }

    /// `p50 1.2 ms, p99 3.4 ms`: the median round's p50 and the worst round's p99.
    fn latency(&self) -> String {
        let mut p50s = self.p50s.clone();
        p50s.sort_by(f64::total_cmp);
        format!(
            "p50 {:.2} ms, p99 {:.2} ms",
            p50s.get(p50s.len() / 2).copied().unwrap_or_default(),
            self.worst_p99_ms
        )
    }
}

/// Who the look-ups ask for: ID documents (type, number) and accounts.
struct LookedUp {
    documents: Vec<(i32, String)>,
    accounts: Vec<Uuid>,
}

impl LookedUp {
    /// `LOOKUPS` people drawn at random from the `people` generated ones.
    fn generated(people: u64) -> Self {
        let mut rng = rand::thread_rng();
        let drawn: Vec<u64> = (0..LOOKUPS).map(|_| rng.gen_range(0..people)).collect();
        Self {
            documents: drawn
                .iter()
                .map(|&n| {
                    let (_, document, number) = generated_identity(n);
                    (document, number)
                })
                .collect(),
            accounts: drawn.iter().map(|&n| crate::population::generated_account(n)).collect(),
        }
    }

    /// People `people` of the benchmark's own identities, with their accounts.
    fn registered(tenant: &TenantRecord, people: std::ops::Range<u64>, accounts: Vec<Uuid>) -> anyhow::Result<Self> {
        Ok(Self {
            documents: people
                .take(LOOKUPS as usize)
                .map(|n| {
                    let (_, document, number) = identity(tenant.code.as_str(), n)?;
                    Ok((document, number))
                })
                .collect::<anyhow::Result<_>>()?,
            accounts,
        })
    }
}

/// wrk's script for the desk's look-up by ID document at `facility`, rotating over `documents` and `tokens`.
fn by_document_script(path: &str, facility: i64, tokens: &[String], documents: &tempfile::NamedTempFile) -> String {
    let tokens: Vec<String> = tokens.iter().map(|token| format!("\"{token}\"")).collect();
    format!(
        r#"local documents = {}
local tokens = {{ {} }}
local n = 0
function request()
  n = n + 1
  local kind, number = documents[(n % #documents) + 1]:match("([^,]+),([^,]+)")
  local body = '{{"facility_id":{facility},"photo_id_type":' .. kind .. ',"photo_id_number":"' .. number .. '"}}'
  return wrk.format("POST", "{path}", {{ ["content-type"] = "application/json", ["authorization"] = "Bearer " .. tokens[(n % #tokens) + 1] }}, body)
end
"#,
        crate::wrk::lua_lines(documents),
        tokens.join(", ")
    )
}

/// wrk's script for a citizen's list of members, each request with the next account's token.
fn members_script(path: &str, tokens: &tempfile::NamedTempFile) -> String {
    format!(
        r#"local tokens = {}
local n = 0
function request()
  n = n + 1
  return wrk.format("GET", "{path}", {{ ["authorization"] = "Bearer " .. tokens[(n % #tokens) + 1] }})
end
"#,
        crate::wrk::lua_lines(tokens)
    )
}

/// Runs wrk with `script` against `base`.
fn load(base: &str, connections: u32, seconds: u32, script: &str, arguments: &[&str]) -> anyhow::Result<LoadResult> {
    let file = tempfile::NamedTempFile::new()?;
    std::fs::write(file.path(), script)?;
    let result = crate::wrk::run_script(base, connections, seconds, file.path(), arguments)?;
    anyhow::ensure!(result.failures == 0, "{} requests failed", result.failures);
    Ok(result)
}

/// The cluster's write-ahead log so far: full-page images and bytes.
async fn wal(db: &DatabaseConnection) -> anyhow::Result<(i64, i64)> {
    let row = db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT wal_fpi AS pages, wal_bytes::bigint AS bytes FROM pg_stat_wal",
        ))
        .await?
        .context("pg_stat_wal")?;
    Ok((row.try_get("", "pages")?, row.try_get("", "bytes")?))
}

/// A tenant ready to be measured: its server, vaccinators, the people it vaccinates, and whom it looks up.
struct Stage<'a> {
    db: &'a DatabaseConnection,
    tenant: &'a TenantRecord,
    server: Server,
    gateway: SmsGateway,
    facility: i64,
    vaccine: String,
    tokens: Vec<String>,
    staff: Vec<Uuid>,
    /// Registered people, in `ROUNDS` equal parts, one per dose round.
    people: Vec<String>,
    first_citizen: u64,
    documents: tempfile::NamedTempFile,
    citizen_tokens: tempfile::NamedTempFile,
}

/// Readies `tenant` of `db`, with the benchmark's people numbered from `first`; on a data-scale tenant (`generated`
/// people), the look-ups draw from its generated people.
async fn prepare<'a>(
    cowin: &Path,
    (db, url, tenant): (&'a DatabaseConnection, &str, &'a TenantRecord),
    first: u64,
    generated: Option<u64>,
    seconds: u32,
) -> anyhow::Result<Stage<'a>> {
    let schema = tenant.code.schema();
    let (facility, vaccine) = (tenant.config.facilities[0].id, adult_vaccine(tenant, tenant.config.today())?);
    let people = first..first + u64::from(seconds) * PEOPLE_PER_SECOND;
    println!("{schema}: registering {} people", people.end - people.start);
    let registered = register(cowin, db, url, tenant, (facility, &vaccine), people.clone()).await?;
    db.execute_unprepared(&format!(
        "VACUUM (ANALYZE) {schema}.accounts, {schema}.beneficiaries, {schema}.appointments, {schema}.sessions, {schema}.doses, {schema}.certificates"
    ))
    .await?;
    db.execute_unprepared("CHECKPOINT").await?;

    let gateway = SmsGateway::start().await;
    let server = serve(cowin, url, &sign_in_settings(&gateway)).await?;
    // A kept tenant has earlier runs' vaccinators: this run's have addresses of their own.
    let (tokens, staff) = vaccinators(&server.base, db, tenant, facility, &format!("scale-{first}-vaccinator")).await?;
    let looked_up = match generated {
        Some(generated) => LookedUp::generated(generated),
        None => LookedUp::registered(
            tenant,
            people.clone(),
            registered.accounts.iter().take(LOOKUPS as usize).copied().collect(),
        )?,
    };
    let documents = crate::wrk::data_file(looked_up.documents.iter().map(|(kind, number)| format!("{kind},{number}")))?;
    let citizen_tokens = crate::wrk::data_file(
        looked_up
            .accounts
            .iter()
            .map(|&account| citizen_token(tenant, account))
            .collect::<anyhow::Result<Vec<_>>>()?,
    )?;
    Ok(Stage {
        db,
        tenant,
        server,
        gateway,
        facility,
        vaccine,
        tokens,
        staff,
        people: registered.references,
        // Citizen c signs in with person 2c's mobile: past every person registered above.
        first_citizen: people.end / 2 + 1,
        documents,
        citizen_tokens,
    })
}

impl Stage<'_> {
    fn api(&self) -> String {
        format!("/t/{}/api", self.tenant.code.to_lowercase())
    }

    /// Dose round `round`: that part of the people, first doses over HTTP; every acknowledged dose must be durable.
    async fn dose_round(&self, round: u64, seconds: u32, connections: u32, tally: &mut Tally) -> anyhow::Result<()> {
        let part = self.people.len() / ROUNDS as usize;
        let desk = Desk {
            tenant: self.tenant.clone(),
            facility: self.facility,
            vaccine: self.vaccine.clone(),
            tokens: self.tokens.clone(),
            staff: self.staff.clone(),
            http_people: self.people[round as usize * part..(round as usize + 1) * part].to_vec(),
            baseline_people: Vec::new(),
        };
        let (script, _references) = lua_script(std::slice::from_ref(&desk))?;
        let since = crate::bench_database::now(self.db).await?;
        let wal_before = wal(self.db).await?;
        let started = Instant::now();
        let doses = load(&self.server.base, connections, seconds, &script, &["2"])?;
        let elapsed = started.elapsed();
        let wal_after = wal(self.db).await?;
        let durable = count(
            self.db,
            &format!(
                "SELECT count(*) FROM {}.doses WHERE created_at >= '{}'",
                self.tenant.code.schema(),
                since.to_rfc3339()
            ),
        )
        .await?;
        anyhow::ensure!(
            doses.requests <= durable && durable <= doses.requests + u64::from(connections),
            "{} doses acknowledged but {durable} durable",
            doses.requests
        );
        tally.add(durable, elapsed, doses.p50_ms, doses.p99_ms);
        tally.full_pages += wal_after.0 - wal_before.0;
        tally.wal_bytes += wal_after.1 - wal_before.1;
        Ok(())
    }

    /// A look-up round: wrk with `script` for `seconds`.
    fn lookup_round(&self, script: &str, seconds: u32, tally: &mut Tally) -> anyhow::Result<()> {
        let started = Instant::now();
        let answers = load(&self.server.base, LOOKUP_CONNECTIONS, seconds, script, &[])?;
        tally.add(answers.requests, started.elapsed(), answers.p50_ms, answers.p99_ms);
        Ok(())
    }

    fn by_document(&self) -> String {
        by_document_script(
            &format!("{}/staff/desk/verify", self.api()),
            self.facility,
            &self.tokens,
            &self.documents,
        )
    }

    fn members(&self) -> String {
        members_script(&format!("{}/v2/appointment/beneficiaries", self.api()), &self.citizen_tokens)
    }

    /// Sign-in round `round`: its part of the new citizens sign in and register.
    async fn sign_in_round(&self, round: u64, tally: &mut Tally) -> anyhow::Result<()> {
        let part = SIGN_INS / ROUNDS;
        let first = self.first_citizen + round * part;
        let citizens = new_citizens(self.tenant, first..first + part)?;
        let client = reqwest::Client::builder()
            .pool_max_idle_per_host(crate::sign_in::CONCURRENCY)
            .build()?;
        let api = format!("{}{}", self.server.base, self.api());
        let mut burst = burst(&citizens, |citizen| sign_up_over_http(&client, &api, &self.gateway, citizen)).await?;
        let p50 = crate::report::percentile(&mut burst.latencies, 0.5);
        let p99 = crate::report::percentile(&mut burst.latencies, 0.99);
        tally.add(burst.latencies.len() as u64, burst.elapsed, p50, p99);
        Ok(())
    }
}

/// Every workload in `ROUNDS` rounds, each round on the empty tenant then on the large one: the tallies of each.
async fn measure(stages: [&Stage<'_>; 2], seconds: u32, connections: u32) -> anyhow::Result<[Figures; 2]> {
    let round_seconds = (seconds / ROUNDS as u32).max(1);
    let mut figures = [Figures::default(), Figures::default()];
    for round in 0..ROUNDS {
        println!("round {} of {ROUNDS}", round + 1);
        for (stage, figures) in stages.iter().zip(figures.iter_mut()) {
            stage.dose_round(round, round_seconds, connections, &mut figures.doses).await?;
        }
        for (stage, figures) in stages.iter().zip(figures.iter_mut()) {
            stage.lookup_round(&stage.by_document(), round_seconds, &mut figures.by_document)?;
            stage.lookup_round(&stage.members(), round_seconds, &mut figures.members)?;
        }
        for (stage, figures) in stages.iter().zip(figures.iter_mut()) {
            stage.sign_in_round(round, &mut figures.sign_in).await?;
        }
    }
    Ok(figures)
}

/// One tenant's tallies.
#[derive(Default)]
struct Figures {
    doses: Tally,
    sign_in: Tally,
    by_document: Tally,
    members: Tally,
}

/// A row comparing a workload's rate on both tenants (the large one must keep `MIN_RATIO` of the empty one's), and
/// for a look-up (`p99_bound`), the large tenant's worst p99 against it.
fn row(what: &str, unit: &str, [empty, large]: [&Tally; 2], p99_bound: Option<f64>) -> String {
    let ratio = large.per_second() / empty.per_second().max(0.001);
    let bound = p99_bound.map_or_else(String::new, |bound| {
        format!(
            "; p99 on the large tenant {:.2} ms — {} (target ≤ {bound} ms)",
            large.worst_p99_ms,
            crate::report::verdict(large.worst_p99_ms <= bound)
        )
    });
    format!(
        "| {what} | {:.0} {unit}; {} | {:.0} {unit}; {} | {:.0}% — {} (target ≥ {:.0}%){bound} |",
        empty.per_second(),
        empty.latency(),
        large.per_second(),
        large.latency(),
        100.0 * ratio,
        crate::report::verdict(ratio >= MIN_RATIO),
        100.0 * MIN_RATIO
    )
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(
    admin_url: &str,
    cowin: &Path,
    people: u64,
    rebuild: bool,
    seconds: u32,
    connections: u32,
) -> anyhow::Result<String> {
    let population: Population = crate::population::ensure(admin_url, people, rebuild).await?;
    let context = crate::report::run_context(&population.db).await?;
    let empty = BenchDatabase::create(admin_url, "scale_empty", &cowin_tests::demo_config("IN"), 0).await?;
    let empty_tenant = cowin_store::tenants::list(&empty.db).await?.into_iter().next().context("India")?;
    let empty_url = format!("{}?sslmode=disable", empty.url);
    // Each run's people are numbered past every person an earlier run registered in the kept tenant.
    let held = count(
        &population.db,
        &format!("SELECT count(*) FROM {}.beneficiaries", population.tenant.code.schema()),
    )
    .await?;
    let figures = {
        let on_empty = prepare(cowin, (&empty.db, &empty_url, &empty_tenant), 0, None, seconds).await?;
        let on_large = prepare(
            cowin,
            (&population.db, &population.url, &population.tenant),
            4 * held,
            Some(population.people),
            seconds,
        )
        .await?;
        measure([&on_empty, &on_large], seconds, connections).await?
    };
    empty.drop_database().await?;
    let [on_empty, on_large] = &figures;

    let built = if population.built_now {
        format!("built by this run in {:.0} s", population.built_in.as_secs_f64())
    } else {
        format!(
            "kept from an earlier run (built in {:.0} s; rebuild with `--rebuild`)",
            population.built_in.as_secs_f64()
        )
    };
    let mut section = String::new();
    writeln!(section, "## A tenant of ten million people")?;
    writeln!(section)?;
    if population.people < 10_000_000 {
        writeln!(
            section,
            "**Not at the issue's scale: this run's large tenant holds {} people.**",
            population.people
        )?;
        writeln!(section)?;
    }
    writeln!(
        section,
        "{context} `cowin serve` release build, default settings except the per-IP rate limits (lifted: every request comes from this machine) \
         and the SMS gateway (a listener of the benchmark). Two Indias: an empty one, and `{}` holding {} generated people ({held} people \
         before this run, with earlier runs' own), two to an account, two past doses and a certificate row per dose, {built}: {}. \
         The generator (`population.rs`) writes with `COPY` what the application writes (mobiles and ID numbers checked, hashed and sealed \
         with the tenant's keys); a generated certificate's payload is a sealed placeholder of 66 bytes rather than a 3–4 kB signed record, \
         so no probe reads one. On each tenant the benchmark imports {} people of its own with `cowin beneficiaries import` and books every \
         other account; each tenant has its own server. Then every workload runs in {ROUNDS} rounds of {} s, each round on the empty tenant \
         and then on the large one, so that the machine's drift over minutes falls on both: first doses of its own people over HTTP (wrk, \
         {connections} connections, 8 vaccinators; every acknowledged dose must be durable); the two look-ups (wrk, {LOOKUP_CONNECTIONS} \
         connections), for its own people on the empty tenant and for generated people drawn at random on the large one; and {} new \
         citizens per round signing in and registering (generateOTP, confirmOTP, beneficiary/new, 64 at a time). Every request must \
         answer 200. Rates are over all rounds; p50 is the median round's, p99 the worst round's.",
        crate::population::DATABASE,
        population.people,
        population.sizes,
        u64::from(seconds) * PEOPLE_PER_SECOND,
        (seconds / ROUNDS as u32).max(1),
        SIGN_INS / ROUNDS,
    )?;
    crate::report::table_head(
        &mut section,
        "`make bench-scale`, or `cowin-bench scale --cowin target/release/cowin` (`--people 10000000` by default).",
        &["workload", "empty tenant", "large tenant", "large against empty"],
    )?;
    writeln!(
        section,
        "{}",
        row(
            "record dose (`POST /api/staff/doses`)",
            "doses/s durable",
            [&on_empty.doses, &on_large.doses],
            None
        )
    )?;
    let wal = |tally: &Tally| {
        format!(
            "{:.1} kB, {:.2} full-page images",
            tally.wal_bytes as f64 / 1000.0 / tally.done.max(1) as f64,
            tally.full_pages as f64 / tally.done.max(1) as f64
        )
    };
    writeln!(
        section,
        "| write-ahead log per dose during those rounds (cluster-wide: `pg_stat_wal`) | {} | {} | |",
        wal(&on_empty.doses),
        wal(&on_large.doses)
    )?;
    writeln!(
        section,
        "{}",
        row(
            "sign-in and registration burst (3 requests per citizen; latency per citizen)",
            "registrations/s",
            [&on_empty.sign_in, &on_large.sign_in],
            None
        )
    )?;
    writeln!(
        section,
        "{}",
        row(
            "the desk finds a person by ID document (`POST /api/staff/desk/verify`: the person and their doses)",
            "req/s",
            [&on_empty.by_document, &on_large.by_document],
            Some(LOOKUP_P99_MS)
        )
    )?;
    writeln!(
        section,
        "{}",
        row(
            "a citizen's members (`GET /api/v2/appointment/beneficiaries`: members, doses, appointments)",
            "req/s",
            [&on_empty.members, &on_large.members],
            Some(LOOKUP_P99_MS)
        )
    )?;
    print!("{section}");
    Ok(section)
}
