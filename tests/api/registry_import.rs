//! `cowin beneficiaries import`: Brazil brings its registry in from CSV. Good lines register people and record past
//! doses with certificates that verify; every bad line is refused with its line number and the column at fault,
//! without echoing personal data; running the file again changes nothing; the account's e-mail from the registry is
//! where its OTPs and certificate notices go; nothing personal is stored in plain text.

use std::path::Path;
use std::process::{Command, Output};

use cowin_tests::mailbox::{latest_otp, messages_to, unique_address};
use cowin_tests::server_process::cowin_binary;
use cowin_tests::{TestApp, TestDb, demo_config, fresh_database, onboard, spawn_app};
use serde_json::{Value, json};

const MOBILE: &str = "11987650001";
const OTHER_MOBILE: &str = "11987650002";
const ANA_CPF: &str = "384.516.270-80";
const BRUNO_CPF: &str = "71234567890";

fn import(test: &TestDb, file: &Path, objects: &Path) -> Output {
    Command::new(cowin_binary())
        .args(["beneficiaries", "import", "--tenant", "br", "--verbose"])
        .arg(file)
        .env("COWIN_DATABASE__URL", &test.url)
        .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
        .env("COWIN_LICENCE__DEPLOYMENT_ID", cowin_tests::licences::TEST_DEPLOYMENT)
        .env("COWIN_OBJECTS__LOCAL_DIR", objects)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

fn said(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

/// The line of `output` about file line `line`.
fn line(output: &str, line: u64) -> &str {
    let prefix = format!("line {line}: ");
    output
        .lines()
        .find(|said| said.starts_with(&prefix))
        .unwrap_or_else(|| panic!("nothing said about line {line}:\n{output}"))
}

async fn beneficiaries(app: &TestApp, token: &str) -> Vec<Value> {
    let (status, listing) = app.get_with_token("/t/br/api/v2/appointment/beneficiaries", token).await;
    assert_eq!(status, 200, "{listing}");
    listing["beneficiaries"].as_array().unwrap().clone()
}

#[tokio::test]
async fn a_registry_comes_in_line_by_line_with_certificates_and_a_second_run_changes_nothing() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let folder = tempfile::tempdir().unwrap();
    let email = unique_address();
    let csv = format!(
        "mobile,email,name,birth_year,gender_id,photo_id_type,photo_id_number,vaccine,dose,given_on,batch,facility_id\n\
         {MOBILE},{email},Ana Souza,1980,2,1,{ANA_CPF},CORONAVAC,1,2021-03-01,CV-1,2001\n\
         {MOBILE},,Ana Souza,1980,2,1,{ANA_CPF},CORONAVAC,2,2021-03-29,CV-2,\n\
         {MOBILE},,Bruno Souza,2004,1,1,{BRUNO_CPF},,,,,\n\
         {OTHER_MOBILE},,Carla Dias,1990,2,1,123,,,,,\n\
         {OTHER_MOBILE},,Davi Dias,1990,1,1,70000000001,CORONAVAC,1,2099-01-01,,\n\
         {OTHER_MOBILE},,Elisa Dias,1990,2,1,70000000002,SPUTNIK,1,2021-05-01,,\n\
         {OTHER_MOBILE},,Fabio Dias,1990,1,1,70000000003,CORONAVAC,2,2021-05-01,,\n\
         {MOBILE},,Ana Souza Lima,1980,2,1,{ANA_CPF},,,,,\n\
         {OTHER_MOBILE},,Gabi Dias,1990\n\
         {OTHER_MOBILE},,Hugo Dias,1990,1,1,70000000004,CORONAVAC,1,2021-05-01,,9999\n\
         {MOBILE},,Ana Souza,1980,2,1,{ANA_CPF},CORONAVAC,2,2021-03-29,CV-2,\n\
         {OTHER_MOBILE},,Ivo Dias,1990,1,1,70000000005,CORONAVAC,3,2021-05-01,,\n\
         {OTHER_MOBILE},,Ivo Dias,1990,1,1,70000000005,CORONAVAC,1,2021-04-01,,\n\
         {OTHER_MOBILE},,Júlia Dias,nineteen,2,1,70000000006,,,,,\n"
    );
    let file = folder.path().join("registry.csv");
    std::fs::write(&file, &csv).unwrap();

    let first = import(&test, &file, &folder.path().join("objects"));
    let output = said(&first);
    assert!(!first.status.success(), "refused lines make the exit code a failure:\n{output}");
    assert!(
        line(&output, 2).contains("registered") && line(&output, 2).contains("with dose 1"),
        "{output}"
    );
    assert!(line(&output, 3).contains("dose 2 of"), "{output}");
    assert!(line(&output, 4).contains("registered"), "{output}");
    for (number, reason) in [
        (5, "REFUSED: photo_id_number"),
        (6, "REFUSED: given_on: a day in the future"),
        (7, "REFUSED: vaccine: SPUTNIK"),
        (8, "REFUSED: dose: dose 2 comes before dose 1"),
        (
            9,
            "REFUSED: photo_id_number: this document is registered to someone with another name",
        ),
        (10, "REFUSED: has 4 columns where the header has 12"),
        (11, "REFUSED: facility_id: no such facility"),
        (13, "REFUSED: dose: dose 3 comes before dose 2"),
        (15, "REFUSED: birth_year: not a whole number"),
    ] {
        assert!(line(&output, number).contains(reason), "line {number}: {reason}?\n{output}");
    }
    assert!(line(&output, 12).contains("unchanged"), "{output}");
    // Line 14 is Ivo's dose 1: the dose 3 listed before it was refused.
    assert!(
        line(&output, 14).contains("registered") && line(&output, 14).contains("with dose 1"),
        "{output}"
    );
    assert!(
        output.contains("14 lines")
            && output.contains("3 people registered, 3 doses recorded")
            && output.contains("1 lines unchanged, 9 refused"),
        "{output}"
    );
    for personal in [MOBILE, OTHER_MOBILE, ANA_CPF, BRUNO_CPF, "70000000004", email.as_str()] {
        assert!(
            !output.contains(personal),
            "the command's output never repeats personal data: {output}"
        );
    }

    // What the database holds: the people, their doses each with one certificate, nothing in plain text.
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_br.beneficiaries").await, 3);
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_br.accounts").await, 2);
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_br.doses").await, 3);
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_br.doses d JOIN tenant_br.certificates c ON c.dose_id = d.id")
            .await,
        3
    );
    assert_eq!(
        test.count(
            "SELECT count(*) AS n FROM tenant_br.doses WHERE vaccinator_id IS NULL AND idempotency_key IS NULL \
             AND (coalesce(facility_id, 0) = 2001) = (dose = 1 AND given_on = '2021-03-01')"
        )
        .await,
        3,
        "past doses have no vaccinator or key, and a facility only where the registry named one"
    );
    let plain = format!(
        "SELECT count(*) AS n FROM tenant_br.beneficiaries b JOIN tenant_br.accounts a ON a.id = b.account_id \
         WHERE position(convert_to('{}', 'UTF8') IN b.id_number_encrypted) > 0 OR position(convert_to('{MOBILE}', 'UTF8') IN a.mobile_encrypted) > 0 \
         OR position(convert_to('{email}', 'UTF8') IN coalesce(a.email_encrypted, ''::bytea)) > 0",
        ANA_CPF.replace(['.', '-'], "")
    );
    assert_eq!(test.count(&plain).await, 0, "ID numbers, mobiles and e-mails are sealed");
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_br.dose_tally_day WHERE day = '2021-03-29' AND dose = 2")
            .await,
        1,
        "reports count past doses on the day they were given"
    );
    assert_eq!(
        test.count("SELECT coalesce(sum(registrations), 0)::bigint AS n FROM platform.usage_daily WHERE tenant_code = 'BR'")
            .await,
        3
    );
    assert_eq!(
        test.count("SELECT count(*) AS n FROM platform.audit_events WHERE action = 'beneficiaries.import' AND tenant_code = 'BR'")
            .await,
        1
    );

    // The same file again: nothing new, the same refusals.
    let second = import(&test, &file, &folder.path().join("objects"));
    let again = said(&second);
    assert!(
        again.contains("0 people registered, 0 doses recorded") && again.contains("5 lines unchanged, 9 refused"),
        "{again}"
    );
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_br.beneficiaries").await, 3);
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_br.certificates").await, 3);

    // The holder's e-mail from the registry is bound to the new account: the certificates' notices go there (the
    // server's outbox sends them), and so does the OTP, whatever address the sign-in offers.
    let notices = messages_to(&email, 2).await;
    assert_eq!(notices.len(), 2, "one notice per certificate of Ana's: {notices:?}");
    let (status, body) = app
        .post_json(
            "/t/br/api/v2/auth/public/generateOTP",
            None,
            &json!({ "mobile": MOBILE, "email": unique_address() }),
        )
        .await;
    assert_eq!(status, 200, "{body}");
    let otp = latest_otp(&email, 3).await;
    let (status, confirmed) = app
        .post_json(
            "/t/br/api/v2/auth/public/confirmOTP",
            None,
            &json!({ "otp": cowin_privacy::sha256_hex(&otp), "txnId": body["txnId"] }),
        )
        .await;
    assert_eq!(status, 200, "{confirmed}");
    let token = confirmed["token"].as_str().unwrap();
    let listed = beneficiaries(&app, token).await;
    assert_eq!(listed.len(), 2, "{listed:?}");
    let ana = listed.iter().find(|person| person["name"] == "Ana Souza").unwrap();
    assert_eq!(ana["vaccination_status"], "Vaccinated", "{ana}");
    assert_eq!(ana["dose2_date"], "29-03-2021", "{ana}");

    // Her latest certificate verifies, in each format the country signs.
    let reference = ana["beneficiary_reference_id"].as_str().unwrap();
    let (status, forms) = app
        .get_with_token(
            &format!("/t/br/api/v2/registration/certificate/formats?beneficiary_reference_id={reference}"),
            token,
        )
        .await;
    assert_eq!(status, 200, "{forms}");
    for body in [
        json!({ "payload": forms["eu_dcc"] }),
        json!({ "payload": forms["shc"] }),
        json!({ "credential": forms["vc"] }),
    ] {
        let (status, verdict) = app.post_json("/t/br/api/certificates/verify", None, &body).await;
        assert_eq!(status, 200, "{verdict}");
        assert_eq!(verdict["result"], "genuine", "{verdict}");
        assert_eq!(verdict["issuer_licensed"], true, "{verdict}");
    }
}

#[tokio::test]
async fn a_file_without_the_columns_is_refused_before_any_line() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let folder = tempfile::tempdir().unwrap();
    let file = folder.path().join("people.csv");
    std::fs::write(&file, format!("phone,name\n{MOBILE},Ana\n")).unwrap();
    let output = import(&test, &file, folder.path());
    assert!(!output.status.success());
    assert!(
        said(&output).contains("line 1: the header has no column mobile"),
        "{}",
        said(&output)
    );
    assert_eq!(test.count("SELECT count(*) AS n FROM tenant_br.beneficiaries").await, 0);
}
