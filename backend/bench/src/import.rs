//! Bulk load: a country moving its registry in with `cowin beneficiaries import` (the release binary, as an operator
//! runs it), beside PostgreSQL's `COPY` of the same file into a table of the same columns (the baseline in the same
//! run: the same rows taken with no checks, no sealing, no certificates and no index). The file is India's: one line
//! per dose, two past doses per person, two people per mobile number, one person in four with an e-mail address
//! (their certificates queue a notice). Every person and dose must be durable afterwards, each dose with one
//! certificate, or the run fails; a second run of the same file must change nothing.

use std::fmt::Write as _;
use std::io::Write as _;
use std::path::Path;
use std::process::Command;
use std::time::{Duration, Instant};

use anyhow::Context;
use chrono::{Days, NaiveDate};
use cowin_tests::licences::TEST_DEPLOYMENT;
use sea_orm::ConnectionTrait;

use crate::bench_database::{BenchDatabase, count};
use crate::report::run_context;

/// The target: at least this share of `COPY`'s rate.
const TARGET_SHARE: f64 = 0.5;

/// Writes the registry of `people` people to `file`; its data lines.
fn write_registry(file: &Path, people: u64) -> anyhow::Result<u64> {
    let mut out = std::io::BufWriter::new(std::fs::File::create(file)?);
    writeln!(
        out,
        "mobile,email,name,birth_year,gender_id,photo_id_type,photo_id_number,vaccine,dose,given_on,batch,facility_id"
    )?;
    let start = NaiveDate::from_ymd_opt(2021, 5, 1).context("a date")?;
    for person in 0..people {
        let mobile = 9_000_000_000 + person / 2;
        let email = if person % 4 == 0 {
            format!("person{person}@example.org")
        } else {
            String::new()
        };
        let aadhaar = 200_000_000_000 + person;
        let first = start + Days::new(person % 120);
        let second = first + Days::new(84);
        let facility = 1001 + person % 10;
        for (dose, day) in [(1, first), (2, second)] {
            writeln!(
                out,
                "{mobile},{email},Person {person},{},{},1,{aadhaar},COVISHIELD,{dose},{day},4121Z{:03},{facility}",
                1950 + person % 50,
                1 + person % 2,
                person % 997
            )?;
        }
    }
    out.flush()?;
    Ok(people * 2)
}

/// Runs the import of `file` into `tenant`; its wall time and what it printed last.
pub(crate) fn run_import(cowin: &Path, url: &str, tenant: &str, file: &Path, objects: &Path) -> anyhow::Result<(Duration, String)> {
    let started = Instant::now();
    let output = Command::new(cowin)
        .args(["beneficiaries", "import", "--tenant", tenant])
        .arg(file)
        .env("COWIN_DATABASE__URL", url)
        .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
        .env("COWIN_LICENCE__DEPLOYMENT_ID", TEST_DEPLOYMENT)
        .env("COWIN_OBJECTS__LOCAL_DIR", objects)
        .output()
        .with_context(|| format!("cannot run {}", cowin.display()))?;
    let elapsed = started.elapsed();
    let said = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    if !output.status.success() {
        anyhow::bail!("the import failed: {said}\n{}", String::from_utf8_lossy(&output.stderr));
    }
    Ok((elapsed, said.lines().last().unwrap_or_default().to_owned()))
}

/// Measures, checks and returns the section.
pub(crate) async fn run(admin_url: &str, cowin: &Path, people: u64) -> anyhow::Result<String> {
    let config = cowin_tests::demo_config("IN");
    let bench = BenchDatabase::create(admin_url, "import", &config, 0).await?;
    let folder = tempfile::tempdir()?;
    let file = folder.path().join("registry.csv");
    let lines = write_registry(&file, people)?;
    let bytes = std::fs::metadata(&file)?.len();
    let context = run_context(&bench.db).await?;

    // The baseline: the same lines, COPY'd by psql from the same file into a table of the file's columns.
    bench
        .db
        .execute_unprepared(
            "CREATE TABLE public.registry_copy (mobile text, email text, name text, birth_year smallint, gender_id int, \
             photo_id_type int, photo_id_number text, vaccine text, dose smallint, given_on date, batch text, facility_id bigint)",
        )
        .await?;
    let started = Instant::now();
    let copied = Command::new("psql")
        .arg(&bench.url)
        .args(["-XqAt", "-v", "ON_ERROR_STOP=1", "-c"])
        .arg(format!(
            "\\copy public.registry_copy FROM '{}' WITH (FORMAT csv, HEADER)",
            file.display()
        ))
        .output()
        .context("psql runs")?;
    let copy_time = started.elapsed();
    anyhow::ensure!(copied.status.success(), "COPY failed: {}", String::from_utf8_lossy(&copied.stderr));
    anyhow::ensure!(
        count(&bench.db, "SELECT count(*) FROM public.registry_copy").await? == lines,
        "COPY did not keep every line"
    );
    bench.db.execute_unprepared("DROP TABLE public.registry_copy").await?;

    let objects = folder.path().join("objects");
    let (import_time, import_said) = run_import(cowin, &bench.url, "IN", &file, &objects)?;
    // Durable rows must be what the import said it wrote.
    let stored_people = count(&bench.db, "SELECT count(*) FROM tenant_in.beneficiaries").await?;
    let stored_doses = count(&bench.db, "SELECT count(*) FROM tenant_in.doses").await?;
    let certified = count(
        &bench.db,
        "SELECT count(DISTINCT d.id) FROM tenant_in.doses d JOIN tenant_in.certificates c ON c.dose_id = d.id",
    )
    .await?;
    let notices = count(&bench.db, "SELECT count(*) FROM tenant_in.outbox").await?;
    anyhow::ensure!(
        stored_people == people && stored_doses == lines && certified == stored_doses,
        "durable rows differ from the file: {stored_people} people, {stored_doses} doses, {certified} certified"
    );
    let (again_time, again_said) = run_import(cowin, &bench.url, "IN", &file, &objects)?;
    anyhow::ensure!(
        again_said.contains("0 people registered, 0 doses recorded"),
        "a second run changed something: {again_said}"
    );
    anyhow::ensure!(
        count(&bench.db, "SELECT count(*) FROM tenant_in.certificates").await? == certified,
        "a second run issued certificates"
    );
    bench.drop_database().await?;

    let rate = |time: Duration| lines as f64 / time.as_secs_f64();
    let share = rate(import_time) / rate(copy_time);
    let met = share >= TARGET_SHARE;
    let mut section = String::new();
    writeln!(section, "## Bulk load of a registry (`cowin beneficiaries import`)")?;
    writeln!(section)?;
    writeln!(section, "{context}")?;
    writeln!(
        section,
        "File: India, {people} people with two past doses each = {lines} lines ({:.1} MB), two people per mobile number, one in four with an e-mail address; \
         every line checked (mobile, e-mail, name, year of birth, gender, Aadhaar number, vaccine rules in force on the day, dose order, facility), \
         ID numbers, mobiles and e-mails hashed and sealed, each dose certified (one format signed, sealed) and tallied, an e-mail notice queued for those with an address ({notices} queued).",
        bytes as f64 / 1e6
    )?;
    crate::report::table_head(
        &mut section,
        &format!("`cowin-bench import --cowin target/release/cowin --people {people}` (part of `make bench`)."),
        &["what", "result", "baseline in the same run"],
    )?;
    writeln!(
        section,
        "| `cowin beneficiaries import` (release build) | {lines} lines in {:.1} s = **{:.0} lines/s**: {:.1}% of `COPY` — {} (target ≥ {:.0}%) | `COPY` of the same file into a table of its columns (psql `\\copy`): {:.2} s = {:.0} lines/s |",
        import_time.as_secs_f64(),
        rate(import_time),
        100.0 * share,
        crate::report::verdict(met),
        100.0 * TARGET_SHARE,
        copy_time.as_secs_f64(),
        rate(copy_time)
    )?;
    writeln!(
        section,
        "| the same file again (every line found unchanged) | {:.1} s = {:.0} lines/s | |",
        again_time.as_secs_f64(),
        rate(again_time)
    )?;
    writeln!(section)?;
    writeln!(section, "The import said: `{import_said}`")?;
    print!("{section}");
    Ok(section)
}
