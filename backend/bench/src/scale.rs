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
use std::time::Instant;

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
use crate::processes::serve;
use crate::registered_people::{citizen_token, identity, register};
use crate::sign_in::{burst, new_citizens, sign_up_over_http};
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

/// One tenant measured.
struct Figures {
    doses: LoadResult,
    doses_per_second: f64,
    sign_in_per_second: f64,
    sign_in_p99_ms: f64,
    by_document: LoadResult,
    members: LoadResult,
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

/// The database's clock, to tell this run's rows from those already there.
async fn now(db: &DatabaseConnection) -> anyhow::Result<chrono::DateTime<chrono::Utc>> {
    Ok(db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, "SELECT now() AS now"))
        .await?
        .context("the database's clock")?
        .try_get("", "now")?)
}

/// The workloads on `tenant` of `db`, with the benchmark's people numbered from `first`; on a data-scale tenant
/// (`generated` people), the look-ups draw from its generated people.
async fn measure(
    cowin: &Path,
    (db, url, tenant): (&DatabaseConnection, &str, &TenantRecord),
    first: u64,
    generated: Option<u64>,
    (seconds, connections): (u32, u32),
) -> anyhow::Result<Figures> {
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
    // Every request comes from this machine's one address: the per-IP limits are lifted, the others kept.
    let unlimited = "4000000000".to_owned();
    let server = serve(
        cowin,
        url,
        &[
            ("COWIN_RATE_LIMITS__PUBLIC_CALLS", unlimited.clone()),
            ("COWIN_RATE_LIMITS__OTP_PER_IP", unlimited),
            ("COWIN_OTP__SMS_PROVIDER", "http".to_owned()),
            ("COWIN_OTP__SMS_URL", gateway.url.clone()),
        ],
    )
    .await?;
    let base = server.base.clone();
    let api = format!("/t/{}/api", tenant.code.to_lowercase());
    let (tokens, staff) = vaccinators(&base, db, tenant, facility).await?;

    println!("{schema}: recording doses");
    let since = now(db).await?;
    let desk = Desk {
        tenant: tenant.clone(),
        facility,
        vaccine,
        tokens: tokens.clone(),
        staff,
        http_people: registered.references.clone(),
        baseline_people: Vec::new(),
    };
    let (script, _references) = lua_script(std::slice::from_ref(&desk))?;
    let started = Instant::now();
    let doses = load(&base, connections, seconds, &script, &["2"])?;
    let elapsed = started.elapsed();
    let durable = count(
        db,
        &format!("SELECT count(*) FROM {schema}.doses WHERE created_at >= '{}'", since.to_rfc3339()),
    )
    .await?;
    anyhow::ensure!(
        doses.requests <= durable && durable <= doses.requests + u64::from(connections),
        "{} doses acknowledged but {durable} durable",
        doses.requests
    );

    println!("{schema}: looking people up");
    let looked_up = match generated {
        Some(generated) => LookedUp::generated(generated),
        None => {
            let accounts = accounts_since(db, tenant, since - chrono::Duration::hours(1)).await?;
            LookedUp::registered(tenant, people.clone(), accounts)?
        }
    };
    let documents = crate::wrk::data_file(looked_up.documents.iter().map(|(kind, number)| format!("{kind},{number}")))?;
    let by_document = load(
        &base,
        LOOKUP_CONNECTIONS,
        seconds,
        &by_document_script(&format!("{api}/staff/desk/verify"), facility, &tokens, &documents),
        &[],
    )?;
    let citizen_tokens = crate::wrk::data_file(
        looked_up
            .accounts
            .iter()
            .map(|&account| citizen_token(tenant, account))
            .collect::<anyhow::Result<Vec<_>>>()?,
    )?;
    let members = load(
        &base,
        LOOKUP_CONNECTIONS,
        seconds,
        &members_script(&format!("{api}/v2/appointment/beneficiaries"), &citizen_tokens),
        &[],
    )?;

    println!("{schema}: signing {SIGN_INS} new citizens in");
    // Citizen c signs in with person 2c's mobile: past every person registered above.
    let first_citizen = people.end / 2 + 1;
    let citizens = new_citizens(tenant, first_citizen..first_citizen + SIGN_INS)?;
    let client = reqwest::Client::builder()
        .pool_max_idle_per_host(crate::sign_in::CONCURRENCY)
        .build()?;
    let api_url = format!("{base}{api}");
    let mut sign_ins = burst(&citizens, |citizen| sign_up_over_http(&client, &api_url, &gateway, citizen)).await?;
    drop(server);
    Ok(Figures {
        doses_per_second: durable as f64 / elapsed.as_secs_f64(),
        doses,
        sign_in_per_second: sign_ins.per_second(),
        sign_in_p99_ms: crate::report::percentile(&mut sign_ins.latencies, 0.99),
        by_document,
        members,
    })
}

/// The accounts whose members were registered since `since` (the empty tenant's people), at most `LOOKUPS`.
async fn accounts_since(db: &DatabaseConnection, tenant: &TenantRecord, since: chrono::DateTime<chrono::Utc>) -> anyhow::Result<Vec<Uuid>> {
    let rows = db
        .query_all_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            format!(
                "SELECT DISTINCT account_id FROM {}.beneficiaries WHERE created_at >= $1 LIMIT {LOOKUPS}",
                tenant.code.schema()
            ),
            [since.into()],
        ))
        .await?;
    rows.iter().map(|row| Ok(row.try_get("", "account_id")?)).collect()
}

/// A row comparing a rate on both tenants: the large one must keep `MIN_RATIO` of the empty one's.
fn rate_row(what: &str, unit: &str, (empty, large): (f64, f64), detail: (String, String)) -> String {
    let ratio = large / empty.max(0.001);
    format!(
        "| {what} | {empty:.0} {unit}; {} | {large:.0} {unit}; {} | {:.0}% — {} (target ≥ {:.0}%) |",
        detail.0,
        detail.1,
        100.0 * ratio,
        crate::report::verdict(ratio >= MIN_RATIO),
        100.0 * MIN_RATIO
    )
}

/// A look-up row: rates compared, and the large tenant's p99 against `LOOKUP_P99_MS`.
fn lookup_row(what: &str, empty: &LoadResult, large: &LoadResult) -> String {
    let ratio = large.requests_per_second / empty.requests_per_second.max(0.001);
    format!(
        "| {what} | {} | {} | {:.0}% — {} (target ≥ {:.0}%); p99 on the large tenant {:.2} ms — {} (target ≤ {LOOKUP_P99_MS} ms) |",
        empty.describe(),
        large.describe(),
        100.0 * ratio,
        crate::report::verdict(ratio >= MIN_RATIO),
        100.0 * MIN_RATIO,
        large.p99_ms,
        crate::report::verdict(large.p99_ms <= LOOKUP_P99_MS),
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
    let on_empty = measure(cowin, (&empty.db, &empty_url, &empty_tenant), 0, None, (seconds, connections)).await?;
    empty.drop_database().await?;

    // Each run's people are numbered past every person an earlier run registered in the kept tenant.
    let held = count(
        &population.db,
        &format!("SELECT count(*) FROM {}.beneficiaries", population.tenant.code.schema()),
    )
    .await?;
    let on_large = measure(
        cowin,
        (&population.db, &population.url, &population.tenant),
        4 * held,
        Some(population.people),
        (seconds, connections),
    )
    .await?;

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
    }
    writeln!(section)?;
    writeln!(
        section,
        "{context} `cowin serve` release build, default settings except the per-IP rate limits (lifted: every request comes from this machine) \
         and the SMS gateway (a listener of the benchmark). Two Indias, measured one after the other: an empty one, and `{}` holding \
         {} generated people ({held} people before this run, with earlier runs' own), two to an account, two past doses and a certificate row \
         per dose, {built}: {}. The generator (`population.rs`) writes with `COPY` what the application writes (mobiles and ID numbers \
         checked, hashed and sealed with the tenant's keys); a generated certificate's payload is a sealed placeholder of 66 bytes rather than \
         a 3–4 kB signed record, so no probe reads one. On each tenant the benchmark imports its own people with `cowin beneficiaries import`, \
         books every other account, then records their first doses over HTTP (wrk, {connections} connections, {seconds} s, 8 vaccinators); \
         the look-ups ask for its own people on the empty tenant and for generated people drawn at random on the large one \
         (wrk, {LOOKUP_CONNECTIONS} connections, {seconds} s); then {SIGN_INS} new citizens sign in and register (generateOTP, confirmOTP, \
         beneficiary/new, 64 at a time). Every request must answer 200, and every acknowledged dose must be durable.",
        crate::population::DATABASE,
        population.people,
        population.sizes,
    )?;
    crate::report::table_head(
        &mut section,
        "`make bench-scale`, or `cowin-bench scale --cowin target/release/cowin` (`--people 10000000` by default).",
        &["workload", "empty tenant", "large tenant", "large against empty"],
    )?;
    writeln!(
        section,
        "{}",
        rate_row(
            "record dose (`POST /api/staff/doses`)",
            "doses/s durable",
            (on_empty.doses_per_second, on_large.doses_per_second),
            (on_empty.doses.describe(), on_large.doses.describe()),
        )
    )?;
    writeln!(
        section,
        "{}",
        rate_row(
            "sign-in and registration burst (3 requests per citizen)",
            "registrations/s",
            (on_empty.sign_in_per_second, on_large.sign_in_per_second),
            (
                format!("p99 {:.0} ms per citizen", on_empty.sign_in_p99_ms),
                format!("p99 {:.0} ms per citizen", on_large.sign_in_p99_ms)
            ),
        )
    )?;
    writeln!(
        section,
        "{}",
        lookup_row(
            "the desk finds a person by ID document (`POST /api/staff/desk/verify`: the person and their doses)",
            &on_empty.by_document,
            &on_large.by_document
        )
    )?;
    writeln!(
        section,
        "{}",
        lookup_row(
            "a citizen's members (`GET /api/v2/appointment/beneficiaries`: members, doses, appointments)",
            &on_empty.members,
            &on_large.members
        )
    )?;
    print!("{section}");
    Ok(section)
}
