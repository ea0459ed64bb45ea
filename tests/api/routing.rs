//! A request reaches exactly one tenant: by `/t/{code}` or by `Host`; unknown and suspended tenants are refused.

use cowin_core::{TenantCode, TenantStatus};
use cowin_store::tenants;
use cowin_tests::{demo_config, fresh_database, onboard, spawn_app};

#[tokio::test]
async fn path_prefix_and_host_header_select_the_same_tenant() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;

    let by_path = app.get_json("/t/in/api/tenant", None, None, 200).await;
    let by_upper_path = app.get_json("/t/IN/api/tenant", None, None, 200).await;
    let by_host = app.get_json("/api/tenant", Some("in.cowin.localhost"), None, 200).await;
    let by_host_with_port = app.get_json("/api/tenant", Some("IN.cowin.localhost:8080"), None, 200).await;
    for body in [&by_path, &by_upper_path, &by_host, &by_host_with_port] {
        assert_eq!(body["code"], "IN");
        assert_eq!(body["name"], "India");
    }
    let brazil = app.get_json("/api/tenant", Some("br.cowin.localhost"), None, 200).await;
    assert_eq!(brazil["code"], "BR");
    assert_eq!(brazil["default_locale"], "pt-BR");
}

#[tokio::test]
async fn unknown_hosts_and_codes_get_tenant_not_found() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |_| {}).await;

    for (path, host) in [
        ("/api/tenant", Some("nowhere.example")),
        ("/api/v2/admin/location/states", Some("br.cowin.localhost")),
        ("/t/br/api/tenant", None),
        ("/t/xx/api/tenant", None),
        ("/t/in1/api/tenant", None),
        ("/t/../api/tenant", None),
    ] {
        let response = app.get(path, host, None).await;
        assert_eq!(response.status().as_u16(), 404, "{path} on {host:?}");
        assert_eq!(response.headers()["content-type"], "application/json");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["errorCode"], "TENANT_NOT_FOUND", "{path} on {host:?}");
        assert!(body["error"].as_str().unwrap().contains("No country"), "{body}");
    }
}

#[tokio::test]
async fn a_suspended_tenant_answers_403_in_its_own_language_and_others_are_unaffected() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let india = TenantCode::parse("IN").unwrap();
    tenants::set_status(&test.db, india, TenantStatus::Suspended, Some("licence review"), "test")
        .await
        .unwrap();
    let app = spawn_app(&test, |_| {}).await;

    let body = app.get_json("/t/in/api/v2/admin/location/states", None, Some("hi-IN"), 403).await;
    assert_eq!(body["errorCode"], "TENANT_SUSPENDED");
    assert!(body["error"].as_str().unwrap().contains("निलंबित"), "Hindi text expected: {body}");
    let body = app.get_json("/api/tenant", Some("in.cowin.localhost"), None, 403).await;
    assert_eq!(body["errorCode"], "TENANT_SUSPENDED");
    app.get_json("/t/br/api/tenant", None, None, 200).await;

    tenants::set_status(&test.db, india, TenantStatus::Active, None, "test")
        .await
        .unwrap();
    let resumed = spawn_app(&test, |_| {}).await;
    resumed.get_json("/t/in/api/tenant", None, None, 200).await;
}

#[tokio::test]
async fn a_tenant_onboarded_while_serving_is_routed_without_restart() {
    let test = fresh_database().await;
    let app = spawn_app(&test, |settings| settings.tenants.miss_refresh_interval_ms = 0).await;
    app.get_json("/t/eg/api/tenant", None, None, 404).await;
    onboard(&test.db, &demo_config("EG")).await;
    let body = app.get_json("/t/eg/api/tenant", None, None, 200).await;
    assert_eq!(body["code"], "EG");
}

#[tokio::test]
async fn every_response_names_its_request_id() {
    let test = fresh_database().await;
    let app = spawn_app(&test, |_| {}).await;
    for path in ["/healthz", "/t/xx/api/tenant"] {
        let response = app.get(path, None, None).await;
        let id = response
            .headers()
            .get("x-request-id")
            .expect("x-request-id is set")
            .to_str()
            .unwrap();
        assert!(uuid::Uuid::parse_str(id).is_ok(), "{path}: {id}");
    }
}

#[tokio::test]
async fn a_running_server_picks_up_a_new_configuration_version() {
    use std::time::{Duration, Instant};

    let test = fresh_database().await;
    let mut config = demo_config("IN");
    onboard(&test.db, &config).await;
    let app = spawn_app(&test, |settings| settings.tenants.refresh_interval_ms = 100).await;
    assert_eq!(app.get_json("/t/in/api/tenant", None, None, 200).await["name"], "India");

    let english = cowin_core::LocaleTag::english();
    let mut names: std::collections::BTreeMap<_, _> = config
        .name
        .locales()
        .map(|tag| (tag.clone(), config.name.exact(tag).unwrap().to_owned()))
        .collect();
    names.insert(english, "Republic of India".to_owned());
    config.name = cowin_core::LocalisedText::new(names);
    assert_eq!(onboard(&test.db, &config).await.config_version, 2);
    let deadline = Instant::now() + Duration::from_secs(5);
    while app.get_json("/t/in/api/tenant", None, None, 200).await["name"] != "Republic of India" {
        assert!(
            Instant::now() < deadline,
            "version 2 should reach the server within its refresh interval"
        );
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
}
