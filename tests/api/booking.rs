//! Booking rules over the API: capacity is never oversold, and the catalogue's dose rules hold.

use cowin_tests::citizen::{register, sign_in};
use cowin_tests::{TestApp, cowin_date, fixture_config, fresh_database, onboard, seed_sessions, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

/// LK's first session of the day, with its slot.
async fn first_session(app: &TestApp, date: &str) -> (String, String) {
    let calendar = app
        .get_json(
            &format!("/t/lk/api/v2/appointment/sessions/public/calendarByCenter?center_id=1&date={date}"),
            None,
            None,
            200,
        )
        .await;
    let session = &calendar["centers"]["sessions"][0];
    (
        session["session_id"].as_str().unwrap().to_owned(),
        session["slots"][0].as_str().unwrap().to_owned(),
    )
}

fn member(index: usize) -> serde_json::Value {
    json!({ "name": format!("Citizen {index}"), "birth_year": 1980, "gender_id": 1, "photo_id_type": 1, "photo_id_number": format!("{:012}", 100_000_000_000_u64 + index as u64) })
}

#[tokio::test]
async fn concurrent_bookings_of_the_last_places_never_oversell() {
    let test = fresh_database().await;
    let lanka = fixture_config("LK");
    onboard(&test.db, &lanka).await;
    let today = seed_sessions(&test.db, &lanka, 1).await;
    let app = spawn_app(&test, |settings| settings.database.max_connections = 10).await;
    let date = cowin_date(today);
    let (session, slot) = first_session(&app, &date).await;
    // Leave exactly three dose-1 places.
    test.db
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "UPDATE tenant_lk.sessions SET capacity_dose1 = booked_dose1 + 3 WHERE id = $1::uuid",
            [session.clone().into()],
        ))
        .await
        .unwrap();

    let mut citizens = Vec::new();
    for index in 0..16 {
        let citizen = sign_in(&app, "/t/lk", &format!("7000000{index:02}")).await;
        let reference = register(&app, "/t/lk", &citizen.token, member(index)).await;
        citizens.push((citizen.token, reference));
    }
    let attempts = citizens.iter().map(|(token, reference)| {
        let body = json!({ "dose": 1, "session_id": session, "slot": slot, "beneficiaries": [reference] });
        let app = &app;
        async move { app.post_json("/t/lk/api/v2/appointment/schedule", Some(token), &body).await }
    });
    let results = futures::future::join_all(attempts).await;
    let booked = results.iter().filter(|(status, _)| *status == 200).count();
    let refused: Vec<_> = results.iter().filter(|(status, _)| *status != 200).collect();
    assert_eq!(booked, 3, "exactly the places left are booked: {refused:?}");
    assert!(
        refused
            .iter()
            .all(|(status, body)| *status == 409 && body["errorCode"] == "NO_CAPACITY"),
        "{refused:?}"
    );
    let row = test
        .db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT booked_dose1 - capacity_dose1 AS over, (SELECT count(*) FROM tenant_lk.appointments WHERE session_id = $1::uuid AND status = 'booked') AS n \
             FROM tenant_lk.sessions WHERE id = $1::uuid",
            [session.into()],
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i32>("", "over").unwrap(), 0);
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 3);
}

#[tokio::test]
async fn dose_order_interval_and_limits_are_enforced() {
    let test = fresh_database().await;
    let lanka = fixture_config("LK");
    onboard(&test.db, &lanka).await;
    let today = seed_sessions(&test.db, &lanka, 1).await;
    let app = spawn_app(&test, |_| {}).await;
    let date = cowin_date(today);
    let (session, slot) = first_session(&app, &date).await;
    let citizen = sign_in(&app, "/t/lk", "712000001").await;
    let token = citizen.token.as_str();
    let adult = register(&app, "/t/lk", token, member(1)).await;
    let child = register(&app, "/t/lk", token, json!({ "name": "Child", "birth_year": today.format("%Y").to_string().parse::<i32>().unwrap() - 10, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "201500000001" })).await;
    let book = |who: &str, dose: u8| json!({ "dose": dose, "session_id": session, "slot": slot, "beneficiaries": [who] });
    let schedule = "/t/lk/api/v2/appointment/schedule";

    let (status, body) = app.post_json(schedule, Some(token), &book(&child, 1)).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("AGE_NOT_ELIGIBLE")));
    let (status, body) = app.post_json(schedule, Some(token), &book(&adult, 2)).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("DOSE_OUT_OF_ORDER")));
    let (status, body) = app
        .post_json(
            schedule,
            Some(token),
            &json!({ "dose": 1, "session_id": session, "slot": "03:00AM-04:00AM", "beneficiaries": [adult] }),
        )
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("SLOT_NOT_OFFERED")));

    // A first dose given ten days ago: the second is due after 56 days (the fixture's rule).
    test.db
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO tenant_lk.doses (id, beneficiary_id, dose, vaccine_code, given_on) VALUES (gen_random_uuid(), $1, 1, 'COVISHIELD', $2)",
            [adult.clone().into(), (today - chrono::Days::new(10)).into()],
        ))
        .await
        .unwrap();
    let (status, body) = app.post_json(schedule, Some(token), &book(&adult, 2)).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("DOSE_TOO_EARLY")));
    // The day, as English is written in Sri Lanka (CLDR through ICU4X), not the API's DD-MM-YYYY.
    let localizer = cowin_app::i18n::Localizer::load(&cowin_tests::repo_root().join("locales")).unwrap();
    let due = localizer.date(
        &cowin_core::LocaleTag::english(),
        cowin_core::TenantCode::parse("LK").unwrap(),
        today - chrono::Days::new(10) + chrono::Days::new(56),
    );
    assert!(!due.contains('-'), "{due}");
    assert!(
        body["error"].as_str().unwrap().contains(&due),
        "the message names the day ({due}): {body}"
    );
    let (status, body) = app.post_json(schedule, Some(token), &book(&adult, 1)).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("DOSE_OUT_OF_ORDER")));

    // A vaccinated beneficiary cannot be deleted; an unvaccinated one can, and their document is free again.
    let delete = "/t/lk/api/v2/registration/beneficiary/delete";
    let (status, body) = app
        .post_json(delete, Some(token), &json!({ "beneficiary_reference_id": adult }))
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("BENEFICIARY_VACCINATED")));
    let (status, _) = app
        .post_json(delete, Some(token), &json!({ "beneficiary_reference_id": child }))
        .await;
    assert_eq!(status, 204);
    register(
        &app,
        "/t/lk",
        token,
        json!({ "name": "Child", "birth_year": 2015, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "201500000001" }),
    )
    .await;
}

#[tokio::test]
async fn registration_checks_documents_and_the_member_limit() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |_| {}).await;
    let first = sign_in(&app, "/t/lk", "712000002").await;
    let second = sign_in(&app, "/t/lk", "712000003").await;
    let new = "/t/lk/api/v2/registration/beneficiary/new";
    for index in 0..4 {
        register(&app, "/t/lk", &first.token, member(100 + index)).await;
    }
    let (status, body) = app.post_json(new, Some(&first.token), &member(200)).await;
    assert_eq!((status, body["errorCode"].as_str()), (409, Some("MEMBER_LIMIT_REACHED")));
    assert!(body["error"].as_str().unwrap().contains('4'), "{body}");
    let (status, body) = app.post_json(new, Some(&second.token), &member(100)).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (409, Some("ID_DOCUMENT_ALREADY_REGISTERED")),
        "the same document on another account"
    );
    let mut bad = member(300);
    bad["photo_id_number"] = json!("12AB");
    let (status, body) = app.post_json(new, Some(&second.token), &bad).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_ID_DOCUMENT")));
    assert!(body["error"].as_str().unwrap().contains("National Identity Card"), "{body}");
    let mut bad = member(301);
    bad["gender_id"] = json!(99);
    let (status, body) = app.post_json(new, Some(&second.token), &bad).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")));
    let (status, body) = app.post_json(new, None, &member(302)).await;
    assert_eq!((status, body["errorCode"].as_str()), (401, Some("UNAUTHENTICATED")));

    // Neither the mobile nor the document number is stored in plain text.
    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT (SELECT count(*) FROM tenant_lk.beneficiaries WHERE position(convert_to('100000000100', 'UTF8') IN id_number_encrypted) > 0 \
                OR position(convert_to('100000000100', 'UTF8') IN id_number_hash) > 0) AS plain_ids, \
             (SELECT count(*) FROM tenant_lk.accounts WHERE position(convert_to('712000002', 'UTF8') IN mobile_encrypted) > 0) AS plain_mobiles",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "plain_ids").unwrap(), 0);
    assert_eq!(row.try_get::<i64>("", "plain_mobiles").unwrap(), 0);
}
