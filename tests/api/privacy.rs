//! Personal data is never stored or logged in plain text: after journeys that touch every kind of it (citizens of an
//! SMS country and of an e-mail country, family members with identity documents written with separators, bookings,
//! a walk-in, doses and certificates, an e-mail change, staff invitations, OTPs), every table of the database and
//! everything the real server process logged are searched for each mobile number, e-mail address, identity number
//! and OTP, as text and as the hex of its bytes (how a `bytea` column reads).

use cowin_core::StaffRole;
use cowin_privacy::sha256_hex;
use cowin_tests::citizen::{register, sign_in};
use cowin_tests::mailbox::{latest_otp, unique_address};
use cowin_tests::server_process::ServerProcess;
use cowin_tests::sms::SmsGateway;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, TestDb, cowin_date, demo_config, fresh_database, onboard, reliability, seed_sessions};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

/// What must never appear: the value, and what it is.
struct Secret {
    value: String,
    kind: &'static str,
}

/// Signs in at India by SMS, keeping the OTP it was sent.
async fn sign_in_sms(app: &TestApp, mobile: &str, secrets: &mut Vec<Secret>) -> String {
    let to = format!("+91{mobile}");
    let (status, body) = app
        .post_json("/t/in/api/v2/auth/public/generateOTP", None, &json!({ "mobile": mobile }))
        .await;
    assert_eq!(status, 200, "{body}");
    let otp = app.sms.latest_otp(&to, app.sms.messages_to(&to, 0).await.len()).await;
    let (status, body) = app
        .post_json(
            "/t/in/api/v2/auth/public/confirmOTP",
            None,
            &json!({ "otp": sha256_hex(&otp), "txnId": body["txnId"] }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    secrets.push(Secret { value: otp, kind: "OTP" });
    body["token"].as_str().unwrap().to_owned()
}

/// Where each secret was found: `table` or `log`.
async fn findings(test: &TestDb, log: &str, secrets: &[Secret]) -> (Vec<String>, usize) {
    let tables = test.tables(&[]).await;
    let mut found = Vec::new();
    for secret in secrets {
        let hex = hex_of(&secret.value);
        // OTPs are six digits: found only as a number of their own, not inside a timestamp or a hash.
        let (pattern, hex_pattern) = if secret.kind == "OTP" {
            (format!("(^|[^0-9a-f.:])({})([^0-9a-f]|$)", secret.value), hex.clone())
        } else {
            (regex_escape(&secret.value), hex.clone())
        };
        for table in &tables {
            let sql = format!("SELECT count(*) AS n FROM {table} t WHERE t::text ~ $1 OR t::text LIKE '%' || $2 || '%'");
            let hits: i64 = test
                .db
                .query_one_raw(Statement::from_sql_and_values(
                    DbBackend::Postgres,
                    &sql,
                    [pattern.clone().into(), hex_pattern.clone().into()],
                ))
                .await
                .unwrap()
                .unwrap()
                .try_get("", "n")
                .unwrap();
            if hits > 0 {
                found.push(format!("{} ({}) in {table}", secret.kind, secret.value));
            }
        }
        let in_log = if secret.kind == "OTP" {
            log.match_indices(&secret.value).any(|(at, _)| {
                let before = log[..at].chars().last();
                let after = log[at + secret.value.len()..].chars().next();
                !before.is_some_and(|c| c.is_ascii_alphanumeric()) && !after.is_some_and(|c| c.is_ascii_alphanumeric())
            })
        } else {
            log.contains(&secret.value) || log.contains(&hex)
        };
        if in_log {
            found.push(format!("{} ({}) in the server's log", secret.kind, secret.value));
        }
    }
    (found, tables.len())
}

fn hex_of(text: &str) -> String {
    text.bytes().map(|byte| format!("{byte:02x}")).collect()
}

fn regex_escape(text: &str) -> String {
    text.chars()
        .map(|c| {
            if c.is_ascii_alphanumeric() {
                c.to_string()
            } else {
                format!("\\{c}")
            }
        })
        .collect()
}

#[tokio::test]
async fn no_mobile_number_email_address_identity_number_or_otp_is_stored_or_logged_in_plain_text() {
    let test = fresh_database().await;
    let india = demo_config("IN");
    onboard(&test.db, &india).await;
    onboard(&test.db, &demo_config("BR")).await;
    let date = cowin_date(seed_sessions(&test.db, &india, 2).await);
    let sms = SmsGateway::start().await;
    let folder = tempfile::tempdir().unwrap();
    let log_file = folder.path().join("server.log");
    let env = ServerProcess::environment(
        &test.url,
        &sms,
        &folder.path().join("objects"),
        &[
            (
                "COWIN_LOG__FILTER",
                "info,cowin_web=debug,cowin_store=debug,cowin_server=debug".to_owned(),
            ),
            ("COWIN_CERTIFICATES__PRERENDER_PDFS", "true".to_owned()),
        ],
    );
    let server = ServerProcess::start(env, &log_file).await;
    let app = server.client(sms);
    let mut secrets = Vec::new();
    let mut references = Vec::new();

    // India: SMS sign-in, a family with documents written with separators, a booking, the certificate.
    let mobile = "9876512345";
    let token = sign_in_sms(&app, mobile, &mut secrets).await;
    secrets.push(Secret {
        value: mobile.to_owned(),
        kind: "mobile",
    });
    secrets.push(Secret {
        value: format!("+91{mobile}"),
        kind: "mobile",
    });
    for (document, written, canonical) in [
        (1, "387654321098", "387654321098"),
        (2, "ka05-20150012345", "KA0520150012345"),
        (3, "BQXPS4321L", "BQXPS4321L"),
    ] {
        let body = json!({ "name": format!("Sunita Devi {document}"), "birth_year": 1980, "gender_id": 2, "photo_id_type": document, "photo_id_number": written });
        references.push(register(&app, "/t/in", &token, body).await);
        secrets.push(Secret {
            value: written.to_owned(),
            kind: "identity number",
        });
        secrets.push(Secret {
            value: canonical.to_owned(),
            kind: "identity number",
        });
    }
    let facility = india.facilities[0].id;
    let calendar = app
        .get_json(
            &format!("/t/in/api/v2/appointment/sessions/public/calendarByCenter?center_id={facility}&date={date}"),
            None,
            None,
            200,
        )
        .await;
    let session = calendar["centers"]["sessions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["min_age_limit"].as_i64().unwrap() <= 45)
        .unwrap()
        .clone();
    let (status, body) = app
        .post_json(
            "/t/in/api/v2/appointment/schedule",
            Some(&token),
            &json!({ "dose": 1, "session_id": session["session_id"], "slot": session["slots"][0], "beneficiaries": [references[0]] }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    // Staff: invited by e-mail, a walk-in with a mobile and a document, a dose and its certificate.
    let (_, vaccinator, staff_email) = staff_member(&app, &test.db, "IN", StaffRole::Vaccinator, vec![], vec![facility]).await;
    secrets.push(Secret {
        value: staff_email,
        kind: "e-mail",
    });
    let walk_in_mobile = "9123456780";
    let (status, body) = app
        .post_json(
            "/t/in/api/staff/desk/walk-in",
            Some(&vaccinator),
            &json!({ "facility_id": facility, "mobile": walk_in_mobile, "name": "Walk In", "birth_year": 1970, "gender_id": 1,
                     "photo_id_type": 4, "photo_id_number": "K1234567" }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    references.push(body["beneficiary_reference_id"].as_str().unwrap().to_owned());
    secrets.push(Secret {
        value: walk_in_mobile.to_owned(),
        kind: "mobile",
    });
    secrets.push(Secret {
        value: "K1234567".to_owned(),
        kind: "identity number",
    });
    let vaccine = india.vaccines[0].code.as_str().to_owned();
    let (status, body) = app
        .post_json(
            "/t/in/api/staff/doses",
            Some(&vaccinator),
            &json!({ "idempotency_key": "privacy-1", "beneficiary_reference_id": references[0], "facility_id": facility,
                     "vaccine": vaccine, "batch": "4121Z025", "dose": 1 }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    let download = app
        .client
        .get(format!(
            "{}/t/in/api/v2/registration/certificate/public/download?beneficiary_reference_id={}",
            app.address, references[0]
        ))
        .bearer_auth(&token)
        .send()
        .await
        .unwrap();
    assert_eq!(download.status().as_u16(), 200);
    // An e-mail bound to the Indian account, verified by an OTP to it.
    let email = unique_address();
    let (status, body) = app
        .post_json("/t/in/api/citizen/email", Some(&token), &json!({ "email": email }))
        .await;
    assert_eq!(status, 200, "{body}");
    let otp = latest_otp(&email, 1).await;
    let (status, _) = app
        .post_json(
            "/t/in/api/citizen/email/confirm",
            Some(&token),
            &json!({ "otp": sha256_hex(&otp), "txnId": body["txnId"] }),
        )
        .await;
    assert_eq!(status, 204);
    secrets.push(Secret {
        value: email,
        kind: "e-mail",
    });
    secrets.push(Secret { value: otp, kind: "OTP" });

    // (Numbers other than the configuration's examples: those are published in tenant.toml and stored with it.)
    // Brazil: an e-mail sign-in, a CPF written with its dots, a dose whose certificate is announced by e-mail.
    let brazil = sign_in(&app, "/t/br", "11987659876").await;
    let otp = latest_otp(&brazil.email, 1).await;
    secrets.push(Secret {
        value: otp.clone(),
        kind: "OTP",
    });
    secrets.push(Secret {
        value: sha256_hex(&otp),
        kind: "OTP digest",
    });
    secrets.push(Secret {
        value: brazil.email.clone(),
        kind: "e-mail",
    });
    secrets.push(Secret {
        value: "11987659876".to_owned(),
        kind: "mobile",
    });
    let reference = register(
        &app,
        "/t/br",
        &brazil.token,
        json!({ "name": "Maria Silva", "birth_year": 1975, "gender_id": 2, "photo_id_type": 1, "photo_id_number": "390.533.447-05" }),
    )
    .await;
    references.push(reference.clone());
    secrets.push(Secret {
        value: "390.533.447-05".to_owned(),
        kind: "identity number",
    });
    secrets.push(Secret {
        value: "39053344705".to_owned(),
        kind: "identity number",
    });
    let (_, br_vaccinator, br_staff) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;
    secrets.push(Secret {
        value: br_staff,
        kind: "e-mail",
    });
    let (status, body) = app
        .post_json(
            "/t/br/api/staff/doses",
            Some(&br_vaccinator),
            &json!({ "idempotency_key": "privacy-2", "beneficiary_reference_id": reference, "facility_id": 2001,
                     "vaccine": "COMIRNATY", "batch": "FA7484", "dose": 1 }),
        )
        .await;
    assert_eq!(status, 201, "{body}");
    cowin_tests::mailbox::messages_to(&brazil.email, 2).await;

    let log = server.log_text();
    assert!(log.contains("served"), "the server logged its requests: {log}");
    // The scan finds what is there: the configuration's published example number is stored with the configuration.
    let example = Secret {
        value: india.id_documents[0].example.clone(),
        kind: "identity number",
    };
    assert!(
        !findings(&test, &log, &[example]).await.0.is_empty(),
        "the scan finds a value that is stored"
    );
    let (found, tables) = findings(&test, &log, &secrets).await;
    assert!(found.is_empty(), "personal data in plain text: {found:#?}");
    // Query strings carry beneficiary references; request logs keep the path only.
    let logged_references: Vec<_> = references.iter().filter(|reference| log.contains(reference.as_str())).collect();
    assert!(
        logged_references.is_empty(),
        "beneficiary references in the log: {logged_references:?}"
    );
    reliability::record(
        "privacy",
        &format!(
            "After journeys in India (SMS) and Brazil (e-mail) — sign-ins, families with documents written with \
             separators, a booking, a walk-in, doses, certificates downloaded and announced, an e-mail change, staff \
             invitations — {} values ({} mobiles, {} e-mail addresses, {} identity numbers, {} OTPs or digests) searched \
             as text and as hex in all {tables} tables and in the {} lines the server logged (debug for its own crates): \
             0 found; no beneficiary reference in the log either.",
            secrets.len(),
            secrets.iter().filter(|s| s.kind == "mobile").count(),
            secrets.iter().filter(|s| s.kind == "e-mail").count(),
            secrets.iter().filter(|s| s.kind == "identity number").count(),
            secrets.iter().filter(|s| s.kind.starts_with("OTP")).count(),
            log.lines().count(),
        ),
    );
}
