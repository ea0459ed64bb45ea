//! OTP sign-in: hashed, short-lived, five attempts, single use; tokens bound to their tenant.

use cowin_privacy::sha256_hex;
use cowin_tests::mailbox::{latest_otp, unique_address};
use cowin_tests::{TestApp, demo_config, fixture_config, fresh_database, onboard, spawn_app};
use serde_json::{Value, json};

async fn generate(app: &TestApp, base: &str, mobile: &str, email: &str) -> String {
    let (status, body) = app
        .post_json(
            &format!("{base}/api/v2/auth/public/generateOTP"),
            None,
            &json!({ "mobile": mobile, "email": email }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body["txnId"].as_str().unwrap().to_owned()
}

async fn confirm(app: &TestApp, base: &str, txn: &str, otp: &str) -> (u16, Value) {
    app.post_json(
        &format!("{base}/api/v2/auth/confirmOTP"),
        None,
        &json!({ "otp": sha256_hex(otp), "txnId": txn }),
    )
    .await
}

#[tokio::test]
async fn five_wrong_attempts_close_the_transaction_and_an_otp_signs_in_once() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |_| {}).await;
    let email = unique_address();
    let txn = generate(&app, "/t/lk", "771234567", &email).await;
    let otp = latest_otp(&email, 1).await;
    let wrong = if otp == "000000" { "000001" } else { "000000" };
    for attempt in 1..=5 {
        let (status, body) = confirm(&app, "/t/lk", &txn, wrong).await;
        let expected = if attempt < 5 { "OTP_INVALID" } else { "OTP_ATTEMPTS_EXCEEDED" };
        assert_eq!((status, body["errorCode"].as_str()), (401, Some(expected)), "attempt {attempt}");
    }
    let (status, body) = confirm(&app, "/t/lk", &txn, &otp).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (401, Some("OTP_ATTEMPTS_EXCEEDED")),
        "the right OTP is too late"
    );

    let txn = generate(&app, "/t/lk", "771234567", &email).await;
    let otp = latest_otp(&email, 2).await;
    let (status, body) = confirm(&app, "/t/lk", &txn, &otp).await;
    assert_eq!(status, 200, "{body}");
    assert_eq!(body["isNewAccount"], "Y");
    let (status, body) = confirm(&app, "/t/lk", &txn, &otp).await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("OTP_EXPIRED")), "single use");

    let txn = generate(&app, "/t/lk", "771234567", &email).await;
    let otp = latest_otp(&email, 3).await;
    let (_, body) = confirm(&app, "/t/lk", &txn, &otp).await;
    assert_eq!(body["isNewAccount"], "N", "the same mobile is the same account");
}

#[tokio::test]
async fn an_expired_otp_is_refused() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |settings| settings.otp.ttl_seconds = 0).await;
    let email = unique_address();
    let txn = generate(&app, "/t/lk", "771234568", &email).await;
    let otp = latest_otp(&email, 1).await;
    let (status, body) = confirm(&app, "/t/lk", &txn, &otp).await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("OTP_EXPIRED")));
}

#[tokio::test]
async fn malformed_requests_and_foreign_or_forged_tokens_are_refused() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    onboard(&test.db, &fixture_config("NP")).await;
    let app = spawn_app(&test, |_| {}).await;
    let generate_path = "/t/lk/api/v2/auth/public/generateOTP";
    let (status, body) = app
        .post_json(generate_path, None, &json!({ "mobile": "12345", "email": unique_address() }))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_MOBILE")));
    let (status, body) = app.post_json(generate_path, None, &json!({ "mobile": "771234569" })).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("INVALID_PARAMETER")),
        "this tenant sends OTPs by e-mail: {body}"
    );
    let (status, body) = app.post_json(generate_path, None, &json!({ "phone": "771234569" })).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")));
    assert!(
        body["error"].as_str().unwrap().contains("mobile"),
        "the missing field is named: {body}"
    );
    let malformed = app
        .client
        .post(format!("{}{generate_path}", app.address))
        .header("content-type", "application/json")
        .body("{\"mobile\": ")
        .send()
        .await
        .unwrap();
    let body: Value = malformed.json().await.unwrap();
    assert_eq!(body["errorCode"], "INVALID_BODY");
    let (status, body) = confirm(&app, "/t/lk", "00000000-0000-0000-0000-000000000000", "123456").await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("OTP_EXPIRED")));

    let citizen = cowin_tests::citizen::sign_in(&app, "/t/lk", "771234570").await;
    let (status, _) = app.get_with_token("/t/lk/api/v2/appointment/beneficiaries", &citizen.token).await;
    assert_eq!(status, 200);
    let (status, body) = app.get_with_token("/t/np/api/v2/appointment/beneficiaries", &citizen.token).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (401, Some("UNAUTHENTICATED")),
        "another tenant refuses the token"
    );
    // Change one character inside the claims (not the signature's last character, whose low bits are padding).
    let payload_middle = citizen.token.find('.').unwrap() + 10;
    let mut forged: Vec<char> = citizen.token.chars().collect();
    forged[payload_middle] = if forged[payload_middle] == 'x' { 'y' } else { 'x' };
    let forged: String = forged.into_iter().collect();
    let (status, _) = app.get_with_token("/t/lk/api/v2/appointment/beneficiaries", &forged).await;
    assert_eq!(status, 401);
}

#[tokio::test]
async fn sms_tenants_send_the_otp_through_the_configured_gateway_in_the_callers_language() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |settings| {
        settings.otp.sms_authorization = secrecy::SecretString::from("Bearer gateway-key".to_owned());
    })
    .await;
    let response = app
        .client
        .post(format!("{}/t/in/api/v2/auth/public/generateOTP", app.address))
        .header("accept-language", "hi-IN")
        .json(&json!({ "mobile": "9876543210" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let requests = app.sms.received();
    assert_eq!(requests.len(), 1);
    let request = &requests[0].request;
    assert!(request.contains("authorization: Bearer gateway-key"), "{request}");
    assert!(request.contains("\"to\":\"+919876543210\""), "{request}");
    assert!(
        request.contains("CoWIN") && request.contains("ओटीपी"),
        "the text is in Hindi: {request}"
    );
}
