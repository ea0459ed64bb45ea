//! The Prometheus endpoint: off without a token, only for the token's holder, every answer counted and timed by
//! route pattern and tenant, refusals by code, each tenant's outbox, doses and certificates and the pool read at
//! scrape time, and no personal value in any label.

use cowin_tests::citizen::sign_in_by_sms;
use cowin_tests::{demo_config, fresh_database, onboard, spawn_app};
use secrecy::SecretString;

const TOKEN: &str = "scrape-token-6d1f0a";

#[tokio::test]
async fn metrics_count_every_answer_by_route_and_tenant_for_the_token_holder_only_without_personal_data() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |settings| {
        settings.metrics.token = SecretString::from(TOKEN);
        settings.rate_limits.public_calls = 3;
    })
    .await;
    let scrape = |authorization: Option<&'static str>| {
        let request = app.client.get(format!("{}/metrics", app.address));
        async move {
            let request = match authorization {
                Some(value) => request.header("authorization", value),
                None => request,
            };
            let response = request.send().await.unwrap();
            (response.status().as_u16(), response.text().await.unwrap())
        }
    };
    assert_eq!(scrape(None).await.0, 401);
    assert_eq!(scrape(Some("Bearer scrape-token-6d1f0b")).await.0, 401, "a near miss");

    // A citizen signs in (a mobile number in the body, never in a label); public calls run past their limit.
    let mobile = "9876543219";
    sign_in_by_sms(&app, "/t/in", mobile, "+91").await;
    let mut limited = false;
    for _ in 0..6 {
        let response = app
            .client
            .get(format!("{}/t/in/api/v2/admin/location/states", app.address))
            .send()
            .await
            .unwrap();
        limited |= response.status() == 429;
    }
    assert!(limited, "the public limit of 3 was reached");

    let (status, text) = scrape(Some("Bearer scrape-token-6d1f0a")).await;
    assert_eq!(status, 200, "{text}");
    for expected in [
        r#"route="/t/{tenant}/api/v2/auth/public/generateOTP""#,
        r#"tenant="IN""#,
        "cowin_http_request_duration_seconds_bucket{",
        r#"cowin_refusals_total{code="RATE_LIMITED",tenant="IN"}"#,
        r#"cowin_outbox_pending{tenant="IN"} 0"#,
        r#"cowin_outbox_oldest_age_seconds{tenant="IN"} 0"#,
        r#"cowin_doses_recorded{tenant="IN"} 0"#,
        r#"cowin_certificates_issued{tenant="IN"}"#,
        r#"cowin_database_connections{cluster="main",state="idle"}"#,
    ] {
        assert!(text.contains(expected), "{expected} in:\n{text}");
    }
    let answers = text
        .lines()
        .find(|line| line.starts_with("cowin_http_requests_total{") && line.contains("generateOTP"))
        .unwrap_or_else(|| panic!("generateOTP counted:\n{text}"));
    assert!(
        answers.contains(r#"method="POST""#) && answers.contains(r#"status="200""#),
        "{answers}"
    );
    assert!(!text.contains(mobile) && !text.contains("+91"), "no mobile number in any label");

    // Without a token configured, there is no endpoint at all.
    let closed = spawn_app(&test, |_| {}).await;
    let response = closed.client.get(format!("{}/metrics", closed.address)).send().await.unwrap();
    assert_eq!(response.status(), 404);
}
