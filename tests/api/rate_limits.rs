//! Rate limits answer 429 with `Retry-After`, per tenant: one country's traffic never throttles another.

use cowin_tests::mailbox::unique_address;
use cowin_tests::{fixture_config, fresh_database, onboard, spawn_app};
use serde_json::json;

#[tokio::test]
async fn public_calls_are_limited_per_tenant_and_client() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    onboard(&test.db, &fixture_config("NP")).await;
    let app = spawn_app(&test, |settings| settings.rate_limits.public_calls = 3).await;
    for _ in 0..3 {
        app.get_json("/t/lk/api/v2/admin/location/states", None, None, 200).await;
    }
    let limited = app.get("/t/lk/api/v2/admin/location/states", None, Some("en")).await;
    assert_eq!(limited.status().as_u16(), 429);
    let retry_after: u64 = limited.headers()["retry-after"].to_str().unwrap().parse().unwrap();
    assert!((1..=300).contains(&retry_after), "{retry_after}");
    let body: serde_json::Value = limited.json().await.unwrap();
    assert_eq!(body["errorCode"], "RATE_LIMITED");
    assert!(body["error"].as_str().unwrap().contains(&retry_after.to_string()), "{body}");
    app.get_json("/t/np/api/v2/admin/location/states", None, None, 200).await;
}

#[tokio::test]
async fn otp_generation_is_limited_per_mobile() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |settings| settings.rate_limits.otp_per_mobile = 2).await;
    let generate = |mobile: &str| json!({ "mobile": mobile, "email": unique_address() });
    for _ in 0..2 {
        let (status, body) = app
            .post_json("/t/lk/api/v2/auth/public/generateOTP", None, &generate("771111111"))
            .await;
        assert_eq!(status, 200, "{body}");
    }
    let (status, body) = app
        .post_json("/t/lk/api/v2/auth/public/generateOTP", None, &generate("771111111"))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (429, Some("RATE_LIMITED")));
    let (status, _) = app
        .post_json("/t/lk/api/v2/auth/public/generateOTP", None, &generate("772222222"))
        .await;
    assert_eq!(status, 200, "another mobile is not affected");
}
