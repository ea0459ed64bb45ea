//! Adverse events reported by vaccinators and citizens; corrections that keep the old values, who and why.

use cowin_core::StaffRole;
use cowin_tests::citizen::{sign_in, sign_in_by_sms};
use cowin_tests::staff::staff_member;
use cowin_tests::{cowin_date, fixture_config, fresh_database, onboard, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

#[tokio::test]
async fn adverse_events_are_reported_by_staff_and_citizens_and_admins_correct_records_with_a_trail() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |_| {}).await;
    let (_, vaccinator, _) = staff_member(&app, &test.db, "LK", StaffRole::Vaccinator, vec![], vec![1]).await;
    let (admin_id, admin, _) = staff_member(&app, &test.db, "LK", StaffRole::TenantAdmin, vec![], vec![]).await;
    let walk_in = json!({ "facility_id": 1, "mobile": "773000001", "name": "Saman Kumara", "birth_year": 1975, "gender_id": 1, "photo_id_type": 1, "photo_id_number": "197500000001" });
    let (_, body) = app.post_json("/t/lk/api/staff/desk/walk-in", Some(&vaccinator), &walk_in).await;
    let reference = body["beneficiary_reference_id"].as_str().unwrap().to_owned();
    let record = json!({ "idempotency_key": "aefi-dose", "beneficiary_reference_id": reference, "facility_id": 1, "vaccine": "COVISHIELD", "batch": "B-1", "dose": 1 });
    let (status, dose) = app.post_json("/t/lk/api/staff/doses", Some(&vaccinator), &record).await;
    assert_eq!(status, 201, "{dose}");
    let dose_id = dose["dose_id"].as_str().unwrap().to_owned();
    // The dose is given on the tenant's today, which is not always the UTC date.
    let today = cowin_date(fixture_config("LK").today());

    let event = |onset: &str| json!({ "symptoms": ["fever", "pain at injection site"], "onset_date": onset, "severity": "mild", "outcome": "recovering" });
    let mut staff_report = event(&today);
    staff_report["dose_id"] = json!(dose_id);
    let (status, body) = app.post_json("/t/lk/api/staff/aefi", Some(&vaccinator), &staff_report).await;
    assert_eq!(status, 201, "{body}");
    staff_report["onset_date"] = json!(cowin_date(chrono::Utc::now().date_naive() - chrono::Days::new(3)));
    let (status, body) = app.post_json("/t/lk/api/staff/aefi", Some(&vaccinator), &staff_report).await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("INVALID_PARAMETER")),
        "onset before the dose"
    );

    // The citizen whose mobile the walk-in used reports too (signing in by SMS: the desk bound no e-mail to the
    // account); another citizen cannot.
    let owner = sign_in_by_sms(&app, "/t/lk", "773000001", "+94").await;
    let mut citizen_report = event(&today);
    citizen_report["beneficiary_reference_id"] = json!(reference);
    citizen_report["dose"] = json!(1);
    citizen_report["severity"] = json!("moderate");
    let (status, body) = app.post_json("/t/lk/api/citizen/aefi", Some(&owner), &citizen_report).await;
    assert_eq!(status, 201, "{body}");
    let stranger = sign_in(&app, "/t/lk", "773000002").await;
    let (status, body) = app
        .post_json("/t/lk/api/citizen/aefi", Some(&stranger.token), &citizen_report)
        .await;
    assert_eq!((status, body["errorCode"].as_str()), (404, Some("BENEFICIARY_NOT_FOUND")));

    let (status, all) = app.get_with_token("/t/lk/api/staff/aefi", &admin).await;
    assert_eq!(status, 200);
    assert_eq!(all["reports"].as_array().unwrap().len(), 2);
    let (_, moderate) = app.get_with_token("/t/lk/api/staff/aefi?severity=moderate", &admin).await;
    assert_eq!(moderate["reports"].as_array().unwrap().len(), 1);
    assert_eq!(moderate["reports"][0]["reported_by"], "citizen");
    assert!(moderate["reports"][0].get("name").is_none(), "reports carry references, not names");

    // Corrections change the record and keep the old values with who and why.
    let (status, body) = app
        .post_json(
            "/t/lk/api/staff/corrections/beneficiary",
            Some(&admin),
            &json!({ "beneficiary_reference_id": reference, "name": "Saman Kumara Perera", "reason": "name as on the NIC" }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = app
        .post_json(
            "/t/lk/api/staff/corrections/dose",
            Some(&admin),
            &json!({ "dose_id": dose_id, "batch": "B-2", "reason": "batch misread" }),
        )
        .await;
    assert_eq!(status, 204, "{body}");
    let (status, body) = app
        .post_json(
            "/t/lk/api/staff/corrections/dose",
            Some(&admin),
            &json!({ "dose_id": dose_id, "batch": "B-3", "reason": " " }),
        )
        .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (400, Some("INVALID_PARAMETER")),
        "a reason is required"
    );
    let (_, trail) = app
        .get_with_token(&format!("/t/lk/api/staff/corrections?subject_id={reference}"), &admin)
        .await;
    let entry = &trail["corrections"][0];
    assert_eq!(entry["before"]["name"], "Saman Kumara");
    assert_eq!(entry["after"]["name"], "Saman Kumara Perera");
    assert_eq!(entry["reason"], "name as on the NIC");
    assert_eq!(entry["corrected_by"], admin_id.as_str());
    let (_, trail) = app
        .get_with_token(&format!("/t/lk/api/staff/corrections?subject_id={dose_id}"), &admin)
        .await;
    assert_eq!(
        (
            trail["corrections"][0]["before"]["batch"].as_str(),
            trail["corrections"][0]["after"]["batch"].as_str()
        ),
        (Some("B-1"), Some("B-2"))
    );
    let (_, verified) = app
        .post_json(
            "/t/lk/api/staff/desk/verify",
            Some(&vaccinator),
            &json!({ "facility_id": 1, "photo_id_type": 1, "photo_id_number": "197500000001" }),
        )
        .await;
    assert_eq!(verified["name"], "Saman Kumara Perera");

    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT (SELECT count(*) FROM platform.audit_events WHERE action IN ('beneficiary.correct', 'dose.correct')) AS audited, \
                    (SELECT count(*) FROM platform.audit_events WHERE detail::text LIKE '%Saman%') AS personal",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "audited").unwrap(), 2);
    assert_eq!(
        row.try_get::<i64>("", "personal").unwrap(),
        0,
        "the platform log carries no personal data"
    );
    assert!(
        test.db
            .execute_unprepared("UPDATE tenant_lk.corrections SET reason = 'x'")
            .await
            .is_err(),
        "the trail is append-only"
    );
}
