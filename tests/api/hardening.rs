//! The smaller findings of the review, each reproduced as the attack it was: an image bomb on the open verify
//! endpoints, a development provider writing OTPs to the log, a staff report on a dose of another facility, the
//! SHC revocation list under `/t/{code}`, a viewer script from a public CDN, the attribution printed twice, and a
//! NUL character the fuzzer sent in a query parameter (PostgreSQL cannot hold one: it was a 500).

use std::time::Instant;

use cowin_core::StaffRole;
use cowin_tests::certificates::{declared_png, vaccinated};
use cowin_tests::staff::staff_member;
use cowin_tests::{demo_config, fresh_database, onboard, spawn_app, test_settings};
use sea_orm::ConnectionTrait as _;
use serde_json::json;

#[tokio::test]
async fn a_picture_declaring_twenty_thousand_pixels_a_side_is_refused_before_it_is_decoded() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    // Suspended: the verify endpoints stay open to anyone, which is what made the bomb reachable.
    test.db
        .execute_unprepared("UPDATE platform.tenants SET status = 'suspended' WHERE code = 'BR'")
        .await
        .unwrap();
    let app = spawn_app(&test, |_| {}).await;
    let bomb = declared_png(20_000, 20_000);
    assert!(bomb.len() < 200, "{} bytes", bomb.len());
    let started = Instant::now();
    let response = app
        .client
        .post(format!("{}/t/br/api/certificates/verify", app.address))
        .header("content-type", "image/png")
        .body(bomb.clone())
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 413);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["errorCode"], "IMAGE_TOO_LARGE", "{body}");
    use base64::Engine as _;
    let (status, body) = app
        .post_json(
            "/t/br/api/certificates/verify",
            None,
            &json!({ "image": base64::engine::general_purpose::STANDARD.encode(&bomb) }),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (413, Some("IMAGE_TOO_LARGE")));
    let page = app
        .client
        .post(format!("{}/t/br/verify", app.address))
        .header("content-type", "image/png")
        .body(bomb)
        .send()
        .await
        .unwrap();
    assert_eq!(page.status().as_u16(), 413);
    assert!(started.elapsed().as_secs() < 5, "refused from the header alone");
    let (status, body) = app
        .post_json("/t/br/api/certificates/verify", None, &json!({ "image": "bm90IGEgcGljdHVyZQ==" }))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("NOT_A_CERTIFICATE")));
}

#[tokio::test]
async fn the_logging_sms_provider_needs_development_mode() {
    let test = fresh_database().await;
    let mut settings = test_settings(&test, |settings| {
        settings.security.master_key = secrecy::SecretString::from("cd".repeat(32));
        settings.otp.sms_provider = "log".to_owned();
    });
    let refused = cowin_server::Application::build(&settings).await.unwrap_err();
    assert!(format!("{refused:#}").contains("otp.sms_provider"), "{refused:#}");
    settings.security.master_key = secrecy::SecretString::from(cowin_server::settings::DEVELOPMENT_MASTER_KEY.to_owned());
    assert!(
        cowin_server::Application::build(&settings).await.is_ok(),
        "development mode may log"
    );
}

#[tokio::test]
async fn staff_report_adverse_events_only_for_doses_of_their_own_facilities() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let given = vaccinated(&app, &test, "11987651001", "Clara Nunes", "111.444.777-35").await;
    let (_, elsewhere, _) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2002]).await;
    let today = demo_config("BR").today().format("%d-%m-%Y").to_string();
    let report =
        json!({ "dose_id": given.dose["dose_id"], "symptoms": ["fever"], "onset_date": today, "severity": "mild", "outcome": "recovered" });
    let (status, body) = app.post_json("/t/br/api/staff/aefi", Some(&elsewhere), &report).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (404, Some("NOT_FOUND")),
        "a dose of facility 2001: {body}"
    );
    let (status, body) = app.post_json("/t/br/api/staff/aefi", Some(&given.vaccinator), &report).await;
    assert_eq!(status, 201, "{body}");
}

#[tokio::test]
async fn the_revocation_list_of_a_key_is_served_under_the_tenant_prefix() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let jwks = app.get_json("/t/br/.well-known/jwks.json", None, None, 200).await;
    let kid = jwks["keys"][0]["kid"].as_str().unwrap();
    let crl = app.get_json(&format!("/t/br/.well-known/crl/{kid}.json"), None, None, 200).await;
    assert_eq!(crl["kid"], kid);
    app.get_json("/t/br/.well-known/crl/unknown.json", None, None, 404).await;
}

#[tokio::test]
async fn the_api_viewer_loads_nothing_from_elsewhere_and_pages_carry_the_attribution_once() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |_| {}).await;
    let docs = app.get("/t/br/api/docs", None, None).await;
    let csp = docs.headers()["content-security-policy"].to_str().unwrap().to_owned();
    assert!(csp.contains("script-src 'self'"), "{csp}");
    let html = docs.text().await.unwrap();
    assert!(!html.contains("https://"), "no third-party origin: {html}");
    assert!(html.contains(r#"src="docs/rapidoc-min.js" integrity="sha384-"#), "{html}");
    let script = app.get("/t/br/api/docs/rapidoc-min.js", None, None).await;
    assert_eq!(script.status().as_u16(), 200);
    assert!(script.bytes().await.unwrap().len() > 100_000);

    for (language, translated) in [("en", false), ("hi", true)] {
        let page = app.get("/t/in/verify", None, Some(language)).await.text().await.unwrap();
        assert_eq!(page.matches(cowin_core::ATTRIBUTION).count(), 1, "{language}: {page}");
        assert_eq!(
            page.contains(r#"<span lang="hi">"#),
            translated,
            "{language}: the translation only where it differs: {page}"
        );
    }
}

#[tokio::test]
async fn a_nul_character_in_a_query_parameter_is_a_named_400_not_a_500() {
    let test = fresh_database().await;
    let config = demo_config("KE");
    onboard(&test.db, &config).await;
    let day = cowin_tests::cowin_date(cowin_tests::seed_sessions(&test.db, &config, 2).await);
    let app = spawn_app(&test, |_| {}).await;
    // What schemathesis sent: a centre that has sessions, and a vaccine with a NUL in it.
    let path = format!("/t/ke/api/v2/appointment/sessions/public/calendarByCenter?center_id=400106&date={day}&vaccine=%00%C2%A8%06B");
    let response = app.get(&path, None, Some("sw")).await;
    assert_eq!(response.status(), 400);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["errorCode"], "INVALID_PARAMETER", "{body}");
    assert!(
        body["error"].as_str().unwrap().contains("vaccine"),
        "the parameter is named: {body}"
    );
    let fine = app.get(&path.replace("%00%C2%A8%06B", "COVISHIELD"), None, None).await;
    assert_eq!(fine.status(), 200);
}
