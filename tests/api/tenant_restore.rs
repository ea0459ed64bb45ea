//! `cowin tenant export` then `cowin tenant restore` into an empty cluster: every row of the country's schema and its
//! platform rows come back identical, with its sequences' positions, its objects byte for byte, and its sealed keys
//! and secrets; the restored country is served (its certificates download, its signing keys sign a new dose), and a
//! second restore of a country already served is refused.

use std::collections::BTreeMap;
use std::path::Path;
use std::process::{Command, Output};

use cowin_core::StaffRole;
use cowin_tests::certificates::{certificate_forms, vaccinated};
use cowin_tests::citizen::register;
use cowin_tests::server_process::cowin_binary;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestDb, demo_config, fresh_database, onboard, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

/// Runs `cowin` with `args` on `test`'s database and the object folder `objects`, `stdin` on its standard input.
fn cowin(test: &TestDb, objects: &Path, args: &[&str], stdin: &str) -> Output {
    use std::io::Write as _;
    let mut child = Command::new(cowin_binary())
        .args(args)
        .env("COWIN_DATABASE__URL", &test.url)
        .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
        .env("COWIN_OBJECTS__LOCAL_DIR", objects)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

/// A fingerprint of the rows `query` selects (each row as JSON), independent of their order.
async fn fingerprint(test: &TestDb, query: &str) -> String {
    let sql = format!(
        "SELECT count(*)::text || ':' || md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS f \
         FROM (SELECT to_jsonb(t) AS r FROM ({query}) t) rows"
    );
    let row = test
        .db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "f").unwrap()
}

/// Every file under `dir`, by its path below it, with its bytes.
fn files(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    let mut found = BTreeMap::new();
    let mut pending = vec![dir.to_path_buf()];
    while let Some(folder) = pending.pop() {
        for entry in std::fs::read_dir(&folder).into_iter().flatten().flatten() {
            let path = entry.path();
            if path.is_dir() {
                pending.push(path);
            } else {
                let name = path.strip_prefix(dir).unwrap().display().to_string();
                found.insert(name, std::fs::read(&path).unwrap());
            }
        }
    }
    found
}

/// The country's platform rows, as `(table, query)`; the audit log and licence events without their numbering,
/// which the restore gives anew, and without the export and restore themselves.
const PLATFORM_ROWS: [(&str, &str); 9] = [
    ("tenants", "SELECT * FROM platform.tenants WHERE code = 'BR'"),
    (
        "tenant_hostnames",
        "SELECT * FROM platform.tenant_hostnames WHERE tenant_code = 'BR'",
    ),
    (
        "tenant_config_versions",
        "SELECT * FROM platform.tenant_config_versions WHERE tenant_code = 'BR'",
    ),
    ("licences", "SELECT * FROM platform.licences WHERE tenant_code = 'BR'"),
    ("signing_keys", "SELECT * FROM platform.signing_keys WHERE tenant_code = 'BR'"),
    ("tenant_secrets", "SELECT * FROM platform.tenant_secrets WHERE tenant_code = 'BR'"),
    ("usage_daily", "SELECT * FROM platform.usage_daily WHERE tenant_code = 'BR'"),
    (
        "licence_events",
        "SELECT occurred_at, licence_id, code, context, hostname, detail FROM platform.licence_events WHERE tenant_code = 'BR'",
    ),
    (
        "audit_events",
        "SELECT occurred_at, actor, action, target, detail FROM platform.audit_events \
         WHERE tenant_code = 'BR' AND action NOT IN ('tenant.export', 'tenant.restore')",
    ),
];

#[tokio::test]
async fn a_country_exported_and_restored_into_an_empty_cluster_comes_back_whole_and_served() {
    let source = fresh_database().await;
    onboard(&source.db, &demo_config("BR")).await;
    let folder = tempfile::tempdir().unwrap();
    let (source_objects, target_objects) = (folder.path().join("source"), folder.path().join("target"));
    let app = spawn_app(&source, |settings| {
        settings.objects.local_dir = source_objects.clone();
        settings.certificates.prerender_pdfs = true;
    })
    .await;
    let first = vaccinated(&app, &source, "11987000101", "Ana Restaurada", "52998224725").await;
    let second = vaccinated(&app, &source, "11987000102", "Bruno Restaurado", "11144477735").await;
    let secret = cowin(
        &source,
        &source_objects,
        &["tenant", "secret", "set", "BR", "sms-token"],
        "a-credential\n",
    );
    assert!(secret.status.success(), "{}", String::from_utf8_lossy(&secret.stderr));
    let deadline = std::time::Instant::now() + std::time::Duration::from_secs(60);
    while source
        .count("SELECT count(*) AS n FROM tenant_br.outbox WHERE done_at IS NULL")
        .await
        > 0
    {
        assert!(std::time::Instant::now() < deadline, "the PDFs are rendered");
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    drop(app);

    let archive = folder.path().join("br.zip");
    let archive_arg = archive.display().to_string();
    let exported = cowin(&source, &source_objects, &["tenant", "export", "BR", "--archive", &archive_arg], "");
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));

    // An empty cluster: the platform schema migrated, no country in it.
    let target = fresh_database().await;
    let restored = cowin(&target, &target_objects, &["tenant", "restore", &archive_arg], "");
    assert!(restored.status.success(), "{}", String::from_utf8_lossy(&restored.stderr));
    assert!(String::from_utf8_lossy(&restored.stdout).contains("restored"));

    // Every row of every table of its schema, and its platform rows, as they were.
    let tables = source.tables(&["tenant_br"]).await;
    assert!(tables.len() > 10, "{tables:?}");
    for table in &tables {
        let query = format!("SELECT * FROM {table}");
        let before = fingerprint(&source, &query).await;
        assert_eq!(before, fingerprint(&target, &query).await, "{table}");
    }
    assert!(
        fingerprint(&source, "SELECT * FROM tenant_br.beneficiaries")
            .await
            .starts_with("2:"),
        "the comparison covers the vaccinated"
    );
    for (table, query) in PLATFORM_ROWS {
        let before = fingerprint(&source, query).await;
        assert!(
            !before.starts_with("0:") || table == "licence_events",
            "{table} has rows to compare"
        );
        assert_eq!(before, fingerprint(&target, query).await, "platform.{table}");
    }
    let sequences = "SELECT sequencename, last_value FROM pg_sequences WHERE schemaname = 'tenant_br'";
    assert_eq!(fingerprint(&source, sequences).await, fingerprint(&target, sequences).await);
    let private_halves = "SELECT count(*) AS n FROM platform.signing_keys WHERE tenant_code = 'BR' AND private_key_sealed IS NOT NULL";
    assert!(target.count(private_halves).await > 0, "the keys can sign");
    // Every object, byte for byte.
    let objects = files(&source_objects.join("tenants/br"));
    assert_eq!(objects.len(), 2, "two certificate PDFs: {:?}", objects.keys());
    assert_eq!(objects, files(&target_objects.join("tenants/br")));
    assert_eq!(
        target
            .count("SELECT count(*) AS n FROM platform.audit_events WHERE action = 'tenant.restore' AND tenant_code = 'BR'")
            .await,
        1
    );

    // The restored country is served: the citizen's certificate as before, and a new dose signed with its keys.
    let app = spawn_app(&target, |settings| settings.objects.local_dir = target_objects.clone()).await;
    assert_eq!(certificate_forms(&app, &first).await, {
        let source_app = spawn_app(&source, |settings| settings.objects.local_dir = source_objects.clone()).await;
        certificate_forms(&source_app, &first).await
    });
    let third = register(
        &app,
        "/t/br",
        &second.citizen.token,
        json!({ "name": "Carla Restaurada", "birth_year": 1990, "gender_id": 2, "photo_id_type": 1, "photo_id_number": "39053344705" }),
    )
    .await;
    let (_, vaccinator, _) = staff_member(&app, &target.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;
    let record = json!({ "idempotency_key": format!("restored-{third}"), "beneficiary_reference_id": third, "facility_id": 2001,
                         "vaccine": "COMIRNATY", "batch": "FA7484", "dose": 1 });
    let (status, dose) = app.post_json("/t/br/api/staff/doses", Some(&vaccinator), &record).await;
    assert_eq!(status, 201, "{dose}");

    // A country already served is not restored over.
    let again = cowin(&target, &target_objects, &["tenant", "restore", &archive_arg], "");
    assert!(!again.status.success());
    assert!(
        String::from_utf8_lossy(&again.stderr).contains("already served"),
        "{}",
        String::from_utf8_lossy(&again.stderr)
    );
}
