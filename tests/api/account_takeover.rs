//! An OTP goes only to a destination bound to its account. Before the fix, `generateOTP` took the address from the
//! request and `confirmOTP` signed in to the mobile's account and overwrote its e-mail: anyone who knew a mobile
//! number got that family's beneficiaries, security codes and certificates.

use cowin_privacy::sha256_hex;
use cowin_tests::citizen::{register, sign_in};
use cowin_tests::mailbox::{latest_otp, messages_to, unique_address};
use cowin_tests::{TestApp, fixture_config, fresh_database, onboard, spawn_app};
use serde_json::{Value, json};

async fn generate(app: &TestApp, mobile: &str, email: &str) -> String {
    let (status, body) = app
        .post_json(
            "/t/lk/api/v2/auth/public/generateOTP",
            None,
            &json!({ "mobile": mobile, "email": email }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    body["txnId"].as_str().unwrap().to_owned()
}

async fn confirm(app: &TestApp, txn: &str, otp: &str) -> (u16, Value) {
    app.post_json(
        "/t/lk/api/v2/auth/public/confirmOTP",
        None,
        &json!({ "otp": sha256_hex(otp), "txnId": txn }),
    )
    .await
}

#[tokio::test]
async fn an_otp_for_an_existing_account_goes_only_to_its_verified_address() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |_| {}).await;
    let victim = sign_in(&app, "/t/lk", "771000001").await;
    let reference = register(
        &app,
        "/t/lk",
        &victim.token,
        json!({ "name": "Victim Family", "birth_year": 1980, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "198012345678" }),
    )
    .await;

    // The attacker knows the mobile number and asks for an OTP to their own address.
    let attacker_email = unique_address();
    let txn = generate(&app, "771000001", &attacker_email).await;
    assert!(
        messages_to(&attacker_email, 1).await.is_empty(),
        "no OTP may reach an address the account has not verified"
    );
    let otp = latest_otp(&victim.email, 2).await;
    // The attacker can only guess; the victim's own OTP still signs the victim in.
    let (status, body) = confirm(&app, &txn, if otp == "000000" { "000001" } else { "000000" }).await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("OTP_INVALID")));
    let (status, body) = confirm(&app, &txn, &otp).await;
    assert_eq!((status, body["isNewAccount"].as_str()), (200, Some("N")), "{body}");
    let (_, list) = app
        .get_with_token("/t/lk/api/v2/appointment/beneficiaries", body["token"].as_str().unwrap())
        .await;
    assert_eq!(list["beneficiaries"][0]["beneficiary_reference_id"], reference.as_str());

    // The account's address was not overwritten: the next OTP still goes to the victim.
    generate(&app, "771000001", &attacker_email).await;
    latest_otp(&victim.email, 3).await;
    assert!(messages_to(&attacker_email, 1).await.is_empty());
}

#[tokio::test]
async fn a_new_account_is_bound_to_the_address_its_otp_verified_and_a_race_for_it_fails() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |_| {}).await;
    let (first, second) = (unique_address(), unique_address());
    let first_txn = generate(&app, "771000002", &first).await;
    let second_txn = generate(&app, "771000002", &second).await;
    let (first_otp, second_otp) = (latest_otp(&first, 1).await, latest_otp(&second, 1).await);
    let (status, body) = confirm(&app, &first_txn, &first_otp).await;
    assert_eq!((status, body["isNewAccount"].as_str()), (200, Some("Y")));
    let (status, body) = confirm(&app, &second_txn, &second_otp).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (401, Some("OTP_EXPIRED")),
        "the account now belongs to the first address"
    );
    generate(&app, "771000002", &second).await;
    latest_otp(&first, 2).await;
    assert_eq!(messages_to(&second, 2).await.len(), 1, "the second address gets nothing more");
}

#[tokio::test]
async fn changing_the_address_needs_an_otp_sent_to_the_new_one() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |_| {}).await;
    let citizen = sign_in(&app, "/t/lk", "771000003").await;
    let other = sign_in(&app, "/t/lk", "771000004").await;
    let new_address = unique_address();
    // An OTP still open for the old address is closed by the change.
    let pending = generate(&app, "771000003", &unique_address()).await;
    let pending_otp = latest_otp(&citizen.email, 2).await;

    let (status, body) = app
        .post_json("/t/lk/api/citizen/email", None, &json!({ "email": new_address }))
        .await;
    assert_eq!(status, 401, "only a signed-in citizen: {body}");
    let (status, body) = app
        .post_json("/t/lk/api/citizen/email", Some(&citizen.token), &json!({ "email": new_address }))
        .await;
    assert_eq!(status, 200, "{body}");
    let txn = body["txnId"].as_str().unwrap().to_owned();
    let otp = latest_otp(&new_address, 1).await;
    let confirmation = json!({ "otp": sha256_hex(&otp), "txnId": txn });
    let (status, _) = app
        .post_json("/t/lk/api/citizen/email/confirm", Some(&other.token), &confirmation)
        .await;
    assert_eq!(status, 401, "another account cannot complete the change");
    let (status, _) = app.post_json("/t/lk/api/v2/auth/public/confirmOTP", None, &confirmation).await;
    assert_eq!(status, 401, "an e-mail change OTP does not sign in");
    let (status, body) = app
        .post_json("/t/lk/api/citizen/email/confirm", Some(&citizen.token), &confirmation)
        .await;
    assert_eq!(status, 204, "{body}");

    let (status, body) = confirm(&app, &pending, &pending_otp).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (401, Some("OTP_EXPIRED")),
        "closed by the change"
    );
    generate(&app, "771000003", &unique_address()).await;
    latest_otp(&new_address, 2).await;
    assert_eq!(messages_to(&citizen.email, 3).await.len(), 2, "the old address gets nothing more");
}
