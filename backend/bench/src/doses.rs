//! Recording doses under load: the real `cowin serve` (release build) over HTTP, spread over four tenants and
//! many vaccinators, each request a distinct beneficiary's first dose, acknowledged only once durable.
//! Baselines in the same run: PostgreSQL alone executing the statements the server issues per dose (the same
//! store calls and group writer, no HTTP, JSON or tokens), and PostgreSQL inserting doses 50 per statement.

use std::fmt::Write as _;
use std::path::Path;
use std::sync::Arc;
use std::sync::atomic::{AtomicU64, Ordering};
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_app::certificates::issuer::Issuer;
use cowin_app::certificates::key_ring::KeyRing;
use cowin_app::contact::EmailAddress;
use cowin_app::staff::invitations::{NewStaffMember, create_committed};
use cowin_core::vaccine::VaccineCode;
use cowin_core::{BeneficiaryRef, StaffRole, StaffScope};
use cowin_migrations::migrate_platform;
use cowin_store::tenants::{self, TenantRecord};
use cowin_store::vaccination::dose_group::{DoseRequest, DoseVerdict};
use cowin_store::vaccination::group_writer::GroupWriter;
use cowin_store::{DatabaseConnection, DatabaseOptions, connect};
use cowin_tenant_config::{LocaleCatalogue, load_dir};
use sea_orm::ConnectionTrait;
use uuid::Uuid;

use crate::bench_database::count;
use crate::processes::serve;
use crate::registered_people::register;
use crate::report::{millis, summary};

const COUNTRIES: [&str; 4] = ["IN", "BR", "EG", "UZ"];
pub(crate) const VACCINATORS_PER_TENANT: usize = 8;
/// First reference of each tenant's benchmark beneficiaries (14 digits).
pub(crate) const REFERENCE_BASE: u64 = 20_000_000_000_000;

/// A facility's desk: its tenant, vaccine and signed-in vaccinators, and whom they vaccinate.
pub(crate) struct Desk {
    pub(crate) tenant: TenantRecord,
    pub(crate) facility: i64,
    pub(crate) vaccine: String,
    pub(crate) tokens: Vec<String>,
    pub(crate) staff: Vec<Uuid>,
    /// The people vaccinated over HTTP, and those of the same-statements baseline.
    pub(crate) http_people: Vec<String>,
    pub(crate) baseline_people: Vec<String>,
}

/// Seeds `count` beneficiaries (four per account) from reference `REFERENCE_BASE + 1`.
pub(crate) async fn seed_beneficiaries(db: &DatabaseConnection, tenant: &TenantRecord, count: u64) -> anyhow::Result<()> {
    let schema = tenant.code.schema();
    let gender = tenant.config.genders[0].id;
    let document = tenant.config.id_documents[0].id;
    // Four beneficiaries per account, as families register (CoWIN allowed four per mobile number).
    db.execute_unprepared(&format!(
        "INSERT INTO {schema}.accounts (id, mobile_hash, mobile_encrypted) \
         SELECT md5('account' || a)::uuid, decode(md5('mobile' || a), 'hex'), '\\x00' FROM generate_series(0, {count} / 4) a; \
         INSERT INTO {schema}.beneficiaries (reference_id, account_id, name, birth_year, gender_id, id_document_type, id_number_hash, id_number_encrypted) \
         SELECT ({REFERENCE_BASE} + n)::text, md5('account' || (n / 4))::uuid, 'Bench ' || n, 1980, {gender}, {document}, decode(md5(n::text), 'hex'), '\\x00' \
         FROM generate_series(1, {count}) n; ANALYZE {schema}.accounts; ANALYZE {schema}.beneficiaries"
    ))
    .await?;
    Ok(())
}

/// Vaccinators of `facility`, invited and signed in through the API (`label` makes their addresses unique in the
/// tenant); their tokens and ids.
pub(crate) async fn vaccinators(
    base: &str,
    db: &DatabaseConnection,
    tenant: &TenantRecord,
    facility: i64,
    label: &str,
) -> anyhow::Result<(Vec<String>, Vec<Uuid>)> {
    let (mut tokens, mut ids) = (Vec::new(), Vec::new());
    for index in 0..VACCINATORS_PER_TENANT {
        let scope = (vec![], vec![facility]);
        let (token, id) = signed_in_staff(base, db, tenant, StaffRole::Vaccinator, scope, &format!("{label}-{index}")).await?;
        tokens.push(token);
        ids.push(id);
    }
    Ok((tokens, ids))
}

/// A staff member of `tenant` in `role`, working in `scope` (district ids, facility ids), invited as the CLI does and
/// signed in through the API (`label` makes the address unique); their token and id.
pub(crate) async fn signed_in_staff(
    base: &str,
    db: &DatabaseConnection,
    tenant: &TenantRecord,
    role: StaffRole,
    scope: (Vec<i32>, Vec<i64>),
    label: &str,
) -> anyhow::Result<(String, Uuid)> {
    let vault = cowin_tests::test_vault();
    let client = reqwest::Client::new();
    let email = format!("{label}-{}@bench.example", tenant.code.to_lowercase());
    let request = NewStaffMember {
        email: EmailAddress::parse(&email).context("an e-mail address")?,
        name: cowin_core::PersonName::parse(&format!("Bench {label}")).context("a name")?,
        role,
        district_ids: scope.0,
        facility_ids: scope.1,
    };
    let invitation = create_committed(&cowin_store::Databases::single(db.clone()), &vault, tenant, &request, "bench")
        .await
        .map_err(|error| anyhow::anyhow!("invitation: {error}"))?;
    let prefix = format!("{base}/t/{}/api/staff", tenant.code.to_lowercase());
    let password = "bench password that is long";
    client
        .post(format!("{prefix}/invitations/accept"))
        .json(&serde_json::json!({ "token": invitation.secret, "password": password }))
        .send()
        .await?
        .error_for_status()?;
    let login: serde_json::Value = client
        .post(format!("{prefix}/login"))
        .json(&serde_json::json!({ "email": email, "password": password }))
        .send()
        .await?
        .error_for_status()?
        .json()
        .await?;
    Ok((login["token"].as_str().context("a token")?.to_owned(), invitation.staff_id))
}

/// wrk's script, and the files of references it reads (kept until the run ends).
pub(crate) fn lua_script(desks: &[Desk]) -> anyhow::Result<(String, Vec<tempfile::NamedTempFile>)> {
    let mut files = Vec::new();
    let mut entries = Vec::new();
    for desk in desks {
        let tokens: Vec<String> = desk.tokens.iter().map(|token| format!("\"{token}\"")).collect();
        let references = crate::wrk::data_file(desk.http_people.iter().cloned())?;
        entries.push(format!(
            "{{ path = \"/t/{}/api/staff/doses\", refs = {}, facility = {}, vaccine = \"{}\", tokens = {{ {} }} }}",
            desk.tenant.code.to_lowercase(),
            crate::wrk::lua_lines(&references),
            desk.facility,
            desk.vaccine,
            tokens.join(", ")
        ));
        files.push(references);
    }
    let script = format!(
        r#"-- Each request is the first dose of a distinct registered person, round-robin over tenants and vaccinators.
local tenants = {{ {} }}
local threads = 0
function setup(thread) thread:set("tid", threads); threads = threads + 1 end
function init(args) n = 0; nthreads = tonumber(args[1]) end
function request()
  local t = tenants[(n % #tenants) + 1]
  local seq = math.floor(n / #tenants) * nthreads + tid
  n = n + 1
  local ref = t.refs[seq + 1]
  local token = t.tokens[(seq % #t.tokens) + 1]
  local body = '{{"idempotency_key":"bench-' .. ref .. '","beneficiary_reference_id":"' .. ref .. '","facility_id":' .. t.facility .. ',"vaccine":"' .. t.vaccine .. '","batch":"BENCH-1","dose":1}}'
  return wrk.format("POST", t.path, {{ ["content-type"] = "application/json", ["authorization"] = "Bearer " .. token }}, body)
end
"#,
        entries.join(",\n  ")
    );
    Ok((script, files))
}

/// The certificate issuer the server builds, over the benchmark's database.
async fn issuer(db: &DatabaseConnection) -> anyhow::Result<Arc<Issuer>> {
    let vault = cowin_tests::test_vault();
    let db = cowin_store::Databases::single(db.clone());
    let keys = KeyRing::load(db.clone(), Arc::new(vault.clone())).await?;
    let tenants = crate::bench_database::tenant_registry(&db).await?;
    Ok(Issuer::new(keys, tenants, vault, false))
}

/// PostgreSQL alone: the store calls the server makes for one dose, from `tasks` concurrent tasks.
async fn same_statements(db: &DatabaseConnection, desks: &Arc<Vec<Desk>>, tasks: usize, seconds: u64) -> (u64, Vec<Duration>) {
    // The same issuer as the server's: certificates signed and sealed in the group's transaction.
    let Ok(issuer) = issuer(db).await else {
        return (0, Vec::new());
    };
    let writer = GroupWriter::new(cowin_store::Databases::single(db.clone()), 256, issuer);
    let next = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let workers = (0..tasks).map(|_| {
        let (desks, next, writer) = (Arc::clone(desks), Arc::clone(&next), writer.clone());
        tokio::spawn(async move {
            let mut latencies = Vec::new();
            while Instant::now() < deadline {
                let n = next.fetch_add(1, Ordering::Relaxed);
                let desk = &desks[(n % desks.len() as u64) as usize];
                let Some(reference) = desk.baseline_people.get((n / desks.len() as u64) as usize) else {
                    break;
                };
                let reference = BeneficiaryRef::parse(reference);
                let started = Instant::now();
                if let Some(reference) = reference
                    && one_dose(&writer, desk, reference, (n % VACCINATORS_PER_TENANT as u64) as usize)
                        .await
                        .is_ok()
                {
                    latencies.push(started.elapsed());
                }
            }
            latencies
        })
    });
    let mut all = Vec::new();
    for worker in futures::future::join_all(workers).await {
        all.extend(worker.unwrap_or_default());
    }
    (all.len() as u64, all)
}

async fn one_dose(writer: &GroupWriter, desk: &Desk, reference: BeneficiaryRef, vaccinator: usize) -> anyhow::Result<()> {
    // As the server: the staff row comes from its short-lived cache, and the request joins the tenant's group.
    let request = DoseRequest {
        idempotency_key: format!("baseline-{reference}"),
        beneficiary: reference,
        dose: 1,
        vaccine: VaccineCode::parse(&desk.vaccine)?,
        given_on: chrono::Utc::now().date_naive(),
        facility: desk.facility,
        batch: "BENCH-1".to_owned(),
        vaccinator: desk.staff[vaccinator],
        scope: StaffScope::Facilities(vec![desk.facility]),
        catalogue: desk.tenant.catalogue.clone(),
    };
    match writer.write(desk.tenant.code, request).await? {
        DoseVerdict::Recorded { .. } => Ok(()),
        other => anyhow::bail!("dose not recorded: {other:?}"),
    }
}

/// PostgreSQL alone inserting doses 50 per statement (one transaction each), from `tasks` tasks.
async fn batched_inserts(db: &DatabaseConnection, desks: &Arc<Vec<Desk>>, first: u64, tasks: usize, seconds: u64) -> anyhow::Result<u64> {
    let next = Arc::new(AtomicU64::new(0));
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let workers = (0..tasks).map(|_| {
        let (db, desks, next) = (db.clone(), Arc::clone(desks), Arc::clone(&next));
        tokio::spawn(async move {
            let mut written = 0u64;
            while Instant::now() < deadline {
                let batch = next.fetch_add(1, Ordering::Relaxed);
                let desk = &desks[(batch % desks.len() as u64) as usize];
                let start = REFERENCE_BASE + first + (batch / desks.len() as u64) * 50;
                let sql = format!(
                    "INSERT INTO {}.doses (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch, vaccinator_id, idempotency_key) \
                     SELECT gen_random_uuid(), (n)::text, 1, '{}', current_date, {}, 'BENCH-1', '{}', 'batch-' || n FROM generate_series({start}, {}) n",
                    desk.tenant.code.schema(),
                    desk.vaccine,
                    desk.facility,
                    desk.staff[0],
                    start + 49
                );
                if db.execute_unprepared(&sql).await.is_ok() {
                    written += 50;
                }
            }
            written
        })
    });
    Ok(futures::future::join_all(workers)
        .await
        .into_iter()
        .map(|result| result.unwrap_or(0))
        .sum())
}

async fn count_doses(db: &DatabaseConnection, desks: &[Desk]) -> anyhow::Result<u64> {
    let mut total = 0;
    for desk in desks {
        total += count(db, &format!("SELECT count(*) AS n FROM {}.doses", desk.tenant.code.schema())).await?;
    }
    Ok(total)
}

/// Rows seeded by SQL for the batched-INSERT baseline, per tenant (36,000 doses/s for 10 s over four tenants).
const BATCHED_PEOPLE: u64 = 100_000;

/// A vaccine in force today for a person of 46, the age of the registered people.
pub(crate) fn adult_vaccine(tenant: &TenantRecord, today: chrono::NaiveDate) -> anyhow::Result<String> {
    Ok(tenant
        .config
        .vaccines
        .iter()
        .find(|v| {
            tenant
                .catalogue
                .rules(&v.code, today)
                .is_some_and(|rules| rules.min_age <= 40 && rules.max_age.is_none_or(|max| max >= 46))
        })
        .context("a vaccine for adults in force today")?
        .code
        .as_str()
        .to_owned())
}

/// Fails unless durable rows match acknowledged requests: no request failed; every acknowledged dose is durable (and
/// at most the requests in flight when wrk stopped beyond them); each dose has one certificate; each booked person
/// who was vaccinated has their appointment completed. Returns what was checked, with its counts.
async fn check_durable(
    db: &DatabaseConnection,
    desks: &[Desk],
    http: &crate::wrk::LoadResult,
    durable: u64,
    connections: u32,
) -> anyhow::Result<String> {
    anyhow::ensure!(http.failures == 0, "{} requests failed", http.failures);
    anyhow::ensure!(
        http.requests <= durable && durable <= http.requests + u64::from(connections),
        "{} doses acknowledged but {durable} durable",
        http.requests
    );
    let (mut uncertified, mut open, mut completed, mut notices) = (0, 0, 0, 0);
    for desk in desks {
        let schema = desk.tenant.code.schema();
        uncertified += count(db, &format!(
            "SELECT count(*) AS n FROM {schema}.doses d WHERE (SELECT count(*) FROM {schema}.certificates c WHERE c.dose_id = d.id) <> 1"
        ))
        .await?;
        open += count(db, &format!(
            "SELECT count(*) AS n FROM {schema}.doses d JOIN {schema}.appointments a ON a.beneficiary_id = d.beneficiary_id AND a.dose = d.dose \
             WHERE a.status <> 'completed'"
        ))
        .await?;
        completed += count(
            db,
            &format!("SELECT count(*) AS n FROM {schema}.appointments WHERE status = 'completed'"),
        )
        .await?;
        notices += count(db, &format!("SELECT count(*) AS n FROM {schema}.outbox")).await?;
    }
    anyhow::ensure!(uncertified == 0, "{uncertified} doses without exactly one certificate");
    anyhow::ensure!(open == 0, "{open} vaccinated people's appointments not completed");
    Ok(format!(
        "no request failed; {} acknowledged, {durable} durable (the rest were in flight when wrk stopped); each dose has one certificate; \
         {completed} appointments completed, none left open for a vaccinated person; {notices} certificate notices queued",
        http.requests
    ))
}

/// Runs the benchmark; returns its Markdown section.
pub(crate) async fn run(admin_url: &str, cowin_binary: &Path, seconds: u32, connections: u32) -> anyhow::Result<String> {
    let repo = std::env::current_dir()?;
    let locales = LocaleCatalogue::from_dir(&repo.join("locales"))?;
    let name = format!("cowin_bench_doses_{}", std::process::id());
    let admin = sea_orm::Database::connect(admin_url).await?;
    admin.execute_unprepared(&format!("DROP DATABASE IF EXISTS {name}")).await?;
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await?;
    // Server and database share this machine: TLS over loopback would only spend CPU on both sides (as a
    // deployment with its database on the same host or a private network would set it too).
    let database_url = format!(
        "{}/{name}?sslmode=disable",
        admin_url.rsplit_once('/').map_or(admin_url, |(server, _)| server)
    );
    let db = connect(
        &database_url,
        &DatabaseOptions {
            max_connections: 32,
            min_connections: 4,
            acquire_timeout: Duration::from_secs(30),
        },
    )
    .await?;
    let context = crate::report::run_context(&db).await?;
    migrate_platform(&db).await?;
    for code in COUNTRIES {
        let config = load_dir(&repo.join("tenant-config").join(code), &locales).map_err(|invalid| anyhow::anyhow!("{invalid}"))?;
        crate::bench_database::onboard(&db, &config).await?;
    }
    // Registered people for 6,000 doses/s over the HTTP run and the same-statements baseline; the batched-INSERT
    // baseline (no certificates, so no identity) writes doses of rows seeded by SQL alone.
    let baseline_seconds = u64::from(seconds).min(30);
    let http_people = u64::from(seconds) * 6_000 / COUNTRIES.len() as u64;
    let baseline_people = baseline_seconds * 6_000 / COUNTRIES.len() as u64;
    let mut records = tenants::list(&db).await?;
    for tenant in &records {
        seed_beneficiaries(&db, tenant, BATCHED_PEOPLE).await?;
    }

    let today = chrono::Utc::now().date_naive();
    let mut registered = Vec::new();
    let mut with_email = 0;
    for tenant in &records {
        let (facility, vaccine) = (tenant.config.facilities[0].id, adult_vaccine(tenant, today)?);
        let mut people = register(
            cowin_binary,
            &db,
            &database_url,
            tenant,
            (facility, &vaccine),
            0..http_people + baseline_people,
        )
        .await?;
        with_email += people.with_email;
        let baseline = people.references.split_off(usize::try_from(http_people)?);
        registered.push((people.references, baseline, people.booked));
    }
    let booked: usize = registered.iter().map(|(_, _, booked)| booked).sum();
    // Measured in the steady state a running country is in, not while autovacuum catches up with the seeding and
    // the checkpointer writes it out.
    for tenant in &records {
        let schema = tenant.code.schema();
        db.execute_unprepared(&format!(
            "VACUUM (ANALYZE) {schema}.accounts, {schema}.beneficiaries, {schema}.appointments, {schema}.sessions"
        ))
        .await?;
    }
    db.execute_unprepared("CHECKPOINT").await?;

    let server = serve(cowin_binary, &database_url, &[]).await?;
    let base = server.base.clone();
    let mut desks = Vec::new();
    for (tenant, (http_people, baseline_people, _)) in records.drain(..).zip(registered) {
        let (facility, vaccine) = (tenant.config.facilities[0].id, adult_vaccine(&tenant, today)?);
        let (tokens, staff) = vaccinators(&base, &db, &tenant, facility, "vaccinator").await?;
        desks.push(Desk {
            tenant,
            facility,
            vaccine,
            tokens,
            staff,
            http_people,
            baseline_people,
        });
    }
    let script = tempfile::NamedTempFile::new()?;
    let (lua, _references) = lua_script(&desks)?;
    std::fs::write(script.path(), lua)?;

    let started = Instant::now();
    let http = crate::wrk::run_script(&base, connections, seconds, script.path(), &["2"])?;
    let elapsed = started.elapsed();
    drop(server);
    let durable = count_doses(&db, &desks).await?;
    let checks = check_durable(&db, &desks, &http, durable, connections).await?;

    let desks = Arc::new(desks);
    let (plain_count, mut plain_latencies) =
        same_statements(&db, &desks, usize::try_from(connections).unwrap_or(64).min(32), baseline_seconds).await;
    let batched = batched_inserts(&db, &desks, 1, 8, baseline_seconds.min(10)).await?;
    db.close().await?;
    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
        .await?;

    let durable_rate = durable as f64 / elapsed.as_secs_f64();
    let plain_rate = plain_count as f64 / baseline_seconds as f64;
    let batched_rate = batched as f64 / baseline_seconds.min(10) as f64;
    let met = durable_rate >= 3_200.0 && http.p99_ms <= 50.0;
    let mut section = String::new();
    writeln!(section, "## Recording doses under load")?;
    writeln!(section)?;
    writeln!(
        section,
        "{context} Server, PostgreSQL (reached over loopback without TLS, `sslmode=disable`) and wrk on this machine. `cowin serve` release build, default settings. \
         Four tenants (IN, BR, EG, UZ), {VACCINATORS_PER_TENANT} vaccinators each; every request is the first dose of a distinct person \
         (`POST /api/staff/doses`, acknowledged after commit). The people were registered with `cowin beneficiaries import` (ID numbers, mobiles \
         and e-mail addresses checked, hashed and sealed; two to an account; an e-mail address for everyone in Brazil, which signs citizens in by \
         e-mail, and for one in four elsewhere: {with_email} of them), and every other account booked into today's session through the booking \
         use case ({booked} people), so each dose is certified with the ID number masked on it, completes an appointment for half of them, and \
         queues an e-mail notice for those with an address. Each dose is signed in one format in its transaction (the country's first: the \
         credential CoWIN issued, else the EU DCC); the other three when first asked for. wrk: 2 threads, {connections} connections, {seconds} s.",
    )?;
    crate::report::table_head(
        &mut section,
        "`cowin-bench doses --cowin target/release/cowin` (part of `make bench`).",
        &["what", "result"],
    )?;
    writeln!(
        section,
        "| the server over HTTP | {durable} doses durable in {} = **{durable_rate:.0} doses/s**; {} — {} (target: ≥ 3,200 doses/s for 60 s, p99 ≤ 50 ms) |",
        millis(elapsed),
        http.describe(),
        crate::report::verdict(met)
    )?;
    writeln!(section, "| checked after the run | {checks} |")?;
    writeln!(
        section,
        "| PostgreSQL alone, the server's statements without HTTP (the same group writer and certificate issuer: per group one read, the certificates signed, one write), 32 tasks | {plain_rate:.0} doses/s; {} |",
        summary(&mut plain_latencies)
    )?;
    writeln!(
        section,
        "| PostgreSQL alone, 50 doses per INSERT, 8 tasks | {batched_rate:.0} doses/s |"
    )?;
    writeln!(
        section,
        "| the server's share of the same-statements figure | {:.0}% |",
        100.0 * durable_rate / plain_rate.max(1.0)
    )?;
    print!("{section}");
    Ok(section)
}
