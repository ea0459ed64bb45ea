//! The whole citizen journey over the CoWIN v2 API, for two tenants side by side.

use cowin_tests::citizen::{register, sign_in};
use cowin_tests::{TestApp, cowin_date, demo_config, fixture_config, fresh_database, onboard, seed_sessions, spawn_app};
use serde_json::{Value, json};

struct Country {
    base: &'static str,
    mobile: &'static str,
    documents: [(i64, &'static str); 2],
    district: i32,
}

/// Sessions of the district calendar that a 35-year-old can book for dose 1, in calendar order.
async fn bookable_sessions(app: &TestApp, country: &Country, date: &str) -> Vec<(String, String, i64)> {
    let path = format!(
        "{}/api/v2/appointment/sessions/public/calendarByDistrict?district_id={}&date={date}",
        country.base, country.district
    );
    let calendar = app.get_json(&path, None, None, 200).await;
    let mut found = Vec::new();
    for center in calendar["centers"].as_array().expect("centers") {
        for session in center["sessions"].as_array().expect("sessions") {
            if session["available_capacity_dose1"].as_i64().unwrap() >= 2 && session["min_age_limit"].as_i64().unwrap() <= 35 {
                found.push((
                    session["session_id"].as_str().unwrap().to_owned(),
                    session["slots"][0].as_str().unwrap().to_owned(),
                    session["available_capacity_dose1"].as_i64().unwrap(),
                ));
            }
        }
    }
    found
}

async fn dose1_capacity(app: &TestApp, country: &Country, date: &str, session_id: &str) -> i64 {
    let path = format!(
        "{}/api/v2/appointment/sessions/public/calendarByDistrict?district_id={}&date={date}",
        country.base, country.district
    );
    let calendar = app.get_json(&path, None, None, 200).await;
    calendar["centers"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|c| c["sessions"].as_array().unwrap().iter())
        .find(|s| s["session_id"] == session_id)
        .map_or(-1, |s| s["available_capacity_dose1"].as_i64().unwrap())
}

/// Walks one tenant's journey; returns its token, its beneficiaries and a session id of its own.
async fn journey(app: &TestApp, country: &Country, date: &str) -> (String, Vec<String>, String) {
    let citizen = sign_in(app, country.base, country.mobile).await;
    let token = citizen.token.as_str();
    let mut members = Vec::new();
    for (index, (id_type, number)) in country.documents.iter().enumerate() {
        let body = json!({ "name": format!("Member {index}"), "birth_year": "1991", "gender_id": 1, "photo_id_type": id_type,
                           "photo_id_number": number, "comorbidity_ind": "N", "consent_version": "V1" });
        members.push(register(app, country.base, token, body).await);
    }

    let sessions = bookable_sessions(app, country, date).await;
    assert!(sessions.len() >= 2, "{}: the seeded calendar offers sessions", country.base);
    let (first, first_slot, first_capacity) = sessions[0].clone();
    let (second, second_slot, _) = sessions[1].clone();
    let schedule =
        |session: &str, slot: &str, who: Vec<String>| json!({ "dose": 1, "session_id": session, "slot": slot, "beneficiaries": who });
    let (status, booked) = app
        .post_json(
            &format!("{}/api/v2/appointment/schedule", country.base),
            Some(token),
            &schedule(&first, &first_slot, members.clone()),
        )
        .await;
    assert_eq!(status, 200, "{booked}");
    let appointment = booked["appointment_confirmation_no"].as_str().unwrap().to_owned();
    assert_eq!(
        dose1_capacity(app, country, date, &first).await,
        first_capacity - 2,
        "two places taken"
    );

    let (status, body) = app
        .post_json(
            &format!("{}/api/v2/appointment/reschedule", country.base),
            Some(token),
            &json!({ "appointment_id": appointment, "session_id": second, "slot": second_slot }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    assert_eq!(
        dose1_capacity(app, country, date, &first).await,
        first_capacity,
        "places given back on reschedule"
    );

    let (status, body) = app
        .post_json(
            &format!("{}/api/v2/appointment/cancel", country.base),
            Some(token),
            &json!({ "appointment_id": appointment, "beneficiariesToCancel": [members[1]] }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, again) = app
        .post_json(
            &format!("{}/api/v2/appointment/schedule", country.base),
            Some(token),
            &schedule(&first, &first_slot, vec![members[1].clone()]),
        )
        .await;
    assert_eq!(status, 200, "{again}");

    let (status, listing) = app
        .get_with_token(&format!("{}/api/v2/appointment/beneficiaries", country.base), token)
        .await;
    assert_eq!(status, 200);
    let listed = listing["beneficiaries"].as_array().unwrap();
    assert_eq!(listed.len(), 2);
    for (member, expected_session) in members.iter().zip([&second, &first]) {
        let entry = listed.iter().find(|b| &b["beneficiary_reference_id"] == member).expect("listed");
        assert_eq!(entry["vaccination_status"], "Not Vaccinated");
        let appointments = entry["appointments"].as_array().unwrap();
        assert_eq!(appointments.len(), 1, "{entry}");
        assert_eq!(&appointments[0]["session_id"], expected_session);
        assert_eq!(appointments[0]["dose"], 1);
        assert!(entry["photo_id_number"].as_str().unwrap().starts_with("XXX"), "masked: {entry}");
        assert_eq!(entry["mobile_number"], country.mobile[country.mobile.len() - 4..]);
    }
    (citizen.token, members, first)
}

#[tokio::test]
async fn the_whole_journey_works_for_two_tenants_and_nothing_crosses() {
    let test = fresh_database().await;
    let brazil = demo_config("BR");
    let lanka = fixture_config("LK");
    onboard(&test.db, &brazil).await;
    onboard(&test.db, &lanka).await;
    let today = seed_sessions(&test.db, &brazil, 7).await;
    seed_sessions(&test.db, &lanka, 7).await;
    let app = spawn_app(&test, |_| {}).await;
    let date = cowin_date(today);

    let br = Country {
        base: "/t/br",
        mobile: "11987654321",
        documents: [(1, "123.456.789-09"), (2, "898001160662008")],
        district: 3550308,
    };
    let lk = Country {
        base: "/t/lk",
        mobile: "712345678",
        documents: [(1, "199012345678"), (1, "198512345671")],
        district: 1,
    };
    let (br_token, br_members, br_session) = journey(&app, &br, &date).await;
    let (lk_token, lk_members, lk_session) = journey(&app, &lk, &date).await;

    // A token of one country is refused by the other.
    let (status, body) = app.get_with_token("/t/lk/api/v2/appointment/beneficiaries", &br_token).await;
    assert_eq!((status, body["errorCode"].clone()), (401, Value::from("UNAUTHENTICATED")));
    // One country's sessions and beneficiaries do not exist in the other.
    let foreign = json!({ "dose": 1, "session_id": br_session, "slot": "09:00AM-11:00AM", "beneficiaries": [lk_members[0]] });
    let (status, body) = app.post_json("/t/lk/api/v2/appointment/schedule", Some(&lk_token), &foreign).await;
    assert_eq!((status, body["errorCode"].clone()), (404, Value::from("SESSION_NOT_FOUND")));
    let foreign = json!({ "dose": 1, "session_id": lk_session, "slot": "08:00AM-10:00AM", "beneficiaries": [br_members[0]] });
    let (status, body) = app.post_json("/t/lk/api/v2/appointment/schedule", Some(&lk_token), &foreign).await;
    assert_eq!((status, body["errorCode"].clone()), (404, Value::from("BENEFICIARY_NOT_FOUND")));
    let (_, lk_list) = app.get_with_token("/t/lk/api/v2/appointment/beneficiaries", &lk_token).await;
    let listed: Vec<&Value> = lk_list["beneficiaries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|b| &b["beneficiary_reference_id"])
        .collect();
    assert!(br_members.iter().all(|member| !listed.contains(&&Value::from(member.as_str()))));
}
