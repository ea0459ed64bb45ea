//! Browser sessions (the console's): the token in an HttpOnly, SameSite=Strict cookie scoped to one country's base,
//! a CSRF token every change must repeat, and nothing that lets one country's session act in another.

use cowin_core::StaffRole;
use cowin_tests::platform::{NHA_PASSWORD, nha_admin};
use cowin_tests::staff::{PASSWORD, staff_member};
use cowin_tests::{TestApp, demo_config, fresh_database, onboard, spawn_app};
use reqwest::header::{COOKIE, SET_COOKIE};
use serde_json::{Value, json};

/// The cookies a response sets, as (name, value, attributes in lower case).
fn set_cookies(response: &reqwest::Response) -> Vec<(String, String, String)> {
    response
        .headers()
        .get_all(SET_COOKIE)
        .iter()
        .map(|value| {
            let text = value.to_str().unwrap();
            let (pair, attributes) = text.split_once(';').unwrap_or((text, ""));
            let (name, value) = pair.split_once('=').unwrap();
            (name.trim().to_owned(), value.trim().to_owned(), attributes.to_ascii_lowercase())
        })
        .collect()
}

/// Signs in at `path` (a staff or NHA session endpoint); the Cookie header to send back and the CSRF token.
async fn open_session(app: &TestApp, path: &str, email: &str, password: &str, base: &str) -> (String, String) {
    let response = app
        .client
        .post(format!("{}{path}", app.address))
        .json(&json!({ "email": email, "password": password }))
        .send()
        .await
        .unwrap();
    let cookies = set_cookies(&response);
    assert_eq!(response.status().as_u16(), 200);
    let body: Value = response.json().await.unwrap();
    assert!(body.get("token").is_none(), "the token is never in the answer: {body}");
    let csrf = body["csrf_token"].as_str().unwrap().to_owned();
    let session = cookies.iter().find(|(name, ..)| name == "cowin_session").expect("a session cookie");
    let readable = cookies.iter().find(|(name, ..)| name == "cowin_csrf").expect("a CSRF cookie");
    for attribute in ["httponly", "samesite=strict", &format!("path={base}")] {
        assert!(session.2.contains(attribute), "session cookie {attribute}: {}", session.2);
    }
    assert!(!readable.2.contains("httponly"), "the page reads the CSRF cookie");
    assert_eq!(readable.1, csrf);
    (format!("cowin_session={}; cowin_csrf={csrf}", session.1), csrf)
}

#[tokio::test]
async fn a_console_session_lives_in_cookies_and_every_change_needs_its_csrf_token() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, _, email) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (cookie, csrf) = open_session(&app, "/t/in/api/staff/session", &email, PASSWORD, "/t/in").await;

    let me = app
        .client
        .get(format!("{}/t/in/api/staff/me", app.address))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status().as_u16(), 200, "the cookie signs the console in");

    // A change carried by the cookie alone (as another site's form would send it) is refused, and changes nothing.
    let invite = |header: Option<&str>| {
        let mut request = app
            .client
            .post(format!("{}/t/in/api/staff/invitations", app.address))
            .header(COOKIE, &cookie)
            .json(&json!({ "email": cowin_tests::mailbox::unique_address(), "name": "Asha", "role": "verifier" }));
        if let Some(token) = header {
            request = request.header("x-csrf-token", token);
        }
        request.send()
    };
    for forged in [None, Some("0".repeat(64).as_str()), Some("")] {
        let response = invite(forged).await.unwrap();
        let status = response.status().as_u16();
        let body: Value = response.json().await.unwrap();
        assert_eq!((status, body["errorCode"].as_str()), (403, Some("CSRF_REJECTED")), "{forged:?}");
    }
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_in.staff").await,
        1,
        "nothing was invited"
    );
    let response = invite(Some(&csrf)).await.unwrap();
    assert_eq!(response.status().as_u16(), 201, "with the token the change is made");

    // India's session is not Brazil's: the cookie is scoped to /t/in, and even sent by hand it does not verify there.
    let brazil = app
        .client
        .get(format!("{}/t/br/api/staff/me", app.address))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(brazil.status().as_u16(), 401);

    // Signing out clears both cookies.
    let out = app
        .client
        .delete(format!("{}/t/in/api/staff/session", app.address))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(out.status().as_u16(), 204);
    let cleared = set_cookies(&out);
    assert_eq!(cleared.len(), 2);
    assert!(
        cleared
            .iter()
            .all(|(_, value, attributes)| value.is_empty() && attributes.contains("max-age=0")),
        "{cleared:?}"
    );
}

#[tokio::test]
async fn nha_consoles_sign_in_under_platform_and_a_bearer_token_needs_no_csrf_token() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |_| {}).await;
    let token = nha_admin(&app, &test.db).await;
    let email: String = {
        let me = app.get_with_token("/platform/api/me", &token).await;
        assert_eq!(me.0, 200, "{}", me.1);
        // The administrator's address is sealed; the test adds another one to sign in with a session.
        let email = cowin_tests::mailbox::unique_address();
        let hash = cowin_app::passwords::hash_blocking(NHA_PASSWORD).unwrap();
        cowin_store::platform::nha_users::upsert(&test.db, &cowin_tests::test_vault().platform(), &email, "Console", &hash, "test")
            .await
            .unwrap();
        email
    };
    let (cookie, csrf) = open_session(&app, "/platform/api/session", &email, NHA_PASSWORD, "/platform").await;
    let me = app
        .client
        .get(format!("{}/platform/api/me", app.address))
        .header(COOKIE, &cookie)
        .send()
        .await
        .unwrap();
    assert_eq!(me.status().as_u16(), 200);
    let suspend = |csrf: Option<&str>| {
        let mut request = app
            .client
            .post(format!("{}/platform/api/tenants/IN/suspend", app.address))
            .header(COOKIE, &cookie)
            .json(&json!({ "reason": "test" }));
        if let Some(csrf) = csrf {
            request = request.header("x-csrf-token", csrf);
        }
        request.send()
    };
    assert_eq!(suspend(None).await.unwrap().status().as_u16(), 403);
    assert_eq!(suspend(Some(&csrf)).await.unwrap().status().as_u16(), 200);
    // API clients with a bearer token are not browsers: no CSRF token is asked of them.
    let (status, _) = app.post_json("/platform/api/tenants/IN/resume", Some(&token), &json!({})).await;
    assert_eq!(status, 200);
}
