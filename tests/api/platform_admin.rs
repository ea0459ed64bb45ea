//! NHA's administration: its own sign-in, the tenant list with licences and usage, suspend and resume, onboarding
//! a zipped tenant folder, offboarding to an archive, the audit log; and no tenant role reaching any of it.

use std::io::Read as _;

use cowin_core::StaffRole;
use cowin_tests::certificates::vaccinated;
use cowin_tests::licences::test_licence_document;
use cowin_tests::platform::{nha_admin, zipped_tenant_folder};
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, TestDb, demo_config, fresh_database, onboard, repo_root, spawn_app};
use serde_json::{Value, json};

async fn tenants(app: &TestApp, token: &str) -> Vec<Value> {
    let (status, body) = app.get_with_token("/platform/api/tenants", token).await;
    assert_eq!(status, 200, "{body}");
    body["tenants"].as_array().unwrap().clone()
}

/// The actions of an audit log answer, in its order.
fn actions(log: &Value) -> Vec<&str> {
    log["entries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["action"].as_str().unwrap())
        .collect()
}

async fn upload(app: &TestApp, token: &str, zip: Vec<u8>) -> (u16, Value) {
    let response = app
        .client
        .post(format!("{}/platform/api/tenants", app.address))
        .bearer_auth(token)
        .header("content-type", "application/zip")
        .body(zip)
        .send()
        .await
        .unwrap();
    (response.status().as_u16(), response.json().await.unwrap())
}

/// India and Brazil onboarded, a server, and a signed-in NHA administrator's token.
async fn india_and_brazil_with_an_nha_admin() -> (TestDb, TestApp, String) {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let nha = nha_admin(&app, &test.db).await;
    (test, app, nha)
}

#[tokio::test]
async fn no_tenant_role_reaches_the_platform_and_nha_tokens_reach_no_tenant() {
    let (test, app, nha) = india_and_brazil_with_an_nha_admin().await;
    let platform_calls: [(&str, &str); 6] = [
        ("GET", "/platform/api/tenants"),
        ("POST", "/platform/api/tenants"),
        ("POST", "/platform/api/tenants/BR/suspend"),
        ("POST", "/platform/api/tenants/BR/resume"),
        ("POST", "/platform/api/tenants/BR/offboard"),
        ("GET", "/platform/api/audit"),
    ];
    let mut checked = 0;
    for role in StaffRole::ALL {
        let facilities = if matches!(role, StaffRole::FacilityManager | StaffRole::Vaccinator) {
            vec![demo_config("IN").facilities[0].id]
        } else {
            vec![]
        };
        let districts = if role == StaffRole::DistrictAdmin {
            vec![demo_config("IN").states[0].districts[0].id]
        } else {
            vec![]
        };
        let (_, token, _) = staff_member(&app, &test.db, "IN", role, districts, facilities).await;
        for (method, path) in platform_calls {
            let (status, body) = match method {
                "GET" => app.get_with_token(path, &token).await,
                _ => {
                    app.post_json(path, Some(&token), &json!({ "reason": "resale", "confirm": "BR" }))
                        .await
                }
            };
            assert_eq!(
                (status, body["errorCode"].as_str()),
                (401, Some("UNAUTHENTICATED")),
                "{role} must not reach {method} {path}"
            );
            checked += 1;
        }
    }
    assert_eq!(checked, StaffRole::ALL.len() * platform_calls.len());
    // Nor does anyone without a token, and an NHA token is no staff token of any tenant.
    let (status, _) = app
        .post_json("/platform/api/tenants/BR/suspend", None, &json!({ "reason": "x" }))
        .await;
    assert_eq!(status, 401);
    for tenant in ["in", "br"] {
        let (status, body) = app.get_with_token(&format!("/t/{tenant}/api/staff/me"), &nha).await;
        assert_eq!(status, 401, "an NHA token is not staff of {tenant}: {body}");
    }
    // Nothing any tenant role did changed a tenant.
    let listed = tenants(&app, &nha).await;
    assert!(listed.iter().all(|tenant| tenant["status"] == "active"), "{listed:?}");
}

#[tokio::test]
async fn nha_lists_suspends_and_resumes_tenants_with_their_licence_usage_and_audit() {
    let (test, app, nha) = india_and_brazil_with_an_nha_admin().await;
    vaccinated(&app, &test, "11987654330", "Paulo Mendes", "529.982.247-25").await;

    let listed = tenants(&app, &nha).await;
    let codes: Vec<&str> = listed.iter().map(|tenant| tenant["code"].as_str().unwrap()).collect();
    assert_eq!(codes, ["BR", "IN"]);
    let brazil = &listed[0];
    assert_eq!(brazil["licence"]["state"], "valid", "{brazil}");
    assert_eq!(brazil["licence"]["id"], "LIC-BR-TEST");
    let usage = &brazil["usage"]["today"];
    assert_eq!(
        (&usage["registrations"], &usage["doses"], &usage["certificates"]),
        (&json!(1), &json!(1), &json!(1)),
        "{usage}"
    );
    assert_eq!(listed[1]["usage"]["last_30_days"]["doses"], 0, "India's counters are India's");
    let personal = cowin_tests::connect(&test.url, 1).await;
    let columns: Vec<String> = sea_orm::ConnectionTrait::query_all_raw(
        &personal,
        sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT column_name::text AS c FROM information_schema.columns WHERE table_schema = 'platform' AND table_name = 'usage_daily'",
        ),
    )
    .await
    .unwrap()
    .iter()
    .map(|row| row.try_get::<String>("", "c").unwrap())
    .collect();
    assert!(
        columns
            .iter()
            .all(|column| ["tenant_code", "day", "shard", "registrations", "bookings", "doses", "certificates"].contains(&column.as_str())),
        "usage holds counts only: {columns:?}"
    );

    let (status, body) = app
        .post_json("/platform/api/tenants/BR/suspend", Some(&nha), &json!({ "reason": "" }))
        .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("INVALID_PARAMETER")),
        "a suspension needs a reason"
    );
    let (status, body) = app
        .post_json("/platform/api/tenants/BR/suspend", Some(&nha), &json!({ "reason": "MoU review" }))
        .await;
    assert_eq!(status, 200, "{body}");
    let blocked = app.get("/t/br/api/tenant", None, None).await;
    assert_eq!(blocked.status().as_u16(), 403);
    assert_eq!(blocked.json::<Value>().await.unwrap()["errorCode"], "TENANT_SUSPENDED");
    let open = app.get("/t/br/.well-known/jwks.json", None, None).await;
    assert_eq!(open.status().as_u16(), 200, "a suspended country's certificates stay verifiable");
    let (status, _) = app.post_json("/platform/api/tenants/BR/resume", Some(&nha), &json!({})).await;
    assert_eq!(status, 200);
    assert_eq!(app.get("/t/br/api/tenant", None, None).await.status().as_u16(), 200);
    let (status, body) = app.post_json("/platform/api/tenants/LK/resume", Some(&nha), &json!({})).await;
    assert_eq!((status, body["errorCode"].as_str()), (404, Some("TENANT_NOT_FOUND")));

    let (status, log) = app.get_with_token("/platform/api/audit?tenant=BR&action=tenant.", &nha).await;
    assert_eq!(status, 200, "{log}");
    let actions = actions(&log);
    assert_eq!(actions, ["tenant.resume", "tenant.suspend", "tenant.create"], "newest first");
    assert!(log["entries"][0]["actor"].as_str().unwrap().starts_with("nha:"));

    // A tenant admin reads their own tenant's log and nothing else; other roles read none of it.
    let (_, admin, _) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (status, own) = app.get_with_token("/t/in/api/staff/audit", &admin).await;
    assert_eq!(status, 200, "{own}");
    let entries = own["entries"].as_array().unwrap();
    assert!(entries.iter().any(|e| e["action"] == "staff.invite"), "{own}");
    assert!(entries.iter().all(|e| e["tenant_code"] == "IN"), "only India's entries: {own}");
    let facility = demo_config("IN").facilities[0].id;
    let (_, vaccinator, _) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![facility]).await;
    let (status, _) = app.get_with_token("/t/in/api/staff/audit", &vaccinator).await;
    assert_eq!(status, 403);
    let (status, _) = app.get_with_token("/t/br/api/staff/audit", &admin).await;
    assert_eq!(status, 401, "India's admin is unknown in Brazil");
}

#[tokio::test]
async fn nha_onboards_a_zipped_folder_and_offboards_the_tenant_to_an_archive() {
    let test = fresh_database().await;
    let app = spawn_app(&test, |_| {}).await;
    let nha = nha_admin(&app, &test.db).await;
    let folder = repo_root().join("tenant-config/UZ");
    let config = demo_config("UZ");

    let (status, body) = upload(&app, &nha, b"not a zip".to_vec()).await;
    assert_eq!((status, body["errorCode"].as_str()), (422, Some("TENANT_CONFIG_INVALID")), "{body}");
    let mut forged = test_licence_document(&config).into_bytes();
    let middle = forged.len() / 2;
    forged[middle] = if forged[middle] == b'A' { b'B' } else { b'A' };
    let (status, body) = upload(&app, &nha, zipped_tenant_folder(&folder, &String::from_utf8(forged).unwrap())).await;
    assert_eq!((status, body["errorCode"].as_str()), (403, Some("LICENCE_FORGED")), "{body}");
    let (status, body) = upload(&app, &nha, zipped_tenant_folder(&folder, &test_licence_document(&config))).await;
    assert_eq!(status, 201, "{body}");
    assert_eq!(body["code"], "UZ");
    assert_eq!(
        app.get("/t/uz/api/tenant", None, None).await.status().as_u16(),
        200,
        "served at once"
    );

    let (status, body) = app
        .post_json("/platform/api/tenants/UZ/offboard", Some(&nha), &json!({ "confirm": "IN" }))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("CONFIRMATION_MISMATCH")), "{body}");
    let (status, done) = app
        .post_json("/platform/api/tenants/UZ/offboard", Some(&nha), &json!({ "confirm": "uz" }))
        .await;
    assert_eq!(status, 200, "{done}");
    let key = done["archive"].as_str().unwrap();
    assert!(key.starts_with("platform/offboarded/uz-") && key.ends_with(".zip"), "{key}");

    // The archive holds the schema's tables and the tenant's platform rows.
    let settings = cowin_tests::test_settings(&test, |_| {});
    let store = cowin_server::application::object_store(&settings).await.unwrap();
    let bytes = store.get(key).await.unwrap().expect("the archive is stored");
    assert_eq!(bytes.len() as u64, done["archive_bytes"].as_u64().unwrap());
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).unwrap();
    let mut facilities = String::new();
    archive
        .by_name("tenant/facilities.ndjson")
        .unwrap()
        .read_to_string(&mut facilities)
        .unwrap();
    assert_eq!(facilities.lines().count(), config.facilities.len(), "every facility row");
    let mut tenant_row = String::new();
    archive
        .by_name("platform/tenants.ndjson")
        .unwrap()
        .read_to_string(&mut tenant_row)
        .unwrap();
    assert!(tenant_row.contains("\"UZ\""), "{tenant_row}");
    let mut keys = String::new();
    archive
        .by_name("platform/signing_keys.ndjson")
        .unwrap()
        .read_to_string(&mut keys)
        .unwrap();
    assert!(!keys.is_empty() && !keys.contains("private_key_sealed"), "public halves only");
    assert!(archive.by_name("manifest.json").is_ok());

    // Then the tenant is gone: its schema, its routes, its private keys.
    assert_eq!(app.get("/t/uz/api/tenant", None, None).await.status().as_u16(), 404);
    let gone = sea_orm::ConnectionTrait::query_one_raw(
        test.db.main(),
        sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT (SELECT count(*) FROM information_schema.schemata WHERE schema_name = 'tenant_uz') AS schemas, \
             (SELECT count(*) FROM platform.signing_keys WHERE tenant_code = 'UZ' AND private_key_sealed IS NOT NULL) AS private_keys",
        ),
    )
    .await
    .unwrap()
    .unwrap();
    assert_eq!(gone.try_get::<i64>("", "schemas").unwrap(), 0);
    assert_eq!(gone.try_get::<i64>("", "private_keys").unwrap(), 0);
    let (_, log) = app.get_with_token("/platform/api/audit?tenant=UZ", &nha).await;
    let actions = actions(&log);
    assert_eq!(actions.first(), Some(&"tenant.offboard"), "{actions:?}");
    assert!(actions.contains(&"tenant.create"), "the log outlives the tenant: {actions:?}");
}
