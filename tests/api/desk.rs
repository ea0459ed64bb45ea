//! The vaccinator's desk: verify by security code or document, walk-ins, dose records that hold the rules
//! and never record twice.

use cowin_core::StaffRole;
use cowin_tests::citizen::{register, sign_in};
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, cowin_date, fixture_config, fresh_database, onboard, seed_sessions, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

struct Desk {
    app: TestApp,
    test: cowin_tests::TestDb,
    vaccinator: String,
    date: String,
}

async fn desk() -> Desk {
    let test = fresh_database().await;
    let lanka = fixture_config("LK");
    onboard(&test.db, &lanka).await;
    let today = seed_sessions(&test.db, &lanka, 3).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, vaccinator, _) = staff_member(&app, &test.db, "LK", StaffRole::Vaccinator, vec![], vec![1]).await;
    Desk {
        app,
        test,
        vaccinator,
        date: cowin_date(today),
    }
}

fn dose(key: &str, reference: &str, dose: u8) -> Value {
    json!({ "idempotency_key": key, "beneficiary_reference_id": reference, "facility_id": 1, "vaccine": "COVISHIELD", "batch": "4121Z025", "dose": dose })
}

#[tokio::test]
async fn a_booked_citizen_is_verified_by_code_and_the_dose_is_recorded_exactly_once() {
    let Desk {
        app,
        test,
        vaccinator,
        date,
    } = desk().await;
    let citizen = sign_in(&app, "/t/lk", "771000001").await;
    let reference = register(
        &app,
        "/t/lk",
        &citizen.token,
        json!({ "name": "Nimal Perera", "birth_year": 1970, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "197012345678" }),
    )
    .await;
    let calendar = app
        .get_json(
            &format!("/t/lk/api/v2/appointment/sessions/public/calendarByCenter?center_id=1&date={date}"),
            None,
            None,
            200,
        )
        .await;
    let session = &calendar["centers"]["sessions"][0];
    let booking = json!({ "dose": 1, "session_id": session["session_id"], "slot": session["slots"][0], "beneficiaries": [reference] });
    let (status, body) = app
        .post_json("/t/lk/api/v2/appointment/schedule", Some(&citizen.token), &booking)
        .await;
    assert_eq!(status, 200, "{body}");
    let appointment = body["appointment_confirmation_no"].as_str().unwrap().to_owned();
    let (_, listing) = app.get_with_token("/t/lk/api/v2/appointment/beneficiaries", &citizen.token).await;
    let code = listing["beneficiaries"][0]["appointments"][0]["security_code"]
        .as_str()
        .unwrap()
        .to_owned();
    assert_eq!(code.len(), 4);

    let (status, day) = app
        .get_with_token(&format!("/t/lk/api/staff/desk/appointments?facility_id=1&date={date}"), &vaccinator)
        .await;
    assert_eq!(status, 200, "{day}");
    assert_eq!(day["appointments"][0]["beneficiary_reference_id"], reference.as_str());
    assert!(
        day["appointments"][0].get("security_code").is_none(),
        "the desk list does not reveal codes"
    );

    let wrong = if code == "0000" { "0001" } else { "0000" };
    let verify = |code: &str| json!({ "facility_id": 1, "appointment_id": appointment, "beneficiary_reference_id": reference, "security_code": code });
    let (status, body) = app
        .post_json("/t/lk/api/staff/desk/verify", Some(&vaccinator), &verify(wrong))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("VERIFICATION_FAILED")));
    let (status, body) = app
        .post_json("/t/lk/api/staff/desk/verify", Some(&vaccinator), &verify(&code))
        .await;
    assert_eq!((status, body["name"].as_str()), (200, Some("Nimal Perera")));
    let (status, body) = app
        .post_json(
            "/t/lk/api/staff/desk/verify",
            Some(&vaccinator),
            &json!({ "facility_id": 1, "photo_id_type": 1, "photo_id_number": "197012345678" }),
        )
        .await;
    assert_eq!(
        (status, body["beneficiary_reference_id"].as_str()),
        (200, Some(reference.as_str())),
        "by document: {body}"
    );

    let (status, first) = app
        .post_json("/t/lk/api/staff/doses", Some(&vaccinator), &dose("desk-1-k1", &reference, 1))
        .await;
    assert_eq!(status, 201, "{first}");
    assert_eq!(first["vaccination_status"], "Partially Vaccinated");
    let (status, retry) = app
        .post_json("/t/lk/api/staff/doses", Some(&vaccinator), &dose("desk-1-k1", &reference, 1))
        .await;
    assert_eq!(
        (status, &retry["dose_id"]),
        (201, &first["dose_id"]),
        "a retry returns the first result"
    );
    let (status, body) = app
        .post_json("/t/lk/api/staff/doses", Some(&vaccinator), &dose("desk-1-k1", &reference, 2))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("IDEMPOTENCY_KEY_REUSED")));
    let (status, body) = app
        .post_json("/t/lk/api/staff/doses", Some(&vaccinator), &dose("desk-1-k2", &reference, 1))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("DOSE_ALREADY_RECORDED")));
    let (status, body) = app
        .post_json("/t/lk/api/staff/doses", Some(&vaccinator), &dose("desk-1-k3", &reference, 2))
        .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("DOSE_TOO_EARLY")),
        "the catalogue's interval holds at the desk too"
    );
    let mut elsewhere = dose("desk-1-k4", &reference, 2);
    elsewhere["facility_id"] = json!(999);
    let (status, body) = app.post_json("/t/lk/api/staff/doses", Some(&vaccinator), &elsewhere).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (403, Some("FORBIDDEN")),
        "only at the vaccinator's own facilities"
    );

    let (_, listing) = app.get_with_token("/t/lk/api/v2/appointment/beneficiaries", &citizen.token).await;
    let me = &listing["beneficiaries"][0];
    assert_eq!(me["vaccination_status"], "Partially Vaccinated");
    assert_eq!(me["dose1_date"], date.as_str());
    assert_eq!(me["appointments"].as_array().unwrap().len(), 0, "the appointment is completed");
    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM tenant_lk.doses",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 1);
}

#[tokio::test]
async fn concurrent_retries_of_one_dose_record_it_once_and_walk_ins_register_at_the_desk() {
    let Desk { app, test, vaccinator, .. } = desk().await;
    let walk_in = json!({ "facility_id": 1, "mobile": "771000002", "name": "Kamala Silva", "birth_year": "1965", "gender_id": 1, "photo_id_type": 1, "photo_id_number": "196512345678" });
    let (status, body) = app.post_json("/t/lk/api/staff/desk/walk-in", Some(&vaccinator), &walk_in).await;
    assert_eq!(status, 201, "{body}");
    let reference = body["beneficiary_reference_id"].as_str().unwrap().to_owned();
    let (status, body) = app.post_json("/t/lk/api/staff/desk/walk-in", Some(&vaccinator), &walk_in).await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("ID_DOCUMENT_ALREADY_REGISTERED")));

    let attempts = (0..8).map(|_| {
        let app = &app;
        let token = vaccinator.as_str();
        let body = dose("walk-in-dose-1", &reference, 1);
        async move { app.post_json("/t/lk/api/staff/doses", Some(token), &body).await }
    });
    let results = futures::future::join_all(attempts).await;
    let ids: std::collections::BTreeSet<String> = results
        .iter()
        .map(|(status, body)| {
            assert_eq!(*status, 201, "{body}");
            body["dose_id"].as_str().unwrap().to_owned()
        })
        .collect();
    assert_eq!(ids.len(), 1, "every retry answers the same dose");
    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM tenant_lk.doses",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 1);
}

#[tokio::test]
async fn an_offline_day_uploads_in_bulk_record_by_record_and_a_retry_changes_nothing() {
    let Desk { app, test, vaccinator, .. } = desk().await;
    let mut references = Vec::new();
    for index in 0..3 {
        let walk_in = json!({ "facility_id": 1, "mobile": format!("77200000{index}"), "name": format!("Offline {index}"), "birth_year": 1980,
                              "gender_id": 1, "photo_id_type": 1, "photo_id_number": format!("19800000000{index}") });
        let (status, body) = app.post_json("/t/lk/api/staff/desk/walk-in", Some(&vaccinator), &walk_in).await;
        assert_eq!(status, 201, "{body}");
        references.push(body["beneficiary_reference_id"].as_str().unwrap().to_owned());
    }
    let yesterday = cowin_tests::cowin_date(chrono::Utc::now().date_naive() - chrono::Days::new(1));
    let mut records: Vec<Value> = references
        .iter()
        .enumerate()
        .map(|(index, reference)| {
            let mut record = dose(&format!("offline-{index}"), reference, 1);
            record["given_on"] = json!(yesterday);
            record
        })
        .collect();
    records.push(dose("offline-too-early", &references[0], 2));
    let batch = json!({ "records": records });

    let response = app
        .client
        .post(format!("{}/t/lk/api/staff/doses/bulk", app.address))
        .bearer_auth(&vaccinator)
        .header("accept-language", "en")
        .json(&batch)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    let first: Value = response.json().await.unwrap();
    let outcomes: Vec<&str> = first["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["recorded", "recorded", "recorded", "refused"]);
    assert_eq!(first["results"][3]["errorCode"], "DOSE_TOO_EARLY");
    assert!(
        first["results"][3]["error"]
            .as_str()
            .unwrap()
            .starts_with("The next dose can be booked from"),
        "{}",
        first["results"][3]
    );
    assert_eq!(first["results"][0]["dose"]["given_on"], yesterday.as_str());

    let (status, again) = app.post_json("/t/lk/api/staff/doses/bulk", Some(&vaccinator), &batch).await;
    assert_eq!(status, 200);
    let outcomes: Vec<&str> = again["results"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["outcome"].as_str().unwrap())
        .collect();
    assert_eq!(outcomes, ["replayed", "replayed", "replayed", "refused"]);
    for index in 0..3 {
        assert_eq!(
            again["results"][index]["dose"]["dose_id"],
            first["results"][index]["dose"]["dose_id"]
        );
    }
    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM tenant_lk.doses",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 3);
}

#[tokio::test]
async fn two_servers_recording_one_dose_at_once_under_different_keys_record_it_once() {
    let Desk { app, test, vaccinator, .. } = desk().await;
    let second = cowin_tests::spawn_app(&test, |_| {}).await;
    let walk_in = json!({ "facility_id": 1, "mobile": "771000003", "name": "Sunil Fernando", "birth_year": 1975, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "197512345678" });
    let (status, body) = app.post_json("/t/lk/api/staff/desk/walk-in", Some(&vaccinator), &walk_in).await;
    assert_eq!(status, 201, "{body}");
    let reference = body["beneficiary_reference_id"].as_str().unwrap().to_owned();

    // Each server's dose writer judges its own group; the database decides between them.
    let attempts = (0..10).map(|index| {
        let server = if index % 2 == 0 { &app } else { &second };
        let body = dose(&format!("desk-{index}"), &reference, 1);
        let token = vaccinator.as_str();
        async move { server.post_json("/t/lk/api/staff/doses", Some(token), &body).await }
    });
    let results = futures::future::join_all(attempts).await;
    let recorded = results.iter().filter(|(status, _)| *status == 201).count();
    assert_eq!(recorded, 1, "{results:?}");
    for (status, body) in results.iter().filter(|(status, _)| *status != 201) {
        assert_eq!(body["errorCode"], "DOSE_ALREADY_RECORDED", "{status} {body}");
    }
    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM tenant_lk.doses",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 1);
}
