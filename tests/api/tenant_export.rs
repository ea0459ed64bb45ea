//! `cowin tenant export`: the offboarding archive of a country, from one snapshot, with nothing dropped: every row
//! counted in the manifest, sealed columns still sealed, the country still served, the export audited, and an
//! existing file never overwritten.

use std::io::Read as _;
use std::process::Command;

use cowin_tests::citizen::{register, sign_in_by_sms};
use cowin_tests::server_process::cowin_binary;
use cowin_tests::{demo_config, fresh_database, onboard, spawn_app};
use serde_json::json;

#[tokio::test]
async fn an_export_archives_every_row_and_object_and_leaves_the_country_served() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |_| {}).await;
    let token = sign_in_by_sms(&app, "/t/in", "9876500777", "+91").await;
    let aadhaar = "387654321098";
    register(
        &app,
        "/t/in",
        &token,
        json!({ "name": "Kavita Rao", "birth_year": 1984, "gender_id": 2, "photo_id_type": 1, "photo_id_number": aadhaar }),
    )
    .await;

    let folder = tempfile::tempdir().unwrap();
    let archive = folder.path().join("in.zip");
    let export = || {
        Command::new(cowin_binary())
            .args(["tenant", "export", "in", "--archive"])
            .arg(&archive)
            .env("COWIN_DATABASE__URL", &test.url)
            .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
            .env("COWIN_OBJECTS__LOCAL_DIR", folder.path().join("objects"))
            .output()
            .unwrap()
    };
    let exported = export();
    assert!(exported.status.success(), "{}", String::from_utf8_lossy(&exported.stderr));
    assert!(String::from_utf8_lossy(&exported.stdout).contains("unchanged"));

    let mut zip = zip::ZipArchive::new(std::fs::File::open(&archive).unwrap()).unwrap();
    let mut manifest = String::new();
    zip.by_name("manifest.json").unwrap().read_to_string(&mut manifest).unwrap();
    let manifest: serde_json::Value = serde_json::from_str(&manifest).unwrap();
    assert_eq!(manifest["tenant"], "IN");
    let rows = |table: &str| {
        manifest["tables"]
            .as_array()
            .unwrap()
            .iter()
            .find(|entry| entry[0] == table)
            .unwrap_or_else(|| panic!("{table} in {manifest}"))[1]
            .as_i64()
            .unwrap()
    };
    assert_eq!(
        rows("tenant/beneficiaries"),
        test.count("SELECT count(*) AS n FROM tenant_in.beneficiaries").await
    );
    assert_eq!(rows("tenant/accounts"), 1);
    assert_eq!(rows("platform/tenants"), 1);
    let mut beneficiaries = String::new();
    zip.by_name("tenant/beneficiaries.ndjson")
        .unwrap()
        .read_to_string(&mut beneficiaries)
        .unwrap();
    assert!(beneficiaries.contains("Kavita Rao"), "{beneficiaries}");
    assert!(!beneficiaries.contains(aadhaar), "the ID number stays sealed");

    // Nothing was dropped: the country is served, its rows are there, and the export is in the audit log.
    let (status, _) = app.get_with_token("/t/in/api/v2/admin/location/states", &token).await;
    assert_eq!(status, 200);
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_in.beneficiaries").await, 1);
    assert_eq!(
        test.count("SELECT count(*) AS n FROM platform.audit_events WHERE action = 'tenant.export' AND tenant_code = 'IN'")
            .await,
        1
    );
    // An existing archive is never overwritten.
    assert!(!export().status.success());
}
