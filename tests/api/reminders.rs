//! Reminders that a later dose is due: queued when the rules in force make the dose due, sent once through the
//! durable outbox (not again by another server or after a restart), in the account's language, by the country's
//! channel (SMS in India, e-mail in Brazil), with a link to book.

use std::time::Duration;

use cowin_core::StaffRole;
use cowin_privacy::sha256_hex;
use cowin_tests::citizen::{register, sign_in};
use cowin_tests::mailbox::messages_to;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, TestDb, demo_config, fresh_database, onboard, spawn_app};
use serde_json::json;

/// Signs in by SMS in Hindi (the account remembers the language); the token.
async fn sign_in_in_hindi(app: &TestApp, mobile: &str) -> String {
    let response = app
        .client
        .post(format!("{}/t/in/api/v2/auth/public/generateOTP", app.address))
        .header("accept-language", "hi")
        .json(&json!({ "mobile": mobile }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: serde_json::Value = response.json().await.unwrap();
    let otp = app.sms.latest_otp(&format!("+91{mobile}"), 1).await;
    let response = app
        .client
        .post(format!("{}/t/in/api/v2/auth/public/confirmOTP", app.address))
        .header("accept-language", "hi")
        .json(&json!({ "otp": sha256_hex(&otp), "txnId": body["txnId"] }))
        .send()
        .await
        .unwrap();
    let body: serde_json::Value = response.json().await.unwrap();
    body["token"].as_str().expect("a token").to_owned()
}

/// Records dose 1 of `vaccine` for `reference` at `facility`.
async fn first_dose(app: &TestApp, base: &str, vaccinator: &str, reference: &str, facility: i64, vaccine: &str) {
    let dose = json!({ "idempotency_key": format!("reminder-{reference}"), "beneficiary_reference_id": reference,
                       "facility_id": facility, "vaccine": vaccine, "batch": "4121Z025", "dose": 1 });
    let (status, body) = app.post_json(&format!("{base}/api/staff/doses"), Some(vaccinator), &dose).await;
    assert_eq!(status, 201, "{body}");
}

/// Moves `reference`'s doses `days` into the past: the time a second dose waits for, passed.
async fn age_doses(test: &TestDb, schema: &str, reference: &str, days: i32) {
    use sea_orm::ConnectionTrait;
    test.db
        .execute_unprepared(&format!(
            "UPDATE {schema}.doses SET given_on = given_on - {days} WHERE beneficiary_id = '{reference}'"
        ))
        .await
        .unwrap();
}

#[tokio::test]
async fn a_due_dose_is_reminded_once_in_the_accounts_language_with_a_link_to_book() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |settings| settings.reminders.sweep_interval_ms = 200).await;
    let (_, india_vaccinator, _) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![1001]).await;
    let (_, brazil_vaccinator, _) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;

    // India: two members vaccinated with Covishield (84 days to dose 2); only the first one's wait has passed.
    let mobile = "9876501234";
    let token = sign_in_in_hindi(&app, mobile).await;
    let due = register(
        &app,
        "/t/in",
        &token,
        json!({ "name": "Sunita Devi", "birth_year": 1980, "gender_id": 2, "photo_id_type": 1, "photo_id_number": "387654321098" }),
    )
    .await;
    let waiting = register(
        &app,
        "/t/in",
        &token,
        json!({ "name": "Ramesh Kumar", "birth_year": 1978, "gender_id": 1, "photo_id_type": 3, "photo_id_number": "BQXPS4321L" }),
    )
    .await;
    for reference in [&due, &waiting] {
        first_dose(&app, "/t/in", &india_vaccinator, reference, 1001, "COVISHIELD").await;
    }
    age_doses(&test, "tenant_in", &due, 85).await;
    age_doses(&test, "tenant_in", &waiting, 30).await;

    // Brazil: a member whose CoronaVac second dose (28 days) is due, reminded by e-mail, in Portuguese.
    let citizen = sign_in(&app, "/t/br", "11987654321").await;
    let brazilian = register(
        &app,
        "/t/br",
        &citizen.token,
        json!({ "name": "Ana Souza", "birth_year": 1990, "gender_id": 2, "photo_id_type": 1, "photo_id_number": "384.516.270-80" }),
    )
    .await;
    first_dose(&app, "/t/br", &brazil_vaccinator, &brazilian, 2001, "CORONAVAC").await;
    age_doses(&test, "tenant_br", &brazilian, 29).await;

    let to = format!("+91{mobile}");
    let reminders = app.sms.messages_to(&to, 2).await; // the OTP, then the reminder
    let reminder = &reminders[1].text;
    assert!(
        reminder.contains("Sunita Devi") && reminder.contains("खुराक 2"),
        "in Hindi: {reminder}"
    );
    assert!(reminder.contains("https://in.cowin.localhost/slots"), "a link to book: {reminder}");
    // The day it is due, as Hindi writes it (CLDR through ICU4X: "4 दिसंबर, 2026").
    let localizer = cowin_app::i18n::Localizer::load(&cowin_tests::repo_root().join("locales")).unwrap();
    let hindi = cowin_core::LocaleTag::parse("hi").unwrap();
    let due_on = localizer.date(&hindi, india.code, india.today() - chrono::Days::new(85) + chrono::Days::new(84));
    assert!(!due_on.contains('-'), "a month name, not DD-MM-YYYY: {due_on}");
    assert!(reminder.contains(&due_on), "from the day it is due ({due_on}): {reminder}");

    let mails = messages_to(&citizen.email, 3).await; // the OTP, the certificate, the reminder
    let (subject, body) = mails
        .iter()
        .find(|(_, body)| body.contains("https://br.cowin.localhost/slots"))
        .expect("a reminder by e-mail");
    assert!(subject.contains("Ana Souza") && subject.contains('2'), "{subject}");
    assert!(body.contains("dose 2") && !body.contains("Dear"), "in Portuguese: {body}");

    // Another server (or this one restarted) sweeps the same tenants: nobody is reminded twice.
    let restarted = spawn_app(&test, |settings| settings.reminders.sweep_interval_ms = 200).await;
    // Fifteen sweeps of each server and as many outbox rounds.
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(app.sms.messages_to(&to, 0).await.len(), 2, "one reminder, not one per sweep");
    assert!(restarted.sms.received().is_empty(), "the second server sends nothing again");
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_in.dose_reminders WHERE sent_at IS NOT NULL")
            .await,
        1,
        "only the member whose dose is due"
    );
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_in.outbox WHERE kind = 'dose.reminder' AND done_at IS NULL")
            .await,
        0
    );
    assert_eq!(messages_to(&citizen.email, 0).await.len(), 3, "one e-mail reminder");
}
