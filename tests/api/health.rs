//! `/healthz` and `/readyz`.

use cowin_tests::{TestApp, demo_config, fresh_database, onboard, spawn_app};
use sea_orm::ConnectionTrait;

/// `/readyz` once it reports `status` (an answer is reused for a second, so a change shows within one).
async fn readiness_once(app: &TestApp, status: u16) -> serde_json::Value {
    for _ in 0..30 {
        let response = app.get("/readyz", None, None).await;
        if response.status().as_u16() == status {
            return response.json().await.unwrap();
        }
        tokio::time::sleep(std::time::Duration::from_millis(100)).await;
    }
    panic!("/readyz never answered {status}");
}

#[tokio::test]
async fn healthz_answers_on_any_host() {
    let test = fresh_database().await;
    let app = spawn_app(&test, |_| {}).await;
    let body = app.get_json("/healthz", Some("unknown.example"), None, 200).await;
    assert_eq!(body["status"], "ok");
}

#[tokio::test]
async fn readyz_reports_pending_migrations_of_any_schema() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("UZ")).await;
    let app = spawn_app(&test, |_| {}).await;
    let body = app.get_json("/readyz", None, None, 200).await;
    assert_eq!(body["status"], "ready");
    assert_eq!(body["schemas"], 3);

    // Forget that tenant_uz ran its first migration: the deployment is no longer current.
    test.db.execute_unprepared("DELETE FROM tenant_uz.seaql_migrations").await.unwrap();
    let body = readiness_once(&app, 503).await;
    assert_eq!(body["status"], "migrations_pending");
    assert_eq!(body["pending"]["tenant_uz"], cowin_tests::tenant_migrations().len());
    assert!(body["pending"].get("tenant_in").is_none());
}

#[tokio::test]
async fn readyz_fails_when_a_tenant_schema_is_missing() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("EG")).await;
    let app = spawn_app(&test, |_| {}).await;
    test.db.execute_unprepared("DROP SCHEMA tenant_eg CASCADE").await.unwrap();
    let body = readiness_once(&app, 503).await;
    assert_eq!(body["pending"]["tenant_eg"], cowin_tests::tenant_migrations().len());
}
