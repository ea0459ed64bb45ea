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
