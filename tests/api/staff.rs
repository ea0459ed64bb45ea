//! Staff accounts: invitation by e-mail, argon2 passwords, tenant-bound tokens, disabling; and the access
//! matrix of every role against every staff endpoint, in its own tenant and in another.

use cowin_core::StaffRole;
use cowin_tests::mailbox::{messages_to, unique_address};
use cowin_tests::staff::{PASSWORD, staff_member};
use cowin_tests::{TestApp, demo_config, fresh_database, onboard, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

async fn post(app: &TestApp, path: &str, token: Option<&str>, body: Value) -> (u16, Value) {
    app.post_json(path, token, &body).await
}

#[tokio::test]
async fn an_invited_vaccinator_sets_a_password_signs_in_and_can_be_disabled() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, admin, admin_email) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (status, me) = app.get_with_token("/t/in/api/staff/me", &admin).await;
    assert_eq!((status, me["role"].as_str()), (200, Some("tenant_admin")));

    // The admin invites a vaccinator; the invitation arrives by e-mail.
    let email = unique_address();
    let facility = demo_config("IN").facilities[0].id;
    let invitation = json!({ "email": email, "name": "Asha Kumari", "role": "vaccinator", "facility_ids": [facility] });
    let (status, body) = post(&app, "/t/in/api/staff/invitations", Some(&admin), invitation.clone()).await;
    assert_eq!(status, 201, "{body}");
    let staff_id = body["staff_id"].as_str().unwrap().to_owned();
    let (status, body) = post(&app, "/t/in/api/staff/invitations", Some(&admin), invitation).await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("STAFF_EMAIL_REGISTERED")));
    let mail = messages_to(&email, 1).await;
    let (subject, text) = mail.last().expect("the invitation e-mail");
    assert!(subject.contains("India"), "{subject}");
    let code = text
        .split_whitespace()
        .find(|word| word.len() == 48 && word.chars().all(|c| c.is_ascii_hexdigit()))
        .expect("the code is in the e-mail");

    let accept = "/t/in/api/staff/invitations/accept";
    let (status, body) = post(&app, accept, None, json!({ "token": code, "password": "short" })).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("WEAK_PASSWORD")));
    assert!(body["error"].as_str().unwrap().contains("12"), "{body}");
    let (status, _) = post(&app, accept, None, json!({ "token": code, "password": PASSWORD })).await;
    assert_eq!(status, 200);
    let (status, body) = post(&app, accept, None, json!({ "token": code, "password": PASSWORD })).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("INVITATION_INVALID")),
        "single use"
    );

    let login = |email: String, password: &'static str| json!({ "email": email, "password": password });
    let (status, body) = post(&app, "/t/in/api/staff/login", None, login(email.clone(), "wrong password!!")).await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("STAFF_LOGIN_FAILED")));
    let (status, body) = post(&app, "/t/in/api/staff/login", None, login(email.to_uppercase(), PASSWORD)).await;
    assert_eq!(status, 200, "e-mail addresses are compared case-insensitively: {body}");
    let vaccinator = body["token"].as_str().unwrap().to_owned();
    let (_, me) = app.get_with_token("/t/in/api/staff/me", &vaccinator).await;
    assert_eq!(me["facility_ids"], json!([facility]));

    // Staff of India are unknown to Brazil: neither their token nor their password works there.
    let (status, _) = app.get_with_token("/t/br/api/staff/me", &admin).await;
    assert_eq!(status, 401);
    let (status, _) = post(&app, "/t/br/api/staff/login", None, login(admin_email, PASSWORD)).await;
    assert_eq!(status, 401);

    // Disabling takes effect on the very next request; re-enabling restores access.
    let (status, _) = post(&app, &format!("/t/in/api/staff/{staff_id}/disable"), Some(&admin), json!({})).await;
    assert_eq!(status, 204);
    let (status, _) = app.get_with_token("/t/in/api/staff/me", &vaccinator).await;
    assert_eq!(status, 401);
    let (status, _) = post(&app, "/t/in/api/staff/login", None, login(email.clone(), PASSWORD)).await;
    assert_eq!(status, 401);
    let (status, _) = post(&app, &format!("/t/in/api/staff/{staff_id}/enable"), Some(&admin), json!({})).await;
    assert_eq!(status, 204);
    let (status, _) = app.get_with_token("/t/in/api/staff/me", &vaccinator).await;
    assert_eq!(status, 200);

    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT (SELECT count(*) FROM platform.audit_events WHERE tenant_code = 'IN' AND action IN ('staff.invite', 'staff.disable', 'staff.enable')) AS audited, \
                    (SELECT count(*) FROM tenant_in.staff WHERE position(convert_to('example.org', 'UTF8') IN email_encrypted) > 0) AS plain",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        row.try_get::<i64>("", "audited").unwrap(),
        4,
        "two invitations, a disable and an enable"
    );
    assert_eq!(
        row.try_get::<i64>("", "plain").unwrap(),
        0,
        "e-mail addresses are not stored in plain text"
    );
}

/// Which roles each staff endpoint allows. `succeeds`: an allowed request gets 2xx (its body is valid);
/// otherwise an allowed request only has to get past authorisation (a business error such as 400 is fine).
struct Row {
    method: &'static str,
    path: &'static str,
    allowed: &'static [StaffRole],
    succeeds: bool,
}

const DESK: &[StaffRole] = &[StaffRole::FacilityManager, StaffRole::Vaccinator];

const MATRIX: &[Row] = &[
    Row {
        method: "GET",
        path: "/api/staff/me",
        allowed: &StaffRole::ALL,
        succeeds: true,
    },
    Row {
        method: "POST",
        path: "/api/staff/invitations",
        allowed: &[StaffRole::TenantAdmin],
        succeeds: true,
    },
    Row {
        method: "POST",
        path: "/api/staff/{target}/disable",
        allowed: &[StaffRole::TenantAdmin],
        succeeds: true,
    },
    Row {
        method: "POST",
        path: "/api/staff/{target}/enable",
        allowed: &[StaffRole::TenantAdmin],
        succeeds: true,
    },
    Row {
        method: "GET",
        path: "/api/staff/audit",
        allowed: &[StaffRole::TenantAdmin],
        succeeds: true,
    },
    Row {
        method: "GET",
        path: "/api/staff/desk/appointments?facility_id={facility}",
        allowed: DESK,
        succeeds: true,
    },
    Row {
        method: "POST",
        path: "/api/staff/desk/verify",
        allowed: DESK,
        succeeds: false,
    },
    Row {
        method: "POST",
        path: "/api/staff/desk/walk-in",
        allowed: DESK,
        succeeds: false,
    },
    Row {
        method: "POST",
        path: "/api/staff/doses",
        allowed: DESK,
        succeeds: false,
    },
];

#[tokio::test]
async fn every_role_against_every_staff_endpoint_in_its_own_tenant_and_another() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let district = india.states[0].districts[0].id;
    let facility = india.facilities[0].id;
    let (target, _, _) = staff_member(&app, &test.db, "IN", StaffRole::Verifier, vec![], vec![]).await;
    let mut checked = 0;
    for role in StaffRole::ALL {
        let (districts, facilities) = match role {
            StaffRole::DistrictAdmin => (vec![district], vec![]),
            StaffRole::FacilityManager | StaffRole::Vaccinator => (vec![], vec![facility]),
            _ => (vec![], vec![]),
        };
        let (_, token, _) = staff_member(&app, &test.db, "IN", role, districts, facilities).await;
        for row in MATRIX {
            for tenant in ["in", "br"] {
                let url = format!(
                    "/t/{tenant}{}",
                    row.path.replace("{target}", &target).replace("{facility}", &facility.to_string())
                );
                let (status, body) = match row.method {
                    "GET" => app.get_with_token(&url, &token).await,
                    _ => {
                        let body = json!({ "email": unique_address(), "name": "Matrix", "role": "verifier", "facility_id": facility,
                                           "photo_id_type": 1, "photo_id_number": "000000000000" });
                        app.post_json(&url, Some(&token), &body).await
                    }
                };
                let expected_allowed = tenant == "in" && row.allowed.contains(&role);
                if expected_allowed && row.succeeds {
                    assert!(
                        (200..300).contains(&status),
                        "{role} should succeed at {} {url}: {status} {body}",
                        row.method
                    );
                } else if expected_allowed {
                    assert!(
                        ![401, 403].contains(&status),
                        "{role} should be allowed {} {url}: {status} {body}",
                        row.method
                    );
                } else if tenant == "in" {
                    assert_eq!(
                        (status, body["errorCode"].as_str()),
                        (403, Some("FORBIDDEN")),
                        "{role} must be refused {} {url}",
                        row.method
                    );
                } else {
                    assert_eq!(status, 401, "{role} of IN must be unknown in BR: {} {url} {body}", row.method);
                }
                checked += 1;
            }
        }
    }
    assert_eq!(checked, StaffRole::ALL.len() * MATRIX.len() * 2);
}
