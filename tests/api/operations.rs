//! Facilities and sessions run by staff, within their districts and facilities.

use cowin_core::StaffRole;
use cowin_tests::staff::staff_member;
use cowin_tests::{cowin_date, demo_config, fresh_database, onboard, spawn_app};
use serde_json::{Value, json};

fn facility(district_id: i32, postal_code: &str) -> Value {
    json!({
        "name": { "en": "Ward 12 Urban Health Centre", "hi": "वार्ड 12 शहरी स्वास्थ्य केंद्र" },
        "district_id": district_id, "block": { "en": "Ward 12" }, "address": "12 MG Road", "postal_code": postal_code,
        "lat": 12.97, "long": 77.59, "opens": "09:00", "closes": "17:00", "fee_type": "Free"
    })
}

#[tokio::test]
async fn district_admins_run_facilities_and_sessions_of_their_districts_only() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let app = spawn_app(&test, |_| {}).await;
    let karnataka = india.states.iter().find(|s| s.id == 16).unwrap();
    let own = &karnataka.districts[0];
    let other = &india.states.iter().find(|s| s.id != 16).unwrap().districts[0];
    let (_, admin, _) = staff_member(&app, &test.db, "IN", StaffRole::DistrictAdmin, vec![own.id], vec![]).await;

    let (status, body) = app
        .post_json("/t/in/api/staff/facilities", Some(&admin), &facility(own.id, &own.postal_codes[0]))
        .await;
    assert_eq!(status, 201, "{body}");
    let centre = body["center_id"].as_i64().unwrap();
    assert!(centre >= 10_000_000, "staff facilities take ids of their own: {centre}");
    let (status, body) = app
        .post_json(
            "/t/in/api/staff/facilities",
            Some(&admin),
            &facility(other.id, &other.postal_codes[0]),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (403, Some("FORBIDDEN")));
    let (status, body) = app
        .post_json("/t/in/api/staff/facilities", Some(&admin), &facility(own.id, "999999"))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")));
    assert!(body["error"].as_str().unwrap().contains("postal_code"), "{body}");
    let config_facility = india.facilities.iter().find(|f| f.district_id == own.id).unwrap();
    let (status, body) = app
        .client
        .put(format!("{}/t/in/api/staff/facilities/{}", app.address, config_facility.id))
        .bearer_auth(&admin)
        .json(&facility(own.id, &own.postal_codes[0]))
        .send()
        .await
        .map(|r| (r.status().as_u16(), r))
        .unwrap();
    let body: Value = body.json().await.unwrap();
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("FACILITY_MANAGED_BY_CONFIG")));

    // A session at the new facility appears in the public search.
    let tomorrow = india.today() + chrono::Days::new(1);
    let session = json!({ "facility_id": centre, "date": cowin_date(tomorrow), "vaccine": "COVISHIELD", "min_age": 18,
                          "capacity_dose1": 5, "capacity_dose2": 5, "slots": ["09:00AM-11:00AM", "11:00AM-01:00PM"] });
    let (status, body) = app.post_json("/t/in/api/staff/sessions", Some(&admin), &session).await;
    assert_eq!(status, 201, "{body}");
    let session_id = body["session_id"].as_str().unwrap().to_owned();
    let (status, body) = app.post_json("/t/in/api/staff/sessions", Some(&admin), &session).await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("SESSION_EXISTS")));
    let mut bad = session.clone();
    bad["slots"] = json!(["morning"]);
    let (status, _) = app.post_json("/t/in/api/staff/sessions", Some(&admin), &bad).await;
    assert_eq!(status, 400);
    let found = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/sessions/public/calendarByCenter?center_id={centre}&date={}",
                cowin_date(tomorrow)
            ),
            None,
            Some("hi"),
            200,
        )
        .await;
    assert_eq!(found["centers"]["name_l"], "वार्ड 12 शहरी स्वास्थ्य केंद्र");
    assert_eq!(found["centers"]["sessions"][0]["session_id"], session_id.as_str());

    // A facility manager of the new facility changes capacity there; capacity never drops below bookings.
    let (_, manager, _) = staff_member(&app, &test.db, "IN", StaffRole::FacilityManager, vec![], vec![centre]).await;
    let capacity = |dose1: u32| json!({ "capacity_dose1": dose1, "capacity_dose2": 5 });
    let url = format!("{}/t/in/api/staff/sessions/{session_id}/capacity", app.address);
    let status = app
        .client
        .put(&url)
        .bearer_auth(&manager)
        .json(&capacity(20))
        .send()
        .await
        .unwrap()
        .status()
        .as_u16();
    assert_eq!(status, 204);
    sea_orm::ConnectionTrait::execute_raw(
        test.db.main(),
        sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "UPDATE tenant_in.sessions SET booked_dose1 = 3 WHERE id = $1::uuid",
            [session_id.clone().into()],
        ),
    )
    .await
    .unwrap();
    let response = app.client.put(&url).bearer_auth(&manager).json(&capacity(2)).send().await.unwrap();
    assert_eq!(response.status().as_u16(), 409);
    // Every change landed in the audit log, with who made it.
    let logged = sea_orm::ConnectionTrait::query_one_raw(
        test.db.main(),
        sea_orm::Statement::from_string(
            sea_orm::DbBackend::Postgres,
            "SELECT count(*) FILTER (WHERE action = 'facility.create') AS facilities, count(*) FILTER (WHERE action LIKE 'session.%') AS sessions, \
             bool_and(actor LIKE 'staff:%') AS by_staff FROM platform.audit_events WHERE tenant_code = 'IN' AND action ~ '^(facility|session)\\.'",
        ),
    )
    .await
    .unwrap()
    .unwrap();
    assert!(logged.try_get::<i64>("", "facilities").unwrap() >= 1);
    assert!(
        logged.try_get::<i64>("", "sessions").unwrap() >= 2,
        "the session and its capacity change"
    );
    assert!(logged.try_get::<bool>("", "by_staff").unwrap());
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["errorCode"], "CAPACITY_BELOW_BOOKED");

    // Applying the configuration again leaves staff facilities alone.
    onboard(&test.db, &india).await;
    let near = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/sessions/public/calendarByCenter?center_id={centre}&date={}",
                cowin_date(tomorrow)
            ),
            None,
            None,
            200,
        )
        .await;
    assert_eq!(near["centers"]["center_id"], centre, "still active after tenant apply");
}
