//! The licence guard blocks every forged, wrongly signed, expired, revoked, other-country or other-deployment
//! licence, and every unlicensed hostname: at apply, at start-up and on every request, each refusal
//! recorded as a licence event.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cowin_app::licences::LicenceGuard;
use cowin_licence::{Licence, NhaSigningKey, Revocation, TrustedKeys};
use cowin_tests::licences::{TEST_DEPLOYMENT, test_licence_claims, test_nha_key};
use cowin_tests::{TestDb, fixture_config, fresh_database, onboard, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

fn sign(licence: &Licence) -> String {
    licence.sign(test_nha_key()).unwrap()
}

/// The token with one part (0 header, 1 claims, 2 signature) replaced.
fn with_part(token: &str, index: usize, part: &str) -> String {
    let mut parts: Vec<String> = token.split('.').map(str::to_owned).collect();
    parts[index] = part.to_owned();
    parts.join(".")
}

fn json_part(value: &serde_json::Value) -> String {
    URL_SAFE_NO_PAD.encode(serde_json::to_vec(value).unwrap())
}

fn claims_of(token: &str) -> serde_json::Value {
    serde_json::from_slice(&URL_SAFE_NO_PAD.decode(token.split('.').nth(1).unwrap()).unwrap()).unwrap()
}

/// Flips one character of the token at `position` (a changed byte of what was signed, or of the signature).
fn flip(token: &str, position: usize) -> String {
    let mut bytes = token.as_bytes().to_vec();
    bytes[position] = if bytes[position] == b'A' { b'B' } else { b'A' };
    String::from_utf8(bytes).unwrap()
}

/// A forgery or misuse, and the code it must be refused with.
struct Case {
    name: &'static str,
    document: Option<String>,
    code: &'static str,
}

fn cases() -> Vec<Case> {
    let lanka = fixture_config("LK");
    let valid = sign(&test_licence_claims(&lanka));
    let header_end = valid.find('.').unwrap();
    let signature_start = valid.rfind('.').unwrap() + 1;
    let attacker = NhaSigningKey::generate();
    let mut claims = claims_of(&valid);
    claims["hostnames"].as_array_mut().unwrap().push("resold.example".into());
    let mut header: serde_json::Value = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(valid.split('.').next().unwrap()).unwrap()).unwrap();
    let mut other_kid = header.clone();
    other_kid["kid"] = attacker.kid().into();
    header["alg"] = "none".into();
    let mut expired = test_licence_claims(&lanka);
    expired.exp = Some(chrono::Utc::now().timestamp() - 60);
    let mut future = test_licence_claims(&lanka);
    future.iat = chrono::Utc::now().timestamp() + 86_400;
    let mut other_deployment = test_licence_claims(&lanka);
    other_deployment.deployment = "someone-elses-cloud".into();
    let mut resale = test_licence_claims(&lanka);
    resale.terms.no_resale = false;
    let mut no_attribution = test_licence_claims(&lanka);
    no_attribution.terms.attribution_kept = false;
    let mut wrong_issuer = test_licence_claims(&lanka);
    wrong_issuer.iss = "Vaccines Resold Ltd".into();
    let india = cowin_tests::demo_config("IN");
    let mut extra = serde_json::to_value(test_licence_claims(&lanka)).unwrap();
    extra["resale_allowed"] = true.into();
    let extra_signed = {
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::EdDSA);
        header.kid = Some(test_nha_key().kid());
        header.typ = Some("cowin-licence+jwt".into());
        let key = jsonwebtoken::EncodingKey::from_ed_der(&test_nha_key().pkcs8_der().unwrap());
        jsonwebtoken::encode(&header, &extra, &key).unwrap()
    };
    let hs256 = {
        let mut header = jsonwebtoken::Header::new(jsonwebtoken::Algorithm::HS256);
        header.kid = Some(test_nha_key().kid());
        header.typ = Some("cowin-licence+jwt".into());
        let secret = test_nha_key().public().x();
        jsonwebtoken::encode(
            &header,
            &test_licence_claims(&lanka),
            &jsonwebtoken::EncodingKey::from_secret(secret.as_bytes()),
        )
        .unwrap()
    };
    let revocation_as_licence = Revocation::new("LIC-LK-TEST", "a revocation is not a licence")
        .sign(test_nha_key())
        .unwrap();
    vec![
        Case {
            name: "no licence at all",
            document: None,
            code: "LICENCE_MISSING",
        },
        Case {
            name: "a hostname added to the signed claims",
            document: Some(with_part(&valid, 1, &json_part(&claims))),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "one byte of the claims changed",
            document: Some(flip(&valid, header_end + 10)),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "one byte of the signature changed",
            document: Some(flip(&valid, signature_start + 5)),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "signature removed",
            document: Some(with_part(&valid, 2, "")),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "header says alg none",
            document: Some(with_part(&valid, 0, &json_part(&header))),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "HS256 keyed with the public key (algorithm confusion)",
            document: Some(hs256),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "not a licence at all",
            document: Some("this is not a licence".into()),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "signed by a key NHA never issued",
            document: Some(test_licence_claims(&lanka).sign(&attacker).unwrap()),
            code: "LICENCE_UNTRUSTED_KEY",
        },
        Case {
            name: "NHA's signature under another key's id",
            document: Some(with_part(&valid, 0, &json_part(&other_kid))),
            code: "LICENCE_UNTRUSTED_KEY",
        },
        Case {
            name: "expired",
            document: Some(sign(&expired)),
            code: "LICENCE_EXPIRED",
        },
        Case {
            name: "issued in the future",
            document: Some(sign(&future)),
            code: "LICENCE_NOT_YET_VALID",
        },
        Case {
            name: "another country's licence",
            document: Some(sign(&test_licence_claims(&india))),
            code: "LICENCE_OTHER_COUNTRY",
        },
        Case {
            name: "another deployment's licence",
            document: Some(sign(&other_deployment)),
            code: "LICENCE_OTHER_DEPLOYMENT",
        },
        Case {
            name: "resale allowed by the terms",
            document: Some(sign(&resale)),
            code: "LICENCE_TERMS_ALTERED",
        },
        Case {
            name: "attribution dropped from the terms",
            document: Some(sign(&no_attribution)),
            code: "LICENCE_TERMS_ALTERED",
        },
        Case {
            name: "issued by someone other than NHA",
            document: Some(sign(&wrong_issuer)),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "an extra grant smuggled into the claims",
            document: Some(extra_signed),
            code: "LICENCE_FORGED",
        },
        Case {
            name: "a signed revocation passed off as a licence",
            document: Some(revocation_as_licence),
            code: "LICENCE_FORGED",
        },
    ]
}

async fn install(test: &TestDb, id: &str, document: &str) {
    test.db
        .execute_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "INSERT INTO platform.licences (licence_id, tenant_code, document, installed_at, installed_by) \
             VALUES ($1, 'LK', $2, now() + (SELECT count(*) FROM platform.licences) * interval '1 second', 'test')",
            [id.into(), document.into()],
        ))
        .await
        .unwrap();
}

async fn events(test: &TestDb, code: &str, context: &str) -> i64 {
    test.db
        .query_one_raw(Statement::from_sql_and_values(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM platform.licence_events WHERE code = $1 AND context = $2 AND tenant_code = 'LK'",
            [code.into(), context.into()],
        ))
        .await
        .unwrap()
        .unwrap()
        .try_get("", "n")
        .unwrap()
}

/// Waits for an event of `code` in `context` beyond the `before` there were, so each refusal is shown to record
/// its own event rather than finding one an earlier refusal left. Events are written in the background, and on a
/// busy CI machine (two cores shared with the other tests) that write has been seen to take over two seconds.
async fn wait_for_new_event(test: &TestDb, code: &str, context: &str, before: i64) {
    for _ in 0..500 {
        if events(test, code, context).await > before {
            return;
        }
        tokio::time::sleep(std::time::Duration::from_millis(20)).await;
    }
    panic!("no new {context} event {code} (there were {before})");
}

async fn wait_for_event(test: &TestDb, code: &str, context: &str) {
    wait_for_new_event(test, code, context, 0).await;
}

#[tokio::test]
async fn every_forgery_and_misuse_is_refused_at_apply_at_start_up_and_on_every_request() {
    let test = fresh_database().await;
    let lanka = fixture_config("LK");
    onboard(&test.db, &lanka).await;
    let guard = LicenceGuard::new(TrustedKeys::new([test_nha_key().public()]), TEST_DEPLOYMENT);
    let cases = cases();
    assert!(cases.len() >= 15);
    for (index, case) in cases.iter().enumerate() {
        let before = |context: &'static str| events(&test, case.code, context);
        let (apply, startup, request) = (before("apply").await, before("startup").await, before("request").await);
        let refused = guard
            .check_for_apply(&test.db, lanka.code, case.document.as_deref())
            .await
            .unwrap()
            .expect_err(case.name);
        assert_eq!(refused.code().as_str(), case.code, "apply: {}", case.name);
        wait_for_new_event(&test, case.code, "apply", apply).await;

        if let Some(document) = &case.document {
            install(&test, &format!("case-{index}"), document).await;
        } else {
            test.db.execute_unprepared("DELETE FROM platform.licences").await.unwrap();
        }
        let app = spawn_app(&test, |_| {}).await;
        wait_for_new_event(&test, case.code, "startup", startup).await;
        let response = app.get("/t/lk/api/v2/admin/location/states", None, Some("en")).await;
        assert_eq!(response.status().as_u16(), 403, "{}", case.name);
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["errorCode"], case.code, "request: {}", case.name);
        assert!(body["error"].as_str().unwrap().contains("licence"), "{body}");
        wait_for_new_event(&test, case.code, "request", request).await;
    }
}

#[tokio::test]
async fn a_revoked_licence_blocks_the_tenant_and_a_revocation_nha_did_not_sign_does_not() {
    let test = fresh_database().await;
    let lanka = fixture_config("LK");
    onboard(&test.db, &lanka).await;
    let app = spawn_app(&test, |settings| settings.tenants.refresh_interval_ms = 100).await;
    let path = "/t/lk/api/v2/admin/location/states";
    assert_eq!(app.get(path, None, None).await.status().as_u16(), 200);

    // Someone with database access but not NHA's key cannot revoke (nor, by the same rule, un-revoke).
    let attacker = NhaSigningKey::generate();
    let fake = Revocation::new("LIC-LK-TEST", "not NHA").sign(&attacker).unwrap();
    cowin_store::licences::revoke(&test.db, "LIC-LK-TEST", &fake, "test").await.unwrap();
    tokio::time::sleep(std::time::Duration::from_millis(400)).await;
    assert_eq!(
        app.get(path, None, None).await.status().as_u16(),
        200,
        "an unsigned revocation is ignored"
    );

    test.db
        .execute_unprepared("DELETE FROM platform.licence_revocations")
        .await
        .unwrap();
    let real = Revocation::new("LIC-LK-TEST", "resold to a third party")
        .sign(test_nha_key())
        .unwrap();
    cowin_store::licences::revoke(&test.db, "LIC-LK-TEST", &real, "test").await.unwrap();
    let mut status = 0;
    for _ in 0..200 {
        let response = app.get(path, None, Some("si")).await;
        status = response.status().as_u16();
        if status == 403 {
            let body: serde_json::Value = response.json().await.unwrap();
            assert_eq!(body["errorCode"], "LICENCE_REVOKED");
            break;
        }
        tokio::time::sleep(std::time::Duration::from_millis(50)).await;
    }
    assert_eq!(status, 403, "the revocation reached the running server");
    wait_for_event(&test, "LICENCE_REVOKED", "request").await;
    // The same licence cannot be installed again to undo the revocation.
    let guard = LicenceGuard::new(TrustedKeys::new([test_nha_key().public()]), TEST_DEPLOYMENT);
    let refused = guard
        .check_for_apply(&test.db, lanka.code, Some(&cowin_tests::licences::test_licence_document(&lanka)))
        .await
        .unwrap()
        .unwrap_err();
    assert_eq!(refused.code().as_str(), "LICENCE_REVOKED");
}

#[tokio::test]
async fn a_hostname_the_licence_does_not_name_is_refused_even_for_verification() {
    let test = fresh_database().await;
    let mut lanka = fixture_config("LK");
    // The configuration routes a hostname to the tenant that its licence does not name: a repackaged copy.
    lanka
        .hostnames
        .push(cowin_core::Hostname::parse("vaccines.resold.example").unwrap());
    let licence = cowin_tests::licences::test_licence(&fixture_config("LK"));
    cowin_store::apply::apply(&test.db, &lanka, &licence, &cowin_tests::test_vault(), "test")
        .await
        .unwrap();
    let app = spawn_app(&test, |_| {}).await;
    let licensed = app.get("/api/v2/admin/location/states", Some("lk.test.localhost"), None).await;
    assert_eq!(licensed.status().as_u16(), 200);
    for path in ["/api/v2/admin/location/states", "/api/certificates/verify"] {
        let response = app.get(path, Some("vaccines.resold.example"), None).await;
        assert_eq!(response.status().as_u16(), 403, "{path}");
        let body: serde_json::Value = response.json().await.unwrap();
        assert_eq!(body["errorCode"], "LICENCE_HOST_NOT_LICENSED");
    }
    wait_for_event(&test, "LICENCE_HOST_NOT_LICENSED", "request").await;
}

#[tokio::test]
async fn requests_with_endless_new_hostnames_record_a_bounded_number_of_events() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    let app = spawn_app(&test, |settings| settings.rate_limits.public_calls = 10_000).await;
    for n in 0..300 {
        let response = app
            .get("/t/lk/api/v2/admin/location/states", Some(&format!("flood-{n}.example")), None)
            .await;
        assert_eq!(response.status().as_u16(), 403);
    }
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let recorded = events(&test, "LICENCE_HOST_NOT_LICENSED", "request").await;
    assert!(
        (1..=cowin_app::licences::events::EVENTS_PER_MINUTE.into()).contains(&recorded),
        "300 new hostnames, {recorded} events"
    );
}

#[tokio::test]
async fn outside_development_mode_the_development_licensing_key_is_not_trusted() {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    // A real master key: the development licensing key that signed the test licence means nothing any more,
    // whatever security.allow_development_key says.
    let app = spawn_app(&test, |settings| {
        settings.security.master_key = secrecy::SecretString::from("ab".repeat(32));
    })
    .await;
    let response = app.get("/t/lk/api/v2/admin/location/states", None, None).await;
    assert_eq!(response.status().as_u16(), 403);
    let body: serde_json::Value = response.json().await.unwrap();
    assert_eq!(body["errorCode"], "LICENCE_UNTRUSTED_KEY");
}
