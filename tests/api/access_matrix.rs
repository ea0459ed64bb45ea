//! The access matrix, generated from the route table: every endpoint that is not public is called with no token, a
//! junk token, an expired token, a token signed with another tenant's key, another tenant's real token, and the
//! token of every role (or kind of caller) that may not use it; citizen endpoints that name a record are also called
//! by another account of the same tenant. Each answers 401, 403 or 404, and no table of either tenant or of the
//! platform changes. A route added to the table is covered the day it is added: one this test cannot fill in fails.

use cowin_app::access::{Domain, Policy};
use cowin_core::{StaffRole, TenantCode};
use cowin_tests::certificates::vaccinated;
use cowin_tests::citizen::{SignedIn, register, sign_in};
use cowin_tests::platform::nha_admin;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, TestDb, cowin_date, demo_config, fresh_database, onboard, reliability, seed_sessions, spawn_app, test_vault};
use cowin_web::routes::{Access, Endpoint, PLATFORM_ENDPOINTS, TENANT_ENDPOINTS};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

/// What the records of the matrix are: two citizens of Brazil (A vaccinated and booked, B with a member of their
/// own), a session, a facility, staff of every role, and people of India, the other tenant.
struct World {
    a: SignedIn,
    a_member: String,
    a_appointment: String,
    a_vaccinated: String,
    b: SignedIn,
    session: String,
    facility: i64,
    target_staff: String,
    staff: Vec<(StaffRole, String)>,
    india_citizen: String,
    india_admin: String,
    nha: String,
}

async fn world(app: &TestApp, test: &TestDb) -> World {
    let brazil = demo_config("BR");
    let date = cowin_date(seed_sessions(&test.db, &brazil, 3).await);
    let given = vaccinated(app, test, "11987652001", "Aline Costa", "529.982.247-25").await;
    let a = given.citizen.clone();
    let a_member = register(
        app,
        "/t/br",
        &a.token,
        json!({ "name": "Bruno Costa", "birth_year": 1990, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "111.444.777-35" }),
    )
    .await;
    let facility = 2001;
    let calendar = app
        .get_json(
            &format!("/t/br/api/v2/appointment/sessions/public/calendarByCenter?center_id={facility}&date={date}"),
            None,
            None,
            200,
        )
        .await;
    let session = calendar["centers"]["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["min_age_limit"].as_i64().unwrap() <= 30)
        .expect("a session for adults")
        .clone();
    let (status, booked) = app
        .post_json(
            "/t/br/api/v2/appointment/schedule",
            Some(&a.token),
            &json!({ "dose": 1, "session_id": session["session_id"], "slot": session["slots"][0], "beneficiaries": [a_member] }),
        )
        .await;
    assert_eq!(status, 200, "{booked}");
    let b = sign_in(app, "/t/br", "11987652002").await;
    register(
        app,
        "/t/br",
        &b.token,
        json!({ "name": "Carla Dias", "birth_year": 1970, "gender_id": 2, "photo_id_type": 1, "photo_id_number": "390.533.447-05" }),
    )
    .await;
    let (target_staff, _, _) = staff_member(app, &test.db, "BR", StaffRole::Verifier, vec![], vec![]).await;
    let district = brazil.facilities[0].district_id;
    let mut staff = Vec::new();
    for role in StaffRole::ALL {
        let (districts, facilities) = match role {
            StaffRole::DistrictAdmin => (vec![district], vec![]),
            StaffRole::FacilityManager | StaffRole::Vaccinator => (vec![], vec![facility]),
            _ => (vec![], vec![]),
        };
        let (_, token, _) = staff_member(app, &test.db, "BR", role, districts, facilities).await;
        staff.push((role, token));
    }
    let india_citizen = cowin_tests::citizen::sign_in_by_sms(app, "/t/in", "9876500101", "+91").await;
    let (_, india_admin, _) = staff_member(app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let nha = nha_admin(app, &test.db).await;
    World {
        a,
        a_member,
        a_appointment: booked["appointment_confirmation_no"].as_str().unwrap().to_owned(),
        a_vaccinated: given.reference,
        b,
        session: session["session_id"].as_str().unwrap().to_owned(),
        facility,
        target_staff,
        staff,
        india_citizen,
        india_admin,
        nha,
    }
}

/// A request to make: path (parameters filled in), query and body.
struct Call {
    path: String,
    body: Value,
}

/// Fills the endpoint's path parameters and gives it the query and body that name A's records, so the refusals
/// are about who calls, not about a missing parameter.
fn call_for(endpoint: &Endpoint, world: &World) -> Call {
    let path = endpoint
        .path
        .replace("/api/staff/{id}/", &format!("/api/staff/{}/", world.target_staff))
        .replace("/facilities/{id}", &format!("/facilities/{}", world.facility))
        .replace("/sessions/{id}", &format!("/sessions/{}", world.session))
        .replace("/tenants/{code}", "/tenants/BR")
        .replace("/doses/{table}.csv", "/doses/by-day.csv")
        .replace("/requests/{tracking_number}/", "/requests/BR-ABCDEFGHJK/");
    assert!(
        !path.contains('{'),
        "the access matrix cannot fill {}: give it a sample",
        endpoint.path
    );
    let query = match endpoint.path.as_str() {
        "/api/v2/registration/certificate/public/download"
        | "/api/v2/registration/certificate/download"
        | "/api/v2/registration/certificate/formats" => format!("?beneficiary_reference_id={}", world.a_vaccinated),
        "/api/v2/appointment/appointmentslip/download" => format!("?appointment_id={}", world.a_appointment),
        "/api/staff/desk/appointments" => format!("?facility_id={}", world.facility),
        _ => String::new(),
    };
    Call {
        path: format!("{path}{query}"),
        body: body_naming_a(&endpoint.path, world).unwrap_or_else(|| json!({})),
    }
}

/// The body of a citizen endpoint that names one of A's records (what another account must not reach), or `None`
/// for an endpoint that only ever acts on the caller's own account.
fn body_naming_a(path: &str, world: &World) -> Option<Value> {
    match path {
        "/api/v2/registration/beneficiary/delete" => Some(json!({ "beneficiary_reference_id": world.a_member })),
        "/api/v2/appointment/schedule" => {
            Some(json!({ "dose": 1, "session_id": world.session, "slot": "09:00AM-11:00AM", "beneficiaries": [world.a_member] }))
        }
        "/api/v2/appointment/reschedule" => {
            Some(json!({ "appointment_id": world.a_appointment, "session_id": world.session, "slot": "09:00AM-11:00AM" }))
        }
        "/api/v2/appointment/cancel" => Some(json!({ "appointment_id": world.a_appointment, "beneficiariesToCancel": [world.a_member] })),
        "/api/citizen/requests" => Some(json!({ "beneficiary_reference_id": world.a_member, "kind": "other", "details": "x" })),
        "/api/citizen/aefi" => Some(
            json!({ "beneficiary_reference_id": world.a_vaccinated, "dose": 1, "symptoms": ["fever"],
                                            "onset_date": "01-01-2026", "severity": "mild", "outcome": "recovered" }),
        ),
        _ => None,
    }
}

/// Citizen endpoints that name a record through their query rather than their body.
const RECORD_IN_QUERY: [&str; 4] = [
    "/api/v2/registration/certificate/public/download",
    "/api/v2/registration/certificate/download",
    "/api/v2/registration/certificate/formats",
    "/api/v2/appointment/appointmentslip/download",
];

/// Citizen endpoints that act on the caller's own account only, so another account's token is simply that account.
const OWN_ACCOUNT_ONLY: [&str; 5] = [
    "/api/v2/registration/beneficiary/new",
    "/api/v2/appointment/beneficiaries",
    "/api/citizen/email",
    "/api/citizen/email/confirm",
    // GET: the caller's own requests (its POST names a member, above).
    "/api/citizen/requests",
];

/// A JWT with these claims signed with `key` (HS256), as the server's own tokens are made.
fn forged(key: &[u8], tenant: &str, audience: &str, expires_in: i64) -> String {
    let now = chrono::Utc::now().timestamp();
    let claims = json!({ "sub": uuid::Uuid::new_v4(), "tenant": tenant, "aud": audience, "iat": now - 3600, "exp": now + expires_in });
    jsonwebtoken::encode(&Header::new(Algorithm::HS256), &claims, &EncodingKey::from_secret(key)).unwrap()
}

/// Every table of the two tenants and of the platform, each as a digest of its rows.
async fn snapshot(test: &TestDb) -> Vec<(String, String)> {
    let mut digests = Vec::new();
    for name in test.tables(&["platform", "tenant_br", "tenant_in"]).await {
        let digest: String = test
            .db
            .query_one_raw(Statement::from_string(
                DbBackend::Postgres,
                format!("SELECT md5(coalesce(string_agg(t::text, '|' ORDER BY t::text), '')) AS d FROM {name} t"),
            ))
            .await
            .unwrap()
            .unwrap()
            .try_get("", "d")
            .unwrap();
        digests.push((name, digest));
    }
    digests
}

async fn send(app: &TestApp, method: &str, base: &str, call: &Call, token: Option<&str>) -> (u16, Value) {
    let url = format!("{}{base}{}", app.address, call.path);
    let mut request = app.client.request(reqwest::Method::from_bytes(method.as_bytes()).unwrap(), url);
    if method != "GET" {
        request = request.json(&call.body);
    }
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.unwrap();
    let status = response.status().as_u16();
    (status, response.json().await.unwrap_or(Value::Null))
}

#[tokio::test]
async fn no_protected_route_lets_through_any_credential_that_must_not_pass_and_refusals_change_nothing() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |settings| settings.rate_limits.public_calls = 1_000_000).await;
    let world = world(&app, &test).await;
    let policy = Policy::load().await.unwrap();
    let brazil_key = test_vault().tenant(TenantCode::parse("BR").unwrap()).token_key().to_vec();
    let india_key = test_vault().tenant(TenantCode::parse("IN").unwrap()).token_key().to_vec();
    let platform_key = test_vault().platform().token_key().to_vec();
    let before = snapshot(&test).await;
    let mut checks = 0;
    let mut refused = |endpoint: &Endpoint, who: &str, (status, body): (u16, Value), allowed: &[u16]| {
        assert!(
            allowed.contains(&status),
            "{} {} with {who}: {status} {body}",
            endpoint.method,
            endpoint.path
        );
        checks += 1;
    };

    for endpoint in TENANT_ENDPOINTS.iter().filter(|e| e.access != Access::Public) {
        let call = call_for(endpoint, &world);
        let method = endpoint.method.as_str();
        let audience = match endpoint.access {
            Access::Citizen => "cowin-citizen",
            _ => "cowin-staff",
        };
        let unauthenticated = [401];
        for (who, token) in [
            ("no token", None),
            ("a junk token", Some("x".to_owned())),
            ("an expired token", Some(forged(&brazil_key, "BR", audience, -60))),
            ("a token signed with India's key", Some(forged(&india_key, "BR", audience, 600))),
            ("a token of NHA's key", Some(forged(&platform_key, "BR", audience, 600))),
            ("India's citizen", Some(world.india_citizen.clone())),
            ("India's tenant admin", Some(world.india_admin.clone())),
            ("NHA's administrator", Some(world.nha.clone())),
        ] {
            refused(
                endpoint,
                who,
                send(&app, method, "/t/br", &call, token.as_deref()).await,
                &unauthenticated,
            );
        }
        match endpoint.access {
            Access::Staff { object, act } => {
                refused(
                    endpoint,
                    "a citizen",
                    send(&app, method, "/t/br", &call, Some(&world.a.token)).await,
                    &unauthenticated,
                );
                for (role, token) in &world.staff {
                    if !policy.allows(role.as_str(), Domain::Tenant, object, act) {
                        refused(
                            endpoint,
                            role.as_str(),
                            send(&app, method, "/t/br", &call, Some(token)).await,
                            &[403],
                        );
                    }
                }
            }
            Access::Citizen => {
                for (role, token) in &world.staff {
                    refused(
                        endpoint,
                        role.as_str(),
                        send(&app, method, "/t/br", &call, Some(token)).await,
                        &unauthenticated,
                    );
                }
                let names_a_record = (endpoint.method.as_str() != "GET" && body_naming_a(&endpoint.path, &world).is_some())
                    || RECORD_IN_QUERY.contains(&endpoint.path.as_str());
                if names_a_record {
                    let answer = send(&app, method, "/t/br", &call, Some(&world.b.token)).await;
                    refused(endpoint, "another account of the tenant", answer, &[403, 404]);
                } else {
                    assert!(
                        OWN_ACCOUNT_ONLY.contains(&endpoint.path.as_str()),
                        "{}: say whether this citizen endpoint names a record another account could reach",
                        endpoint.path
                    );
                }
            }
            Access::Public | Access::Nha { .. } => unreachable!("tenant endpoints are public, citizen or staff"),
        }
    }

    for endpoint in PLATFORM_ENDPOINTS.iter().filter(|e| e.access != Access::Public) {
        let call = call_for(endpoint, &world);
        let method = endpoint.method.as_str();
        let mut credentials = vec![
            ("no token", None),
            ("a junk token", Some("x".to_owned())),
            ("an expired NHA token", Some(forged(&platform_key, "platform", "cowin-nha", -60))),
            (
                "an NHA token signed with Brazil's key",
                Some(forged(&brazil_key, "platform", "cowin-nha", 600)),
            ),
            ("Brazil's citizen", Some(world.a.token.clone())),
        ];
        for (role, token) in &world.staff {
            credentials.push((role.as_str(), Some(token.clone())));
        }
        for (who, token) in credentials {
            refused(
                endpoint,
                who,
                send(&app, method, "/platform", &call, token.as_deref()).await,
                &[401],
            );
        }
    }

    let after = snapshot(&test).await;
    let changed: Vec<_> = before.iter().zip(&after).filter(|(b, a)| b != a).map(|(b, _)| &b.0).collect();
    assert!(changed.is_empty(), "refused requests changed {changed:?}");
    let protected = TENANT_ENDPOINTS
        .iter()
        .chain(PLATFORM_ENDPOINTS.iter())
        .filter(|e| e.access != Access::Public)
        .count();
    reliability::record(
        "access-matrix",
        &format!(
            "{protected} protected routes (generated from the route table), {checks} refused calls: no token, junk, expired, \
             signed with another tenant's or NHA's key, another tenant's citizen and administrator, every role the policy \
             refuses, and another account's records for citizen routes. 0 let through; 0 of {} tables changed.",
            before.len()
        ),
    );
}
