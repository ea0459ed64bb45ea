//! Public availability search in CoWIN's shapes and date format.

use cowin_tests::{cowin_date, demo_config, fresh_database, onboard, seed_sessions, spawn_app};

#[tokio::test]
async fn searches_answer_in_cowin_shapes_and_languages() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let today = seed_sessions(&test.db, &india, 7).await;
    let app = spawn_app(&test, |_| {}).await;
    let date = cowin_date(today);
    let facility = &india.facilities[0];

    let by_pin = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/sessions/public/findByPin?pincode={}&date={date}",
                facility.postal_code
            ),
            None,
            Some("hi"),
            200,
        )
        .await;
    let sessions = by_pin["sessions"].as_array().unwrap();
    assert!(!sessions.is_empty(), "{by_pin}");
    let session = &sessions[0];
    for field in [
        "center_id",
        "name",
        "name_l",
        "address",
        "state_name",
        "state_name_l",
        "district_name",
        "district_name_l",
        "block_name",
        "block_name_l",
        "pincode",
        "lat",
        "long",
        "from",
        "to",
        "fee_type",
        "session_id",
        "date",
        "available_capacity",
        "available_capacity_dose1",
        "available_capacity_dose2",
        "fee",
        "min_age_limit",
        "allow_all_age",
        "vaccine",
        "slots",
    ] {
        assert!(session.get(field).is_some(), "Session lacks {field}: {session}");
    }
    assert_eq!(session["date"], date.as_str());
    assert_eq!(session["pincode"], facility.postal_code.as_str());
    assert_ne!(session["name"], session["name_l"], "the Hindi name differs from the English one");
    assert!(session["slots"][0].as_str().unwrap().ends_with('M'), "slots like 09:00AM-11:00AM");

    let by_district = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/sessions/findByDistrict?district_id={}&date={date}",
                facility.district_id
            ),
            None,
            None,
            200,
        )
        .await;
    assert!(
        by_district["sessions"]
            .as_array()
            .unwrap()
            .iter()
            .all(|s| s["date"] == date.as_str())
    );
    let calendar = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/sessions/public/calendarByCenter?center_id={}&date={date}",
                facility.id
            ),
            None,
            None,
            200,
        )
        .await;
    assert_eq!(calendar["centers"]["center_id"], facility.id);
    assert!(
        calendar["centers"]["sessions"].as_array().unwrap().len() >= 7,
        "seven days: {calendar}"
    );
    let paid = india
        .facilities
        .iter()
        .find(|f| !f.vaccine_fees.is_empty())
        .expect("India has a paid centre");
    let calendar = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/sessions/public/calendarByDistrict?district_id={}&date={date}",
                paid.district_id
            ),
            None,
            None,
            200,
        )
        .await;
    let centre = calendar["centers"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["center_id"] == paid.id)
        .expect("the paid centre is listed");
    assert_eq!(centre["fee_type"], "Paid");
    assert!(!centre["vaccine_fees"].as_array().unwrap().is_empty());

    let near = app
        .get_json(
            &format!(
                "/t/in/api/v2/appointment/centers/public/findByLatLong?lat={}&long={}",
                facility.lat, facility.long
            ),
            None,
            None,
            200,
        )
        .await;
    assert_eq!(
        near["centers"][0]["center_id"], facility.id,
        "the nearest centre is the one at that point"
    );

    let bad = app
        .get_json(
            "/t/in/api/v2/appointment/sessions/public/findByPin?pincode=110001&date=2026-11-25",
            None,
            None,
            400,
        )
        .await;
    assert_eq!(bad["errorCode"], "INVALID_PARAMETER");
    assert!(bad["error"].as_str().unwrap().contains("date"), "{bad}");
    let bad = app
        .get_json(
            &format!("/t/in/api/v2/appointment/sessions/public/findByPin?pincode=ABC&date={date}"),
            None,
            None,
            400,
        )
        .await;
    assert!(bad["error"].as_str().unwrap().contains("pincode"), "{bad}");
    let types = app
        .get_json("/t/in/api/v2/registration/beneficiary/idTypes", None, Some("bn"), 200)
        .await;
    assert_eq!(types["types"][0]["type"], "Aadhaar Card");
    assert_ne!(types["types"][0]["type_l"], "Aadhaar Card");
    let genders = app.get_json("/t/in/api/v2/registration/beneficiary/genders", None, None, 200).await;
    assert_eq!(genders["genders"].as_array().unwrap().len(), 3);
}

#[tokio::test]
async fn cached_answers_are_gzipped_on_request_and_never_older_than_five_seconds() {
    use std::io::Read;
    use std::time::{Duration, Instant};

    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let today = seed_sessions(&test.db, &india, 7).await;
    let app = spawn_app(&test, |settings| settings.availability_cache.ttl_ms = 1500).await;
    let facility = &india.facilities[0];
    let path = format!(
        "{}/t/in/api/v2/appointment/sessions/public/calendarByCenter?center_id={}&date={}",
        app.address,
        facility.id,
        cowin_date(today)
    );

    let plain = app.client.get(&path).send().await.unwrap();
    assert!(plain.headers().get("content-encoding").is_none());
    let plain: serde_json::Value = plain.json().await.unwrap();
    let zipped = app.client.get(&path).header("accept-encoding", "gzip, br").send().await.unwrap();
    assert_eq!(zipped.headers()["content-encoding"], "gzip");
    assert_eq!(zipped.headers()["vary"], "Accept-Encoding");
    let bytes = zipped.bytes().await.unwrap();
    let mut json = String::new();
    flate2::read::GzDecoder::new(&bytes[..]).read_to_string(&mut json).unwrap();
    assert_eq!(serde_json::from_str::<serde_json::Value>(&json).unwrap(), plain);

    // A booking elsewhere changes capacity; the answer reflects it within the cache lifetime.
    let session = plain["centers"]["sessions"][0]["session_id"].as_str().unwrap().to_owned();
    let before = plain["centers"]["sessions"][0]["available_capacity_dose1"].as_i64().unwrap();
    let changed_at = Instant::now();
    sea_orm::ConnectionTrait::execute_raw(
        test.db.main(),
        sea_orm::Statement::from_sql_and_values(
            sea_orm::DbBackend::Postgres,
            "UPDATE tenant_in.sessions SET booked_dose1 = booked_dose1 + 1 WHERE id = $1::uuid",
            [session.into()],
        ),
    )
    .await
    .unwrap();
    loop {
        let now: serde_json::Value = app.client.get(&path).send().await.unwrap().json().await.unwrap();
        if now["centers"]["sessions"][0]["available_capacity_dose1"].as_i64().unwrap() == before - 1 {
            break;
        }
        assert!(
            changed_at.elapsed() < Duration::from_secs(5),
            "the change must show within five seconds"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}
