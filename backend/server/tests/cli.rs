//! The `cowin` binary as an operator runs it: help, exit codes, one line per tenant.

#![allow(clippy::unwrap_used, clippy::expect_used, reason = "tests fail loudly")]

use std::process::{Command, Output};

use cowin_tests::{demo_config, fresh_database, onboard, repo_root};
use sea_orm::ConnectionTrait;

fn cowin(args: &[&str], database_url: Option<&str>) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_cowin"));
    command.args(args).current_dir(repo_root());
    if let Some(url) = database_url {
        command.env("COWIN_DATABASE__URL", url);
    }
    command.output().expect("the cowin binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

#[test]
fn every_subcommand_has_help() {
    for args in [
        vec!["--help"],
        vec!["serve", "--help"],
        vec!["migrate", "--help"],
        vec!["tenant", "--help"],
        vec!["tenant", "check", "--help"],
        vec!["tenant", "apply", "--help"],
        vec!["tenant", "list", "--help"],
        vec!["tenant", "suspend", "--help"],
        vec!["tenant", "resume", "--help"],
        vec!["demo", "seed", "--help"],
        vec!["staff", "invite", "--help"],
        vec!["facilities", "import", "--help"],
    ] {
        let output = cowin(&args, None);
        assert!(output.status.success(), "{args:?}");
        assert!(text(&output.stdout).contains("Usage: cowin"), "{args:?}: {}", text(&output.stdout));
    }
}

#[test]
fn tenant_check_passes_the_demo_countries_and_fails_a_broken_one() {
    let output = cowin(
        &[
            "tenant",
            "check",
            "tenant-config/IN",
            "tenant-config/BR",
            "tenant-config/EG",
            "tenant-config/UZ",
        ],
        None,
    );
    assert!(output.status.success(), "{}", text(&output.stderr));
    assert_eq!(text(&output.stdout).lines().filter(|line| line.ends_with(": ok")).count(), 4);

    let broken = tempfile::tempdir().unwrap();
    let dir = broken.path().join("EG");
    std::fs::create_dir_all(dir.join("branding")).unwrap();
    let original = std::fs::read_to_string(repo_root().join("tenant-config/EG/tenant.toml")).unwrap();
    std::fs::write(
        dir.join("tenant.toml"),
        original.replacen("members_per_account = 4", "members_per_account = 0", 1),
    )
    .unwrap();
    let output = cowin(&["tenant", "check", dir.to_str().unwrap()], None);
    assert_eq!(output.status.code(), Some(1));
    let stderr = text(&output.stderr);
    assert!(
        stderr.contains("EG/tenant.toml: members_per_account: is 0; it must be between 1 and 10"),
        "{stderr}"
    );
    assert!(
        stderr.contains("EG/tenant.toml: branding.logo:"),
        "missing assets are reported too: {stderr}"
    );
}

#[tokio::test]
async fn migrate_prints_a_line_per_tenant_and_fails_if_any_tenant_failed() {
    let test = fresh_database().await;
    for code in ["IN", "BR", "EG"] {
        onboard(&test.db, &demo_config(code)).await;
    }
    let url = test.url.clone();
    let output = tokio::task::spawn_blocking(move || cowin(&["migrate"], Some(&url))).await.unwrap();
    assert!(output.status.success(), "{}", text(&output.stderr));
    let stdout = text(&output.stdout);
    assert_eq!(
        stdout.lines().filter(|line| line.contains("up to date")).count(),
        4,
        "platform and three tenants: {stdout}"
    );

    test.db
        .execute_unprepared("DELETE FROM tenant_br.seaql_migrations; DROP SCHEMA tenant_eg CASCADE")
        .await
        .unwrap();
    let url = test.url.clone();
    let output = tokio::task::spawn_blocking(move || cowin(&["migrate", "--concurrency", "1"], Some(&url)))
        .await
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "a failed tenant makes the run fail");
    let stdout = text(&output.stdout);
    let migrations = cowin_tests::tenant_migrations();
    assert!(
        stdout.lines().any(|line| line.starts_with("BR") && line.contains("FAILED")),
        "{stdout}"
    );
    assert!(
        stdout
            .lines()
            .any(|line| line.starts_with("EG") && line.contains(&format!("applied {}: {}", migrations.len(), migrations.join(", ")))),
        "{stdout}"
    );
    assert!(
        stdout.lines().any(|line| line.starts_with("IN") && line.contains("up to date")),
        "{stdout}"
    );
    assert!(
        stdout.contains(&format!("3 tenants: {} migrations applied, 1 failed", migrations.len())),
        "{stdout}"
    );
}

#[tokio::test]
async fn facilities_import_from_csv_accepts_good_rows_and_reports_bad_ones() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let district = &india.states[0].districts[0];
    let pin = &district.postal_codes[0];
    let csv = format!(
        "name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type\n\
         Sector 1 Health Post,{d},Sector 1,1 Main Road,{pin},28.61,77.20,09:00,17:00,Free\n\
         Sector 2 Health Post,{d},Sector 2,2 Main Road,{pin},28.62,77.21,08:00,16:00,Free\n\
         Nowhere Clinic,999999,Nowhere,0 Road,{pin},28.6,77.2,09:00,08:00,Free\n\
         Bad Latitude,{d},Sector 3,3 Road,{pin},95.0,77.2,09:00,17:00,Free\n",
        d = district.id
    );
    let file = tempfile::NamedTempFile::new().unwrap();
    std::fs::write(file.path(), csv).unwrap();
    let (url, path) = (test.url.clone(), file.path().to_str().unwrap().to_owned());
    let output = tokio::task::spawn_blocking(move || cowin(&["facilities", "import", "--tenant", "IN", &path], Some(&url)))
        .await
        .unwrap();
    let stdout = text(&output.stdout);
    assert_eq!(output.status.code(), Some(1), "a refused row makes the import fail: {stdout}");
    assert!(
        stdout.contains("line 2: imported as centre") && stdout.contains("line 3: imported as centre"),
        "{stdout}"
    );
    assert!(
        stdout.contains("line 4: REFUSED: district_id:") && stdout.contains("closes:"),
        "{stdout}"
    );
    assert!(stdout.contains("line 5: REFUSED: lat:"), "{stdout}");
    assert!(stdout.contains("IN: 2 facilities imported, 2 rows refused"), "{stdout}");
    let row = test
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT count(*) AS n FROM tenant_in.facilities WHERE NOT managed_by_config",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 2);
}
