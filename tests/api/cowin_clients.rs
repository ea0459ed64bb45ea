//! Clients generated from CoWIN's published spec type ids, years and dose numbers as `number` and send them as
//! `1.0`. The whole citizen journey, with bodies and parameters written as such a client writes them.

use cowin_tests::citizen::sign_in_by_sms;
use cowin_tests::{cowin_date, demo_config, fresh_database, onboard, seed_sessions, spawn_app};
use serde_json::json;

#[tokio::test]
async fn a_client_generated_from_cowins_spec_completes_the_journey_with_numbers_written_as_floats() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    let date = cowin_date(seed_sessions(&test.db, &india, 3).await);
    let app = spawn_app(&test, |_| {}).await;
    let token = sign_in_by_sms(&app, "/t/in", "9876500001", &india.calling_code).await;
    let base = "/t/in/api/v2";

    let member = json!({ "name": "Ravi Kumar", "birth_year": 1991.0, "gender_id": 1.0, "photo_id_type": 1.0,
                         "photo_id_number": "491872365044", "comorbidity_ind": "N", "consent_version": "V1" });
    let (status, body) = app
        .post_json(&format!("{base}/registration/beneficiary/new"), Some(&token), &member)
        .await;
    assert_eq!(status, 200, "{body}");
    let reference = body["beneficiary_reference_id"].as_str().unwrap().to_owned();
    let mut fractional = member.clone();
    fractional["gender_id"] = json!(1.5);
    fractional["photo_id_number"] = json!("287654321098");
    let (status, body) = app
        .post_json(&format!("{base}/registration/beneficiary/new"), Some(&token), &fractional)
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")), "{body}");
    assert!(body["error"].as_str().unwrap().contains("gender_id"), "the field is named: {body}");

    let facility = &india.facilities[0];
    let calendar = app
        .get_json(
            &format!(
                "{base}/appointment/sessions/public/calendarByDistrict?district_id={}.0&date={date}",
                facility.district_id
            ),
            None,
            None,
            200,
        )
        .await;
    let (center, session) = calendar["centers"]
        .as_array()
        .unwrap()
        .iter()
        .find_map(|center| {
            center["sessions"]
                .as_array()
                .unwrap()
                .iter()
                .find(|s| s["min_age_limit"].as_i64().unwrap() <= 35 && s["available_capacity_dose1"].as_i64().unwrap() > 0)
                .map(|s| (center["center_id"].as_i64().unwrap(), s.clone()))
        })
        .expect("a bookable session");
    let slot = session["slots"][0].as_str().unwrap();
    let schedule = json!({ "dose": 1.0, "session_id": session["session_id"], "slot": slot, "beneficiaries": [reference],
                           "center_id": center as f64 });
    let (status, body) = app
        .post_json(&format!("{base}/appointment/schedule"), Some(&token), &schedule)
        .await;
    assert_eq!(status, 200, "{body}");
    let appointment = body["appointment_confirmation_no"].as_str().unwrap().to_owned();

    let mut half = schedule.clone();
    half["dose"] = json!(1.5);
    let (status, body) = app.post_json(&format!("{base}/appointment/schedule"), Some(&token), &half).await;
    assert_eq!((status, body["errorCode"].as_str()), (400, Some("INVALID_PARAMETER")), "{body}");
    assert!(body["error"].as_str().unwrap().contains("dose"), "{body}");

    let (status, body) = app
        .post_json(
            &format!("{base}/appointment/reschedule"),
            Some(&token),
            &json!({ "appointment_id": appointment, "session_id": session["session_id"], "slot": session["slots"][1] }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, listing) = app.get_with_token(&format!("{base}/appointment/beneficiaries"), &token).await;
    assert_eq!(status, 200);
    assert_eq!(listing["beneficiaries"][0]["appointments"][0]["slot"], session["slots"][1]);
    let (status, body) = app
        .post_json(
            &format!("{base}/appointment/cancel"),
            Some(&token),
            &json!({ "appointment_id": appointment, "beneficiariesToCancel": [reference] }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = app
        .post_json(
            &format!("{base}/registration/beneficiary/delete"),
            Some(&token),
            &json!({ "beneficiary_reference_id": reference }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
}
