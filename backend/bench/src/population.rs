//! The data-scale tenant: India holding `people` beneficiaries, two to an account, each with two past doses and a
//! certificate row per dose, written with `COPY` rather than the API so that ten million people take minutes.
//!
//! The rows are what the application itself writes: mobiles and ID numbers checked by the tenant's own rules
//! (`parse_mobile`, `Registration::validate`), hashed and sealed with the tenant's keys (`ValidRegistration::sealed`),
//! references spread over the whole 14-digit space as random ones are. Two things are smaller than life, and the
//! benchmark says so: a certificate row's payload is a sealed placeholder of 66 bytes (a signed record is 3–4 kB,
//! 70 GB for twenty million: more than this machine's disk), so the probes never read a generated person's
//! certificate; and the dose tallies the reports read are not filled (the reports benchmark measures those at
//! national size).
//!
//! As `pg_restore` does, the four tables are loaded bare and their keys built afterwards (`Keys`): each index in one
//! sort, each foreign key checked over all rows at once; the keys put back are compared with those set aside.
//!
//! The database (`cowin_scale_bench`) is kept between runs: building it is the slow part, and what it holds is
//! written on it as a comment. It is rebuilt when asked to or when it holds fewer generated people than asked for.

use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{Days, NaiveDate};
use cowin_app::family::registration::Registration;
use cowin_core::{BeneficiaryRef, LocaleTag};
use cowin_migrations::migrate_platform;
use cowin_privacy::{Field, TenantVault};
use cowin_store::tenants::{self, TenantRecord};
use cowin_store::{DatabaseConnection, DatabaseOptions, connect};
use futures::{StreamExt as _, TryStreamExt as _};
use sea_orm::sqlx::postgres::PgPool;
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;
use tokio::sync::mpsc;
use uuid::Uuid;

/// The kept database.
/// (`make test` drops every `cowin_bench_*` database, which a failed benchmark can leave behind: this one is meant to stay.)
pub(crate) const DATABASE: &str = "cowin_scale_bench";
/// People generated per chunk (each chunk is four buffers, one per table, of about 4 MB each).
const CHUNK: u64 = 25_000;
/// The first generated ID number: the benchmarks' own people (`registered_people::identity`) start at
/// 200,000,000,000, so generated and registered people never share a number.
const FIRST_NUMBER: u64 = 300_000_000_000;
/// References are `10^13 + n × STRIDE mod 9 × 10^13`: distinct for every n (the stride shares no factor with
/// 9 × 10^13, whose only prime factors are 2, 3 and 5) and spread over the space as random references are.
const STRIDE: u128 = 1_000_000_000_039;
const REFERENCE_SPACE: u128 = 90_000_000_000_000;
/// Days between the two doses.
const INTERVAL_DAYS: u64 = 84;

/// The data-scale tenant, built or found.
pub(crate) struct Population {
    pub(crate) db: DatabaseConnection,
    pub(crate) url: String,
    pub(crate) tenant: TenantRecord,
    /// Generated people (the benchmark's runs add their own beside them).
    pub(crate) people: u64,
    /// How long building it took, and whether this run built it.
    pub(crate) built_in: Duration,
    pub(crate) built_now: bool,
    /// Table and index sizes, as PostgreSQL reports them.
    pub(crate) sizes: String,
}

/// What the kept database says it holds.
#[derive(Debug, serde::Deserialize)]
struct Built {
    people: u64,
    seconds: f64,
}

/// The generated person `n`: their mobile (shared with `n ± 1`), ID document type and number.
pub(crate) fn generated_identity(n: u64) -> (String, i32, String) {
    (format!("8{:09}", n / 2), 1, format!("{}", FIRST_NUMBER + n))
}

/// The generated person `n`'s account: spread over the key space as random account ids are, yet the same for
/// both people of an account.
pub(crate) fn generated_account(n: u64) -> Uuid {
    Uuid::new_v5(&Uuid::NAMESPACE_OID, &(n / 2).to_le_bytes())
}

/// The generated person `n`'s reference.
fn reference_of(n: u64) -> String {
    let spread = (u128::from(n) * STRIDE) % REFERENCE_SPACE;
    format!("{}", 10_000_000_000_000u128 + spread)
}

/// The data-scale tenant with at least `people` generated people: the kept one, or built now.
pub(crate) async fn ensure(admin_url: &str, people: u64, rebuild: bool) -> anyhow::Result<Population> {
    let admin = sea_orm::Database::connect(admin_url).await?;
    let server_url = admin_url.rsplit_once('/').map_or(admin_url, |(server, _)| server);
    let url = format!("{server_url}/{DATABASE}?sslmode=disable");
    let kept = built(&admin).await?;
    let reuse = !rebuild && kept.as_ref().is_some_and(|built| built.people >= people);
    let options = DatabaseOptions {
        max_connections: 8,
        min_connections: 1,
        acquire_timeout: Duration::from_secs(60),
    };
    if reuse {
        let db = connect(&url, &options).await?;
        // Migrations are idempotent: a kept database follows the schema of the code measured.
        migrate_platform(&db).await?;
        let tenant = tenants::list(&db).await?.into_iter().next().context("the scale tenant")?;
        let built = kept.context("a kept database")?;
        let sizes = sizes(&db, &tenant).await?;
        return Ok(Population {
            db,
            url,
            tenant,
            people: built.people,
            built_in: Duration::from_secs_f64(built.seconds),
            built_now: false,
            sizes,
        });
    }

    admin
        .execute_unprepared(&format!("DROP DATABASE IF EXISTS {DATABASE} WITH (FORCE)"))
        .await?;
    admin.execute_unprepared(&format!("CREATE DATABASE {DATABASE}")).await?;
    let started = Instant::now();
    let db = connect(&url, &options).await?;
    migrate_platform(&db).await?;
    crate::bench_database::onboard(&db, &cowin_tests::demo_config("IN")).await?;
    let tenant = tenants::list(&db).await?.into_iter().next().context("India")?;
    let schema = tenant.code.schema();
    let tables = ["accounts", "beneficiaries", "doses", "certificates"].map(|table| format!("{schema}.{table}"));
    let keys = Keys::set_aside(&db, &tables).await?;
    generate(&db, &tenant, people).await?;
    keys.restore(&db).await?;
    anyhow::ensure!(
        Keys::read(&db, &tables).await? == keys,
        "the constraints and indexes put back differ from those set aside"
    );
    let stored = crate::bench_database::count(&db, &format!("SELECT count(*) FROM {schema}.beneficiaries")).await?;
    anyhow::ensure!(stored == people, "{stored} beneficiaries stored of {people}");
    println!("vacuuming and analysing");
    db.execute_unprepared(&format!(
        "VACUUM (ANALYZE) {schema}.accounts, {schema}.beneficiaries, {schema}.doses, {schema}.certificates"
    ))
    .await?;
    db.execute_unprepared("CHECKPOINT").await?;
    let seconds = started.elapsed().as_secs_f64();
    let note = json!({ "people": people, "seconds": seconds }).to_string();
    admin
        .execute_unprepared(&format!("COMMENT ON DATABASE {DATABASE} IS '{note}'"))
        .await?;
    let sizes = sizes(&db, &tenant).await?;
    Ok(Population {
        db,
        url,
        tenant,
        people,
        built_in: started.elapsed(),
        built_now: true,
        sizes,
    })
}

/// What the kept database's comment says it holds, if it exists.
async fn built(admin: &DatabaseConnection) -> anyhow::Result<Option<Built>> {
    let row = admin
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            format!("SELECT shobj_description(oid, 'pg_database') AS note FROM pg_database WHERE datname = '{DATABASE}'"),
        ))
        .await?;
    let note: Option<String> = match row {
        Some(row) => row.try_get("", "note")?,
        None => None,
    };
    Ok(note.and_then(|note| serde_json::from_str(&note).ok()))
}

/// The four tables' rows of one chunk of people, in `COPY`'s text format.
#[derive(Default)]
struct Chunk {
    accounts: Vec<u8>,
    beneficiaries: Vec<u8>,
    doses: Vec<u8>,
    certificates: Vec<u8>,
}

/// What every row of a chunk draws on.
struct Recipe {
    tenant: TenantRecord,
    keys: TenantVault,
    english: LocaleTag,
    vaccine: String,
    facilities: Vec<i64>,
    genders: Vec<i32>,
    first_day: NaiveDate,
}

/// Bytes as `COPY` reads a bytea: `\\x` and hex.
fn bytea(out: &mut Vec<u8>, bytes: &[u8]) {
    out.extend_from_slice(b"\\\\x");
    out.extend_from_slice(hex::encode(bytes).as_bytes());
}

impl Recipe {
    /// People `range`: their accounts (one per even `n`), beneficiaries, two doses each and a certificate per dose.
    fn chunk(&self, range: std::ops::Range<u64>) -> anyhow::Result<Chunk> {
        use std::io::Write as _;
        let mut chunk = Chunk::default();
        let placeholder = self.keys.seal_bytes(Field::Certificate, b"generated for the data-scale benchmark");
        for n in range {
            let (mobile, document, number) = generated_identity(n);
            let account = generated_account(n);
            if n % 2 == 0 {
                let mobile = self.tenant.config.parse_mobile(&mobile).context("a valid mobile")?;
                write!(chunk.accounts, "{account}\t")?;
                bytea(&mut chunk.accounts, &self.keys.hash(Field::Mobile, mobile.as_str()));
                chunk.accounts.push(b'\t');
                bytea(&mut chunk.accounts, &self.keys.seal(Field::Mobile, mobile.as_str()));
                chunk.accounts.push(b'\n');
            }
            let reference = reference_of(n);
            let registration = Registration {
                name: format!("Scale Person {n}"),
                birth_year: 1940 + (n % 66) as i16,
                gender_id: self.genders[(n % self.genders.len() as u64) as usize],
                photo_id_type: document,
                photo_id_number: number,
                comorbidity: None,
                consent_version: None,
            };
            let person = registration
                .validate(&self.tenant, &self.english)
                .map_err(|error| anyhow::anyhow!("person {n}: {error}"))?
                .sealed(&self.keys, BeneficiaryRef::parse(&reference).context("a reference")?, account);
            write!(
                chunk.beneficiaries,
                "{reference}\t{account}\t{}\t{}\t{}\t{}\t",
                person.name, person.birth_year, person.gender_id, person.id_type
            )?;
            bytea(&mut chunk.beneficiaries, &person.id_hash);
            chunk.beneficiaries.push(b'\t');
            bytea(&mut chunk.beneficiaries, &person.id_sealed);
            chunk.beneficiaries.push(b'\n');
            let first = self.first_day + Days::new(n % 300);
            let facility = self.facilities[(n % self.facilities.len() as u64) as usize];
            for (dose, given_on) in [(1, first), (2, first + Days::new(INTERVAL_DAYS))] {
                // Time-ordered ids of the day the dose was given, as the application makes them (`row_ids`).
                let seconds = u64::try_from(given_on.and_hms_opt(12, 0, 0).context("noon")?.and_utc().timestamp())?;
                let day = uuid::Timestamp::from_unix(uuid::NoContext, seconds, 0);
                let (dose_id, certificate) = (Uuid::new_v7(day), Uuid::new_v7(day));
                writeln!(
                    chunk.doses,
                    "{dose_id}\t{reference}\t{dose}\t{}\t{given_on}\t{facility}\tSCALE-{}",
                    self.vaccine,
                    n % 1000
                )?;
                write!(
                    chunk.certificates,
                    "{certificate}\t{dose_id}\t{reference}\t{given_on} 12:00:00+00\t"
                )?;
                bytea(&mut chunk.certificates, &placeholder);
                chunk.certificates.push(b'\n');
            }
        }
        Ok(chunk)
    }
}

/// One table's `COPY`, fed by a channel of buffers.
fn copy_task(pool: PgPool, statement: String, mut buffers: mpsc::Receiver<Vec<u8>>) -> tokio::task::JoinHandle<anyhow::Result<u64>> {
    tokio::spawn(async move {
        let mut connection = pool.acquire().await?;
        let mut copy = connection.copy_in_raw(&statement).await?;
        while let Some(buffer) = buffers.recv().await {
            copy.send(buffer).await?;
        }
        Ok(copy.finish().await?)
    })
}

/// Writes `people` people into `tenant`'s bare tables with four concurrent `COPY`s, two chunks generated at a time.
async fn generate(db: &DatabaseConnection, tenant: &TenantRecord, people: u64) -> anyhow::Result<()> {
    let today = tenant.config.today();
    let recipe = std::sync::Arc::new(Recipe {
        tenant: tenant.clone(),
        keys: cowin_tests::test_vault().tenant(tenant.code),
        english: LocaleTag::english(),
        vaccine: crate::doses::adult_vaccine(tenant, today)?,
        facilities: tenant.config.facilities.iter().map(|facility| facility.id).collect(),
        genders: tenant.config.genders.iter().map(|gender| gender.id).collect(),
        first_day: today - Days::new(700),
    });
    let schema = tenant.code.schema();
    let pool = db.get_postgres_connection_pool().clone();
    let statements = [
        format!("COPY {schema}.accounts (id, mobile_hash, mobile_encrypted) FROM STDIN"),
        format!(
            "COPY {schema}.beneficiaries (reference_id, account_id, name, birth_year, gender_id, id_document_type, id_number_hash, id_number_encrypted) FROM STDIN"
        ),
        format!("COPY {schema}.doses (id, beneficiary_id, dose, vaccine_code, given_on, facility_id, batch) FROM STDIN"),
        format!("COPY {schema}.certificates (id, dose_id, beneficiary_id, issued_at, payload) FROM STDIN"),
    ];
    let mut senders = Vec::new();
    let mut copies = Vec::new();
    for statement in statements {
        let (sender, receiver) = mpsc::channel(2);
        senders.push(sender);
        copies.push(copy_task(pool.clone(), statement, receiver));
    }
    let started = Instant::now();
    let chunks = (0..people).step_by(CHUNK as usize).map(|from| {
        let recipe = std::sync::Arc::clone(&recipe);
        async move {
            tokio::task::spawn_blocking(move || recipe.chunk(from..(from + CHUNK).min(people)))
                .await
                .context("a chunk")?
        }
    });
    let mut written = 0u64;
    let mut chunks = futures::stream::iter(chunks).buffered(2);
    while let Some(chunk) = chunks.try_next().await? {
        let Chunk {
            accounts,
            beneficiaries,
            doses,
            certificates,
        } = chunk;
        for (sender, buffer) in senders.iter().zip([accounts, beneficiaries, doses, certificates]) {
            sender.send(buffer).await.context("a COPY ended early")?;
        }
        written = (written + CHUNK).min(people);
        if written.is_multiple_of(20 * CHUNK) || written == people {
            let rate = written as f64 / started.elapsed().as_secs_f64();
            println!("{written} of {people} people written ({rate:.0} people/s)");
        }
    }
    drop(senders);
    for copy in copies {
        copy.await??;
    }
    Ok(())
}

/// The keys of the loaded tables (primary keys, unique constraints, foreign keys from and to them, other indexes),
/// as the statements that create them. A bulk load is many times faster into bare tables, with each index then
/// built in one sort, as `pg_restore` does; adding the foreign keys back checks every row's parent in one pass.
#[derive(Debug, PartialEq, Eq)]
struct Keys {
    /// `(table, name, definition)` of the primary keys and unique constraints, then of the foreign keys.
    unique: Vec<(String, String, String)>,
    foreign: Vec<(String, String, String)>,
    /// `(name, CREATE INDEX ...)` of the indexes that back no constraint.
    indexes: Vec<(String, String)>,
}

impl Keys {
    async fn read(db: &DatabaseConnection, tables: &[String]) -> anyhow::Result<Self> {
        let tables = format!(
            "ARRAY[{}]::regclass[]",
            tables.iter().map(|table| format!("'{table}'")).collect::<Vec<_>>().join(", ")
        );
        let constraints = db
            .query_all_raw(Statement::from_string(
                DbBackend::Postgres,
                format!(
                    "SELECT conrelid::regclass::text AS owner, conname::text AS name, contype::text AS kind, pg_get_constraintdef(oid) AS definition \
                     FROM pg_constraint WHERE contype IN ('p', 'u', 'f') AND (conrelid = ANY({tables}) OR confrelid = ANY({tables})) \
                     ORDER BY owner, name"
                ),
            ))
            .await?;
        let (mut unique, mut foreign) = (Vec::new(), Vec::new());
        for row in constraints {
            let kind: String = row.try_get("", "kind")?;
            let entry = (row.try_get("", "owner")?, row.try_get("", "name")?, row.try_get("", "definition")?);
            if kind == "f" { foreign.push(entry) } else { unique.push(entry) }
        }
        let indexes = db
            .query_all_raw(Statement::from_string(
                DbBackend::Postgres,
                format!(
                    "SELECT indexrelid::regclass::text AS name, pg_get_indexdef(indexrelid) AS definition FROM pg_index i \
                     WHERE indrelid = ANY({tables}) AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conindid = i.indexrelid AND c.contype IN ('p', 'u')) \
                     ORDER BY name"
                ),
            ))
            .await?
            .into_iter()
            .map(|row| Ok((row.try_get("", "name")?, row.try_get("", "definition")?)))
            .collect::<anyhow::Result<_>>()?;
        Ok(Self { unique, foreign, indexes })
    }

    /// Reads the keys of `tables` and drops them.
    async fn set_aside(db: &DatabaseConnection, tables: &[String]) -> anyhow::Result<Self> {
        let keys = Self::read(db, tables).await?;
        let mut sql = String::new();
        for (owner, name, _) in keys.foreign.iter().chain(&keys.unique) {
            sql.push_str(&format!("ALTER TABLE {owner} DROP CONSTRAINT \"{name}\";\n"));
        }
        for (name, _) in &keys.indexes {
            sql.push_str(&format!("DROP INDEX {name};\n"));
        }
        db.execute_unprepared(&sql).await?;
        Ok(keys)
    }

    /// Builds them again: the unique ones first, as the foreign keys need them.
    async fn restore(&self, db: &DatabaseConnection) -> anyhow::Result<()> {
        let started = Instant::now();
        // One connection for all, with room to sort an index of twenty million rows in memory.
        let mut sql = String::from("SET maintenance_work_mem = '1GB';\n");
        for (owner, name, definition) in &self.unique {
            sql.push_str(&format!("ALTER TABLE {owner} ADD CONSTRAINT \"{name}\" {definition};\n"));
        }
        for (_, definition) in &self.indexes {
            sql.push_str(&format!("{definition};\n"));
        }
        for (owner, name, definition) in &self.foreign {
            sql.push_str(&format!("ALTER TABLE {owner} ADD CONSTRAINT \"{name}\" {definition};\n"));
        }
        sql.push_str("RESET maintenance_work_mem;");
        db.execute_unprepared(&sql).await?;
        println!("keys built in {:.0} s", started.elapsed().as_secs_f64());
        Ok(())
    }
}

/// The tenant's four big tables: rows, heap and index sizes.
async fn sizes(db: &DatabaseConnection, tenant: &TenantRecord) -> anyhow::Result<String> {
    let schema = tenant.code.schema();
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            format!(
                "SELECT c.relname AS name, c.reltuples::bigint AS estimate, pg_size_pretty(pg_table_size(c.oid)) AS heap, \
                 pg_size_pretty(pg_indexes_size(c.oid)) AS indexes FROM pg_class c JOIN pg_namespace s ON s.oid = c.relnamespace \
                 WHERE s.nspname = '{schema}' AND c.relname IN ('accounts', 'beneficiaries', 'doses', 'certificates') ORDER BY c.relname"
            ),
        ))
        .await?;
    let mut parts = Vec::new();
    for row in rows {
        let name: String = row.try_get("", "name")?;
        let estimate: i64 = row.try_get("", "estimate")?;
        let heap: String = row.try_get("", "heap")?;
        let indexes: String = row.try_get("", "indexes")?;
        parts.push(format!("{name} ~{estimate} rows ({heap} + {indexes} of indexes)"));
    }
    Ok(parts.join(", "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn generated_references_are_distinct_valid_and_spread_over_the_space() {
        let references: std::collections::HashSet<String> = (0..200_000).map(reference_of).collect();
        assert_eq!(references.len(), 200_000);
        assert!(references.iter().all(|reference| BeneficiaryRef::parse(reference).is_some()));
        // Consecutive people land far apart, as random references do, not in one corner of the index.
        let first_digits: std::collections::HashSet<char> = (0..100).filter_map(|n| reference_of(n).chars().next()).collect();
        assert_eq!(first_digits.len(), 9, "{first_digits:?}");
    }

    #[test]
    fn two_generated_people_share_each_account_and_mobile_and_no_one_shares_a_number() {
        assert_eq!(generated_account(10), generated_account(11));
        assert_ne!(generated_account(11), generated_account(12));
        assert_eq!(generated_identity(10).0, generated_identity(11).0);
        assert_ne!(generated_identity(10).2, generated_identity(11).2);
        // Never a number the benchmarks' registered people have (they start at 200,000,000,000).
        let (_, _, number) = generated_identity(0);
        assert!(number.starts_with('3') && number.len() == 12, "{number}");
    }
}
