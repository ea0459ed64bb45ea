//! What the console reads and changes beyond the CoWIN API: the staff directory, facilities and sessions in each
//! role's scope, changing a session's day, ages and slots, and the dose reports kept as doses are written.

use chrono::Days;
use cowin_core::StaffRole;
use cowin_tests::citizen::{register, sign_in_by_sms};
use cowin_tests::staff::staff_member;
use cowin_tests::{cowin_date, demo_config, fresh_database, onboard, seed_sessions, spawn_app};
use serde_json::{Value, json};

/// The listed ids, sorted: listings come in their own order (facilities by district), compared here as sets.
fn ids(list: &Value, key: &str, field: &str) -> Vec<i64> {
    let mut ids: Vec<i64> = list[key]
        .as_array()
        .unwrap()
        .iter()
        .map(|item| item[field].as_i64().unwrap())
        .collect();
    ids.sort_unstable();
    ids
}

#[tokio::test]
async fn listings_follow_each_role_s_scope_and_a_booked_session_keeps_its_day() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let today = seed_sessions(&test.db, &india, 3).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, admin, _) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (_, district, _) = staff_member(&app, &test.db, "IN", StaffRole::DistrictAdmin, vec![294], vec![]).await;
    let (vaccinator_id, vaccinator, vaccinator_email) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![1001]).await;

    let (status, directory) = app.get_with_token("/t/in/api/staff/members", &admin).await;
    assert_eq!(status, 200, "{directory}");
    let listed = directory["staff"].as_array().unwrap();
    assert_eq!(listed.len(), 3);
    let entry = listed
        .iter()
        .find(|entry| entry["id"].as_str() == Some(vaccinator_id.to_string().as_str()))
        .unwrap();
    assert_eq!(
        (entry["email"].as_str(), entry["role"].as_str()),
        (Some(vaccinator_email.as_str()), Some("vaccinator"))
    );
    assert_eq!(
        (entry["accepted"].as_bool(), entry["facility_ids"].clone()),
        (Some(true), json!([1001]))
    );
    let (status, _) = app.get_with_token("/t/in/api/staff/members", &district).await;
    assert_eq!(status, 403, "only tenant administrators see the directory");

    // A role and scope change takes effect on the member's next request; a scope the role lacks, or one's own role,
    // is refused.
    let (manager_id, manager, _) = staff_member(&app, &test.db, "IN", StaffRole::FacilityManager, vec![], vec![1001]).await;
    let (status, _) = app
        .get_with_token("/t/in/api/staff/reports/doses?from=01-12-2026&to=02-12-2026", &manager)
        .await;
    assert_eq!(status, 403);
    let role = |id: &str| format!("/t/in/api/staff/{id}/role");
    let (status, body) = app
        .put_json(
            &role(&manager_id),
            &admin,
            &json!({ "role": "district_admin", "facility_ids": [1001] }),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")), "{body}");
    let (status, body) = app
        .put_json(
            &role(&manager_id),
            &admin,
            &json!({ "role": "district_admin", "district_ids": [294.0] }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = app
        .get_with_token("/t/in/api/staff/reports/doses?from=01-12-2026&to=02-12-2026", &manager)
        .await;
    assert_eq!(status, 200, "{body}");
    let (_, me) = app.get_with_token("/t/in/api/staff/me", &admin).await;
    let (status, _) = app
        .put_json(
            &role(me["id"].as_str().unwrap()),
            &admin,
            &json!({ "role": "vaccinator", "facility_ids": [1001] }),
        )
        .await;
    assert_eq!(status, 400, "an administrator does not demote themselves");

    let mut all: Vec<i64> = india.facilities.iter().map(|facility| facility.id).collect();
    all.sort_unstable();
    let (_, facilities) = app.get_with_token("/t/in/api/staff/facilities", &admin).await;
    assert_eq!(ids(&facilities, "facilities", "id"), all);
    let victoria = facilities["facilities"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == 1001)
        .unwrap();
    assert_eq!(victoria["name"]["hi"], "विक्टोरिया अस्पताल");
    let (_, facilities) = app.get_with_token("/t/in/api/staff/facilities", &district).await;
    assert_eq!(ids(&facilities, "facilities", "id"), [1001]);
    let (_, facilities) = app.get_with_token("/t/in/api/staff/facilities", &vaccinator).await;
    assert_eq!(ids(&facilities, "facilities", "id"), [1001]);

    // A CSV import reports every line: created, refused by the configuration's rules, or outside the district.
    let csv = "name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type\n\
               Shivajinagar UPHC,294,East Zone,Shivajinagar,560001,12.985,77.605,09:00,17:00,Free\n\
               Nowhere Clinic,294,East Zone,Nowhere,999999,12.985,77.605,09:00,17:00,Free\n\
               Whitefield UPHC,265,East,Whitefield,560099,12.97,77.75,09:00,17:00,Free\n";
    let response = app
        .client
        .post(format!("{}/t/in/api/staff/facilities/import", app.address))
        .bearer_auth(&district)
        .header("content-type", "text/csv")
        .body(csv)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let report: Value = response.json().await.unwrap();
    assert_eq!(
        (report["imported"].as_u64(), report["refused"].as_u64()),
        (Some(1), Some(2)),
        "{report}"
    );
    let lines = report["lines"].as_array().unwrap();
    assert!(lines[0]["center_id"].is_i64() && lines[0]["refused"].is_null(), "{report}");
    assert!(lines[1]["refused"].as_str().unwrap().contains("postal_code"), "{report}");
    assert!(
        lines[2]["refused"].as_str().unwrap().contains("not one of your districts"),
        "{report}"
    );
    let (_, facilities) = app.get_with_token("/t/in/api/staff/facilities", &district).await;
    assert_eq!(
        ids(&facilities, "facilities", "id").len(),
        2,
        "the imported facility is listed: {facilities}"
    );

    let period = |from: chrono::NaiveDate, to: chrono::NaiveDate| format!("from={}&to={}", cowin_date(from), cowin_date(to));
    let week = period(today, today + Days::new(2));
    let (status, sessions) = app.get_with_token(&format!("/t/in/api/staff/sessions?{week}"), &vaccinator).await;
    assert_eq!(status, 200, "{sessions}");
    let at = ids(&sessions, "sessions", "facility_id");
    assert!(!at.is_empty() && at.iter().all(|facility| *facility == 1001), "{at:?}");
    let (status, body) = app
        .get_with_token(&format!("/t/in/api/staff/sessions?facility_id=1004&{week}"), &vaccinator)
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (403, Some("FORBIDDEN")));
    let (status, body) = app
        .get_with_token(
            &format!("/t/in/api/staff/sessions?{}", period(today, today + Days::new(90))),
            &admin,
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")));

    // An unbooked session moves to another day with other slots.
    let later = today + Days::new(5);
    let session = json!({ "facility_id": 1001, "date": cowin_date(later), "vaccine": "COVISHIELD", "min_age": 18,
                          "capacity_dose1": 5, "capacity_dose2": 5, "slots": ["09:00AM-11:00AM"] });
    let (status, created) = app.post_json("/t/in/api/staff/sessions", Some(&admin), &session).await;
    assert_eq!(status, 201, "{created}");
    let id = created["session_id"].as_str().unwrap().to_owned();
    let moved = json!({ "date": cowin_date(later + Days::new(1)), "min_age": 45, "max_age": 60, "slots": ["11:00AM-01:00PM"] });
    let (status, body) = app.put_json(&format!("/t/in/api/staff/sessions/{id}"), &admin, &moved).await;
    assert_eq!(status, 204, "{body}");
    let (_, listed) = app
        .get_with_token(
            &format!("/t/in/api/staff/sessions?facility_id=1001&{}", period(later, later + Days::new(1))),
            &admin,
        )
        .await;
    let changed = listed["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["session_id"] == id.as_str())
        .unwrap();
    assert_eq!(
        (changed["date"].as_str(), changed["min_age"].as_i64(), changed["max_age"].as_i64()),
        (Some(cowin_date(later + Days::new(1)).as_str()), Some(45), Some(60))
    );
    assert_eq!(changed["slots"], json!(["11:00AM-01:00PM"]));

    // Once someone is booked, the day and ages stay; a slot can still be added.
    let (status, _) = app.put_json(&format!("/t/in/api/staff/sessions/{id}"), &vaccinator, &moved).await;
    assert_eq!(status, 403, "vaccinators read sessions but do not change them");
    let citizen = sign_in_by_sms(&app, "/t/in", "9811000001", "+91").await;
    let reference = register(
        &app,
        "/t/in",
        &citizen,
        json!({ "name": "Ravi Kumar", "birth_year": 1980, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "234567890123" }),
    )
    .await;
    let booked = sessions["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["min_age"].as_i64().unwrap() <= 40 && s["max_age"].is_null())
        .unwrap()
        .clone();
    let booking = json!({ "dose": 1, "session_id": booked["session_id"], "slot": booked["slots"][0], "beneficiaries": [reference] });
    let (status, body) = app.post_json("/t/in/api/v2/appointment/schedule", Some(&citizen), &booking).await;
    assert_eq!(status, 200, "{body}");
    let path = format!("/t/in/api/staff/sessions/{}", booked["session_id"].as_str().unwrap());
    let booked_date = booked["date"].as_str().unwrap();
    let keep = |date: &str, slots: Value| json!({ "date": date, "min_age": booked["min_age"], "slots": slots });
    let other_day = cowin_date(today + Days::new(4));
    let (status, body) = app.put_json(&path, &admin, &keep(&other_day, booked["slots"].clone())).await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("SESSION_HAS_BOOKINGS")));
    let mut fewer = booked["slots"].as_array().unwrap().clone();
    fewer.remove(0);
    let (status, body) = app.put_json(&path, &admin, &keep(booked_date, json!(fewer))).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (409, Some("SESSION_HAS_BOOKINGS")),
        "a booked slot stays"
    );
    let mut more = booked["slots"].as_array().unwrap().clone();
    more.push(json!("05:00PM-06:00PM"));
    let (status, body) = app.put_json(&path, &admin, &keep(booked_date, json!(more))).await;
    assert_eq!(status, 204, "{body}");
}

#[tokio::test]
async fn dose_reports_come_from_tallies_kept_with_each_dose_and_corrections_move_them() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, admin, _) = staff_member(&app, &test.db, "IN", StaffRole::TenantAdmin, vec![], vec![]).await;
    let (_, district, _) = staff_member(&app, &test.db, "IN", StaffRole::DistrictAdmin, vec![294], vec![]).await;
    let (_, bengaluru, _) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![1001]).await;
    let (_, delhi, _) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![1004]).await;
    let today = india.today();

    let mut dose_ids = Vec::new();
    for (index, (vaccinator, facility)) in [(&bengaluru, 1001), (&bengaluru, 1001), (&bengaluru, 1001), (&delhi, 1004)]
        .into_iter()
        .enumerate()
    {
        let walk_in = json!({ "facility_id": facility, "mobile": format!("98220000{index:02}"), "name": format!("Walk-in {index}"),
                              "birth_year": 1975, "gender_id": 2, "photo_id_type": 1, "photo_id_number": format!("3456789012{index:02}") });
        let (status, body) = app.post_json("/t/in/api/staff/desk/walk-in", Some(vaccinator), &walk_in).await;
        assert_eq!(status, 201, "{body}");
        let dose = json!({ "idempotency_key": format!("report-{index}"), "beneficiary_reference_id": body["beneficiary_reference_id"],
                           "facility_id": facility, "vaccine": "COVISHIELD", "batch": "4121Z025", "dose": 1 });
        let (status, body) = app.post_json("/t/in/api/staff/doses", Some(vaccinator), &dose).await;
        assert_eq!(status, 201, "{body}");
        dose_ids.push(body["dose_id"].as_str().unwrap().to_owned());
    }

    let day = cowin_date(today);
    let (status, report) = app
        .get_with_token(&format!("/t/in/api/staff/reports/doses?from={day}&to={day}"), &admin)
        .await;
    assert_eq!(status, 200, "{report}");
    assert_eq!(report["total"], 4);
    assert_eq!(report["by_day"], json!([{ "date": day, "doses": 4 }]));
    assert_eq!(report["by_vaccine"], json!([{ "vaccine": "COVISHIELD", "dose": 1, "doses": 4 }]));
    let area = |report: &Value, district: i64| {
        report["by_area"]
            .as_array()
            .unwrap()
            .iter()
            .find(|area| area["district_id"] == district)
            .cloned()
            .unwrap()
    };
    let bbmp = area(&report, 294);
    assert_eq!(
        (bbmp["doses"].as_i64(), bbmp["first_doses"].as_i64(), bbmp["population"].as_i64()),
        (Some(3), Some(3), Some(8_443_675))
    );
    assert!((bbmp["first_dose_coverage"].as_f64().unwrap() - 3.0 / 8_443_675.0).abs() < 1e-12);
    assert_eq!(bbmp["district_name"], "BBMP");
    assert_eq!(area(&report, 140)["doses"], 1);
    assert_eq!(
        report["by_area"].as_array().unwrap().len(),
        10,
        "every district, with or without doses"
    );

    let (status, own) = app
        .get_with_token(&format!("/t/in/api/staff/reports/doses?from={day}&to={day}"), &district)
        .await;
    assert_eq!(status, 200, "{own}");
    assert_eq!((own["total"].as_i64(), own["by_area"].as_array().unwrap().len()), (Some(3), 1));
    assert_eq!(own["by_vaccine_period"], "since_start");
    let (status, _) = app
        .get_with_token(&format!("/t/in/api/staff/reports/doses?from={day}&to={day}"), &bengaluru)
        .await;
    assert_eq!(status, 403);

    let csv = app
        .client
        .get(format!(
            "{}/t/in/api/staff/reports/doses/by-area.csv?from={day}&to={day}",
            app.address
        ))
        .bearer_auth(&admin)
        .header("accept-language", "hi")
        .send()
        .await
        .unwrap();
    assert_eq!(csv.status().as_u16(), 200);
    assert!(csv.headers()["content-type"].to_str().unwrap().starts_with("text/csv"));
    let text = csv.text().await.unwrap();
    let mut lines = text.lines();
    assert_eq!(
        lines.next(),
        Some("state_id,state,district_id,district,doses,first_doses,population,first_dose_coverage")
    );
    assert!(text.contains("16,कर्नाटक,294,बीबीएमपी,3,3,8443675,0.0000"), "{text}");
    let (status, _) = app
        .get_with_token(&format!("/t/in/api/staff/reports/doses/by-nothing.csv?from={day}&to={day}"), &admin)
        .await;
    assert_eq!(status, 404);

    // A dose corrected to yesterday moves to yesterday in the report; the tallies still add up to the doses.
    let yesterday = today - Days::new(1);
    let correction = json!({ "dose_id": dose_ids[0], "given_on": cowin_date(yesterday), "reason": "entered on the wrong day" });
    let (status, body) = app.post_json("/t/in/api/staff/corrections/dose", Some(&admin), &correction).await;
    assert_eq!(status, 204, "{body}");
    let (_, report) = app
        .get_with_token(
            &format!("/t/in/api/staff/reports/doses?from={}&to={day}", cowin_date(yesterday)),
            &admin,
        )
        .await;
    assert_eq!(
        report["by_day"],
        json!([{ "date": cowin_date(yesterday), "doses": 1 }, { "date": day, "doses": 3 }])
    );
    for table in ["dose_tally_day", "dose_tally_day_district", "dose_tally_district"] {
        let tallied = test
            .count(&format!("SELECT coalesce(sum(doses), 0)::int8 AS n FROM tenant_in.{table}"))
            .await;
        assert_eq!(tallied, 4, "{table}");
    }
}

#[tokio::test]
async fn nha_reads_usage_per_day_and_the_licence_guard_s_refusals() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let app = spawn_app(&test, |_| {}).await;
    let nha = cowin_tests::platform::nha_admin(&app, &test.db).await;
    let citizen = sign_in_by_sms(&app, "/t/in", "9811000002", "+91").await;
    register(
        &app,
        "/t/in",
        &citizen,
        json!({ "name": "Meena Devi", "birth_year": 1990, "gender_id": 2, "photo_id_type": 1, "photo_id_number": "456789012345" }),
    )
    .await;
    let since = cowin_date(chrono::Utc::now().date_naive() - Days::new(7));
    let (status, usage) = app
        .get_with_token(&format!("/platform/api/usage?tenant=IN&from={since}"), &nha)
        .await;
    assert_eq!(status, 200, "{usage}");
    let registrations: i64 = usage["days"]
        .as_array()
        .unwrap()
        .iter()
        .map(|day| day["registrations"].as_i64().unwrap())
        .sum();
    assert_eq!(registrations, 1);
    assert!(usage["days"].as_array().unwrap().iter().all(|day| day["tenant"] == "IN"));

    // A request for a hostname India's licence does not name is refused and recorded.
    let response = app.get("/api/v2/admin/location/states", Some("unlicensed.example.in"), None).await;
    assert_eq!(response.status().as_u16(), 404, "an unknown host is no tenant");
    let (status, events) = app.get_with_token("/platform/api/licence-events?limit=10", &nha).await;
    assert_eq!(status, 200, "{events}");
    assert!(events["events"].is_array());
    let (status, _) = app.get_with_token("/platform/api/usage?from=01-01-2026", "not a token").await;
    assert_eq!(status, 401);
}
