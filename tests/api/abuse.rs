//! Abuse of the open doors: a junk token does not lift the public limit, sign-ins are limited per client and per
//! account before any password is hashed, the client is who the trusted proxy says, and guessing an OTP never
//! succeeds however often it is tried.

use std::collections::BTreeMap;

use cowin_core::StaffRole;
use cowin_privacy::sha256_hex;
use cowin_tests::mailbox::{latest_otp, unique_address};
use cowin_tests::platform::nha_admin;
use cowin_tests::reliability;
use cowin_tests::staff::{PASSWORD, staff_member};
use cowin_tests::{fixture_config, fresh_database, onboard, spawn_app};
use futures::StreamExt as _;
use serde_json::json;

#[tokio::test]
async fn a_token_that_does_not_verify_is_a_public_call_and_limited_as_one() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |settings| settings.rate_limits.public_calls = 5).await;
    // Signing in takes two public calls of the five.
    let citizen = cowin_tests::citizen::sign_in(&app, "/t/lk", "771200001").await;
    let call = |token: &'static str| {
        app.client
            .get(format!("{}/t/lk/api/v2/admin/location/states", app.address))
            .bearer_auth(token)
            .send()
    };
    for _ in 0..3 {
        assert_eq!(call("x").await.unwrap().status().as_u16(), 200);
    }
    let refused = call("x").await.unwrap();
    assert_eq!(refused.status().as_u16(), 429, "Bearer x is no token");
    // A citizen's real token is not counted against the client's public calls.
    let (status, _) = app.get_with_token("/t/lk/api/v2/admin/location/states", &citizen.token).await;
    assert_eq!(status, 200);
    // The platform's open paths are limited too.
    for _ in 0..5 {
        app.get("/platform/trust-list", None, None).await;
    }
    assert_eq!(app.get("/platform/trust-list", None, None).await.status().as_u16(), 429);
}

#[tokio::test]
async fn behind_a_trusted_proxy_the_client_is_the_entry_it_wrote_not_what_the_client_wrote() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |settings| {
        settings.rate_limits.public_calls = 3;
        settings.rate_limits.trusted_proxy_hops = 1;
    })
    .await;
    let call = |forwarded: String| {
        app.client
            .get(format!("{}/t/lk/api/v2/admin/location/states", app.address))
            .header("x-forwarded-for", forwarded)
            .send()
    };
    for spoof in 0..3 {
        assert_eq!(call(format!("10.0.0.{spoof}, 203.0.113.9")).await.unwrap().status().as_u16(), 200);
    }
    assert_eq!(
        call("10.0.0.99, 203.0.113.9".to_owned()).await.unwrap().status().as_u16(),
        429,
        "a new left-most entry is not a new client"
    );
    assert_eq!(
        call("203.0.113.10".to_owned()).await.unwrap().status().as_u16(),
        200,
        "another client"
    );
}

#[tokio::test]
async fn wrong_passwords_lock_the_account_and_the_client_before_any_hashing_without_touching_other_tenants() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    onboard(&test.db, &fixture_config("NP")).await;
    let app = spawn_app(&test, |settings| {
        settings.rate_limits.sign_ins_per_ip = 20;
        settings.rate_limits.wrong_passwords_per_account = 5;
    })
    .await;
    let (_, _, victim) = staff_member(&app, &test.db, "LK", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (_, _, bystander) = staff_member(&app, &test.db, "NP", StaffRole::TenantAdmin, vec![], vec![]).await;
    let login = |tenant: &'static str, email: String, password: &'static str| {
        let app = &app;
        async move {
            app.post_json(
                &format!("/t/{tenant}/api/staff/login"),
                None,
                &json!({ "email": email, "password": password }),
            )
            .await
        }
    };
    // A thousand guesses, eight at a time.
    let outcomes: Vec<(u16, serde_json::Value)> = futures::stream::iter(0..1000)
        .map(|_| login("lk", victim.clone(), "wrong password guess"))
        .buffer_unordered(8)
        .collect()
        .await;
    let mut counts: BTreeMap<u16, usize> = BTreeMap::new();
    for (status, _) in &outcomes {
        *counts.entry(*status).or_default() += 1;
    }
    let judged = counts.get(&401).copied().unwrap_or(0);
    assert_eq!(counts.get(&200), None, "no guess succeeds");
    assert!(judged <= 20, "at most the client's allowance reaches a password check: {counts:?}");
    assert_eq!(judged + counts.get(&429).copied().unwrap_or(0), 1000, "{counts:?}");
    // The account is locked even for its owner's right password, for the rest of the window.
    let (status, body) = login("lk", victim.clone(), PASSWORD).await;
    assert_eq!((status, body["errorCode"].as_str()), (429, Some("RATE_LIMITED")), "{body}");
    // Another tenant signs in as ever.
    let (status, _) = login("np", bystander.clone(), PASSWORD).await;
    assert_eq!(status, 200);
    reliability::record(
        "abuse-logins",
        &format!(
            "1,000 wrong staff passwords against one account: {judged} reached a password check, {} were refused with 429 \
             before hashing, 0 succeeded; another tenant's administrator signed in meanwhile.",
            counts.get(&429).copied().unwrap_or(0)
        ),
    );

    // Invitation guesses are refused before any password is hashed (in the other tenant: this client has used up
    // its sign-ins here).
    for _ in 0..5 {
        let (status, body) = app
            .post_json(
                "/t/np/api/staff/invitations/accept",
                None,
                &json!({ "token": "guess", "password": "a long enough password" }),
            )
            .await;
        assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVITATION_INVALID")));
    }
    let (status, _) = app
        .post_json(
            "/t/np/api/staff/invitations/accept",
            None,
            &json!({ "token": "guess", "password": "a long enough password" }),
        )
        .await;
    assert_eq!(status, 429, "the guessed invitation is locked like an account");
}

#[tokio::test]
async fn nha_sign_in_is_limited_and_an_unknown_account_is_refused_like_a_wrong_password() {
    let test = fresh_database().await;
    let app = spawn_app(&test, |settings| {
        settings.rate_limits.wrong_passwords_per_account = 10;
        settings.rate_limits.sign_ins_per_ip = 100;
    })
    .await;
    let _token = nha_admin(&app, &test.db).await;
    let mut statuses = Vec::new();
    for _ in 0..30 {
        let (status, body) = app
            .post_json(
                "/platform/api/login",
                None,
                &json!({ "email": "nha@cowin.localhost", "password": "guess" }),
            )
            .await;
        assert!(matches!(status, 401 | 429), "{status} {body}");
        statuses.push(status);
    }
    assert_eq!(
        statuses.iter().filter(|s| **s == 401).count(),
        10,
        "ten wrong passwords, then locked: {statuses:?}"
    );
    let (status, body) = app
        .post_json(
            "/platform/api/login",
            None,
            &json!({ "email": unique_address(), "password": "guess" }),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("STAFF_LOGIN_FAILED")));
}

#[tokio::test]
async fn ten_thousand_guesses_of_one_otp_never_succeed() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    // The client's and the transaction's limits are lifted, so every guess reaches the OTP check itself.
    let app = spawn_app(&test, |settings| {
        settings.rate_limits.confirm_per_transaction = 100_000;
        settings.rate_limits.public_calls = 100_000;
    })
    .await;
    let email = unique_address();
    let (status, body) = app
        .post_json(
            "/t/lk/api/v2/auth/public/generateOTP",
            None,
            &json!({ "mobile": "771200002", "email": email }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let txn = body["txnId"].as_str().unwrap().to_owned();
    let otp = latest_otp(&email, 1).await;
    let guesses: Vec<String> = (0..10_001)
        .map(|n| format!("{n:06}"))
        .filter(|guess| *guess != otp)
        .take(10_000)
        .collect();
    let outcomes: Vec<(u16, serde_json::Value)> = futures::stream::iter(guesses.iter())
        .map(|guess| {
            let app = &app;
            let body = json!({ "otp": sha256_hex(guess), "txnId": txn });
            async move { app.post_json("/t/lk/api/v2/auth/public/confirmOTP", None, &body).await }
        })
        .buffer_unordered(16)
        .collect()
        .await;
    let mut codes: BTreeMap<String, usize> = BTreeMap::new();
    for (status, body) in &outcomes {
        assert_eq!(*status, 401, "{body}");
        *codes.entry(body["errorCode"].as_str().unwrap_or_default().to_owned()).or_default() += 1;
    }
    assert_eq!(
        codes.get("OTP_INVALID").copied().unwrap_or(0),
        4,
        "four wrong attempts are judged: {codes:?}"
    );
    // Even the right OTP is refused now.
    let (status, _) = app
        .post_json(
            "/t/lk/api/v2/auth/public/confirmOTP",
            None,
            &json!({ "otp": sha256_hex(&otp), "txnId": txn }),
        )
        .await;
    assert_eq!(status, 401);
    reliability::record(
        "abuse-otp",
        &format!(
            "{} concurrent OTP guesses against one transaction: 0 succeeded ({codes:?}); the right OTP was refused after.",
            guesses.len()
        ),
    );
}
