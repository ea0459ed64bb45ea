//! Certificates: issued with the dose, in four formats that independent public verifiers accept, verifiable at
//! the country's endpoint, revoked and reissued after a correction, rendered into the S3-compatible store,
//! downloaded, announced by e-mail, and still verifiable after the keys rotate.

use std::time::Duration;

use cowin_core::{StaffRole, TenantCode};
use cowin_tests::certificates::{certificate_forms, independent_verdict, use_s3, vaccinated};
use cowin_tests::mailbox::messages_to;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, TestDb, demo_config, fresh_database, onboard, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::{Value, json};

/// The keys the country publishes, as each independent verifier takes them.
async fn published_keys(app: &TestApp) -> (Value, Value, Value) {
    let jwks = app.get_json("/t/br/.well-known/jwks.json", None, None, 200).await;
    let did = app.get_json("/t/br/.well-known/did.json", None, None, 200).await;
    let signers = app.get_json("/t/br/api/certificates/document-signers", None, None, 200).await;
    let dsc: Vec<Value> = signers["certificates"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["rawData"].clone())
        .collect();
    let method = did["verificationMethod"].as_array().unwrap().last().unwrap().clone();
    (
        json!(dsc),
        jwks,
        json!({ "id": method["id"], "publicKeyMultibase": method["publicKeyMultibase"] }),
    )
}

/// The EU DCC with a signed field changed (the holder's date of birth) and everything re-encoded as a signer would:
/// CBOR, the COSE_Sign1 with the original signature, zlib, base45. Every decoding step succeeds, so only the
/// signature can tell.
fn dcc_with_changed_claim(hc1: &str) -> String {
    use ciborium::Value;
    let compressed = base45::decode(hc1.strip_prefix("HC1:").unwrap()).unwrap();
    let mut cose = Vec::new();
    std::io::Read::read_to_end(&mut flate2::read::ZlibDecoder::new(compressed.as_slice()), &mut cose).unwrap();
    let Value::Tag(18, message) = ciborium::from_reader::<Value, _>(cose.as_slice()).unwrap() else {
        panic!("COSE_Sign1")
    };
    let Value::Array(mut parts) = *message else {
        panic!("COSE_Sign1 array")
    };
    let Value::Bytes(payload) = &parts[2] else {
        panic!("payload bytes")
    };
    let mut claims: Value = ciborium::from_reader(payload.as_slice()).unwrap();
    let hcert = claims
        .as_map_mut()
        .unwrap()
        .iter_mut()
        .find(|(k, _)| *k == Value::from(-260))
        .unwrap();
    let dgc = hcert
        .1
        .as_map_mut()
        .unwrap()
        .iter_mut()
        .find(|(k, _)| *k == Value::from(1))
        .unwrap();
    let dob = dgc
        .1
        .as_map_mut()
        .unwrap()
        .iter_mut()
        .find(|(k, _)| *k == Value::from("dob"))
        .unwrap();
    dob.1 = Value::from("1900-01-01");
    let mut changed = Vec::new();
    ciborium::into_writer(&claims, &mut changed).unwrap();
    parts[2] = Value::Bytes(changed);
    let mut cose = Vec::new();
    ciborium::into_writer(&Value::Tag(18, Box::new(Value::Array(parts))), &mut cose).unwrap();
    let mut zlib = flate2::write::ZlibEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut zlib, &cose).unwrap();
    format!("HC1:{}", base45::encode(zlib.finish().unwrap()))
}

/// The SMART Health Card with the patient's family name changed and the JWS payload re-encoded (raw DEFLATE,
/// base64url, numeric) under the original header and signature.
fn shc_with_changed_claim(shc: &str) -> String {
    use base64::Engine as _;
    use base64::engine::general_purpose::URL_SAFE_NO_PAD;
    let jws = cowin_certify::shc::from_numeric(shc).unwrap();
    let parts: Vec<&str> = jws.split('.').collect();
    let mut json = Vec::new();
    std::io::Read::read_to_end(
        &mut flate2::read::DeflateDecoder::new(URL_SAFE_NO_PAD.decode(parts[1]).unwrap().as_slice()),
        &mut json,
    )
    .unwrap();
    let mut payload: Value = serde_json::from_slice(&json).unwrap();
    payload["vc"]["credentialSubject"]["fhirBundle"]["entry"][0]["resource"]["name"][0]["family"] = json!("Someone Else");
    let mut deflated = flate2::write::DeflateEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut deflated, payload.to_string().as_bytes()).unwrap();
    let changed = URL_SAFE_NO_PAD.encode(deflated.finish().unwrap());
    cowin_certify::shc::numeric(&format!("{}.{changed}.{}", parts[0], parts[2]))
}

#[tokio::test]
async fn an_acknowledged_dose_has_a_certificate_whose_four_formats_independent_verifiers_accept() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let vaccinated = vaccinated(&app, &test, "11987654321", "Maria Aparecida Souza", "384.516.270-80").await;
    let dose_id = vaccinated.dose["dose_id"].as_str().unwrap();
    assert_eq!(
        test.count(&format!(
            "SELECT count(*) AS n FROM tenant_br.certificates WHERE dose_id = '{dose_id}'"
        ))
        .await,
        1,
        "the 201 means the certificate exists"
    );
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_br.certificates WHERE position(convert_to('Maria', 'UTF8') IN payload) > 0")
            .await,
        0,
        "the stored certificate is sealed, never plain text"
    );
    let forms = certificate_forms(&app, &vaccinated).await;
    assert!(forms["eu_dcc"].as_str().unwrap().starts_with("HC1:"));
    assert!(forms["shc"].as_str().unwrap().starts_with("shc:/"));
    assert_eq!(
        forms["vc"]["evidence"][0]["licenceId"], "LIC-BR-TEST",
        "certificates carry their licence"
    );
    let (dsc, jwks, vc_key) = published_keys(&app).await;

    let credential = forms["vc"].to_string();
    let mut altered = forms["vc"].clone();
    altered["credentialSubject"]["name"] = json!("Someone Else");
    for (format, payload, tampered, keys) in [
        (
            "dcc",
            forms["eu_dcc"].as_str().unwrap().to_owned(),
            dcc_with_changed_claim(forms["eu_dcc"].as_str().unwrap()),
            &dsc,
        ),
        (
            "shc",
            forms["shc"].as_str().unwrap().to_owned(),
            shc_with_changed_claim(forms["shc"].as_str().unwrap()),
            &jwks,
        ),
        ("vc", credential, altered.to_string(), &vc_key),
    ] {
        let verdict = independent_verdict(format, &payload, Some(keys)).await;
        assert_eq!(verdict["valid"], true, "{format}: {verdict}");
        let verdict = independent_verdict(format, &tampered, Some(keys)).await;
        assert_eq!(verdict["valid"], false, "{format} tampered: {verdict}");
        let reason = verdict["reason"].as_str().unwrap();
        assert!(
            reason.starts_with("signature") || reason.starts_with("proof"),
            "{format}: the changed field decodes, so the signature must be what refuses it: {reason}"
        );
    }
    let dcc = independent_verdict("dcc", forms["eu_dcc"].as_str().unwrap(), Some(&dsc)).await;
    assert_eq!(dcc["claims"]["-65537"], "LIC-BR-TEST");
    assert_eq!(dcc["claims"]["hcert"]["1"]["nam"]["fnt"], "SOUZA");
    // The DDCC:VS document's signed QR verifies with the country's document signers, and says what the document says.
    let ddcc = independent_verdict("ddcc", &forms["ddcc"].to_string(), Some(&dsc)).await;
    assert_eq!(ddcc["valid"], true, "{ddcc}");
    let mut swapped = forms["ddcc"].clone();
    let extension = &mut swapped["entry"][0]["resource"]["extension"][0]["valueAttachment"]["data"];
    use base64::Engine as _;
    *extension = json!(base64::engine::general_purpose::STANDARD.encode(dcc_with_changed_claim(forms["eu_dcc"].as_str().unwrap())));
    let ddcc = independent_verdict("ddcc", &swapped.to_string(), Some(&dsc)).await;
    assert!(ddcc["reason"].as_str().unwrap().starts_with("signed QR: signature"), "{ddcc}");
}

fn qr_png(payload: &[u8]) -> Vec<u8> {
    let code = cowin_certify::qr::encode(payload, cowin_certify::qr::Redundancy::Quartile).unwrap();
    let scale = 6;
    let side = (code.width + 8) * scale;
    let picture = image::GrayImage::from_fn(side as u32, side as u32, |x, y| {
        let (x, y) = (x as usize / scale, y as usize / scale);
        let dark = (4..code.width + 4).contains(&x) && (4..code.width + 4).contains(&y) && code.is_dark(x - 4, y - 4);
        image::Luma([if dark { 0 } else { 255 }])
    });
    let mut png = Vec::new();
    picture
        .write_to(&mut std::io::Cursor::new(&mut png), image::ImageFormat::Png)
        .unwrap();
    png
}

async fn verify(app: &TestApp, body: &Value) -> Value {
    let response = app
        .client
        .post(format!("{}/t/br/api/certificates/verify", app.address))
        .header("accept-language", "pt-BR")
        .json(body)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    response.json().await.unwrap()
}

#[tokio::test]
async fn the_verify_endpoint_tells_genuine_tampered_unknown_issuer_and_revoked_apart_in_the_callers_language() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |_| {}).await;
    let vaccinated = vaccinated(&app, &test, "11987654322", "João Pedro Lima", "529.982.247-25").await;
    let forms = certificate_forms(&app, &vaccinated).await;

    for body in [
        json!({ "payload": forms["eu_dcc"] }),
        json!({ "payload": forms["shc"] }),
        json!({ "credential": forms["vc"] }),
    ] {
        let verdict = verify(&app, &body).await;
        assert_eq!(verdict["result"], "genuine", "{verdict}");
        assert!(verdict["message"].as_str().unwrap().starts_with("Autêntico"), "{verdict}");
        assert_eq!(verdict["certificate"]["country"], "BR");
        assert_eq!(verdict["issuer_licensed"], true);
    }
    // A photo of the QR code, as a verifier's phone sends it.
    let photo = app
        .client
        .post(format!("{}/t/br/api/certificates/verify", app.address))
        .header("content-type", "image/png")
        .body(qr_png(forms["eu_dcc"].as_str().unwrap().as_bytes()))
        .send()
        .await
        .unwrap();
    let photo: Value = photo.json().await.unwrap();
    assert_eq!(photo["result"], "genuine", "{photo}");

    let mut altered = forms["vc"].clone();
    altered["evidence"][0]["dose"] = json!(2);
    let verdict = verify(&app, &json!({ "credential": altered })).await;
    assert_eq!(verdict["result"], "tampered");
    assert!(verdict["message"].as_str().unwrap().starts_with("Adulterado"));
    for changed in [
        dcc_with_changed_claim(forms["eu_dcc"].as_str().unwrap()),
        shc_with_changed_claim(forms["shc"].as_str().unwrap()),
    ] {
        let verdict = verify(&app, &json!({ "payload": changed })).await;
        assert_eq!(verdict["result"], "tampered", "a signed field changed and re-encoded: {verdict}");
    }

    // The same record signed by keys no licensed country holds: a repackaged deployment's certificate.
    let foreign = cowin_certify::keys::generate_for_country("BR", chrono::Utc::now()).unwrap();
    let dsc = foreign.iter().find(|key| key.purpose == cowin_certify::KeyPurpose::Dsc).unwrap();
    let signer = cowin_certify::keys::EcSigner::from_pkcs8(&dsc.kid, &dsc.private_pkcs8).unwrap();
    let genuine = cowin_certify::dcc::open(forms["eu_dcc"].as_str().unwrap()).unwrap();
    let record: cowin_certify::CertificateRecord = {
        let txn = cowin_store::TenantTxn::begin(&test.db, TenantCode::parse("BR").unwrap())
            .await
            .unwrap();
        let stored = cowin_store::certificates::valid_of(&txn, &vaccinated.reference)
            .await
            .unwrap()
            .pop()
            .unwrap();
        txn.commit().await.unwrap();
        cowin_app::certificates::sealing::open(&cowin_tests::test_vault(), TenantCode::parse("BR").unwrap(), &stored.payload)
            .unwrap()
            .record
    };
    assert!(genuine.uvci().unwrap().ends_with(&record.id.simple().to_string().to_uppercase()));
    let repackaged = cowin_certify::dcc::sign(&record, &signer).unwrap();
    let verdict = verify(&app, &json!({ "payload": repackaged })).await;
    assert_eq!(verdict["result"], "unknown_issuer", "{verdict}");

    let response = app
        .client
        .post(format!("{}/t/br/api/certificates/verify", app.address))
        .header("accept-language", "pt-BR")
        .json(&json!({ "payload": "hello" }))
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 400);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["errorCode"], "NOT_A_CERTIFICATE");

    // A correction revokes the certificate that showed the old name and issues one with the new.
    let (_, admin, _) = staff_member(&app, &test.db, "BR", StaffRole::TenantAdmin, vec![], vec![]).await;
    let correction =
        json!({ "beneficiary_reference_id": vaccinated.reference, "name": "João Pedro Lima Filho", "reason": "spelling on the ID card" });
    let (status, body) = app
        .post_json("/t/br/api/staff/corrections/beneficiary", Some(&admin), &correction)
        .await;
    assert_eq!(status, 204, "{body}");
    let verdict = verify(&app, &json!({ "payload": forms["eu_dcc"] })).await;
    assert_eq!(verdict["result"], "revoked", "{verdict}");
    assert!(verdict["message"].as_str().unwrap().starts_with("Revogado"));
    let reissued = certificate_forms(&app, &vaccinated).await;
    assert_eq!(reissued["vc"]["credentialSubject"]["name"], "João Pedro Lima Filho");
    assert_eq!(verify(&app, &json!({ "payload": reissued["shc"] })).await["result"], "genuine");

    // The revocation list names the old certificate by the hash of its id, signed with the JWKS key.
    let list = app
        .client
        .get(format!("{}/t/br/api/certificates/revocations", app.address))
        .send()
        .await
        .unwrap();
    assert_eq!(list.headers()["content-type"], "application/jose");
    let jws = list.text().await.unwrap();
    let claims: Value = serde_json::from_slice(&cowin_certify::base64url::decode(jws.split('.').nth(1).unwrap()).unwrap()).unwrap();
    assert!(claims["revoked"].as_array().unwrap().contains(&json!(record.id_hash())), "{claims}");
    assert!(!jws.contains("João"), "the list names no one");
}

async fn wait_for_pdf(test: &TestDb) -> String {
    for _ in 0..100 {
        let rows = test
            .db
            .query_all_raw(Statement::from_string(
                DbBackend::Postgres,
                "SELECT pdf_object FROM tenant_br.certificates WHERE pdf_object IS NOT NULL",
            ))
            .await
            .unwrap();
        if let Some(row) = rows.first() {
            return row.try_get("", "pdf_object").unwrap();
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the outbox worker rendered no PDF");
}

#[tokio::test]
async fn the_pdf_is_rendered_into_s3_and_downloaded_streamed_or_through_a_presigned_url() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |settings| {
        use_s3(settings, &test);
        settings.certificates.prerender_pdfs = true;
    })
    .await;
    let vaccinated = vaccinated(&app, &test, "11987654323", "Ana Beatriz Costa", "111.444.777-35").await;
    let key = wait_for_pdf(&test).await;
    assert!(key.starts_with("tenants/br/certificates/") && key.ends_with(".pdf"), "{key}");
    let mut settings = cowin_tests::test_settings(&test, |settings| use_s3(settings, &test));
    let store = cowin_server::application::object_store(&settings).await.unwrap();
    assert!(
        store.list("tenants/br/").await.unwrap().contains(&key),
        "the object is in the bucket"
    );

    let path = format!(
        "/t/br/api/v2/registration/certificate/public/download?beneficiary_reference_id={}",
        vaccinated.reference
    );
    let response = app
        .client
        .get(format!("{}{path}", app.address))
        .bearer_auth(&vaccinated.citizen.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/pdf");
    assert!(response.bytes().await.unwrap().starts_with(b"%PDF-"));

    settings.certificates.redirect_downloads = true;
    let redirecting = spawn_app(&test, |settings| {
        use_s3(settings, &test);
        settings.certificates.redirect_downloads = true;
    })
    .await;
    let client = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap();
    let response = client
        .get(format!("{}{path}", redirecting.address))
        .bearer_auth(&vaccinated.citizen.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 302);
    let location = response.headers()["location"].to_str().unwrap().to_owned();
    assert!(location.contains("X-Amz-Signature"), "{location}");
    let pdf = client.get(&location).send().await.unwrap();
    assert_eq!(pdf.status().as_u16(), 200, "the presigned URL reads the object");
    assert!(pdf.bytes().await.unwrap().starts_with(b"%PDF-"));
    let unsigned = client.get(location.split('?').next().unwrap()).send().await.unwrap();
    assert_eq!(unsigned.status().as_u16(), 403, "without the signature the store refuses");

    // Only the holder's account downloads it.
    let stranger = cowin_tests::citizen::sign_in(&app, "/t/br", "11987654399").await;
    let (status, body) = app.get_with_token(&path, &stranger.token).await;
    assert_eq!((status, body["errorCode"].as_str()), (404, Some("BENEFICIARY_NOT_FOUND")));
}

#[tokio::test]
async fn the_holder_is_emailed_in_their_language_and_the_work_survives_a_restart() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    // This server's worker looks once at start-up and then not for an hour: it stops before doing the work.
    let stopped = spawn_app(&test, |settings| settings.outbox.poll_interval_ms = 3_600_000).await;
    let vaccinated = vaccinated(&stopped, &test, "11987654324", "Luiza Helena Rocha", "153.509.460-56").await;
    assert_eq!(
        test.count("SELECT count(*) AS n FROM tenant_br.outbox WHERE done_at IS NULL").await,
        1
    );
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert_eq!(messages_to(&vaccinated.citizen.email, 1).await.len(), 1, "only the OTP so far");

    // Another server (or the same after a restart) finds the work in the outbox and does it.
    let restarted = spawn_app(&test, |_| {}).await;
    let messages = messages_to(&vaccinated.citizen.email, 2).await;
    assert_eq!(messages.len(), 2, "{messages:?}");
    let (subject, text) = &messages[1];
    assert_eq!(subject, "Seu certificado de vacinação está pronto");
    assert!(text.contains("Luiza Helena Rocha") && text.contains("Comirnaty"), "{text}");
    // The work is marked done just after the e-mail leaves.
    let mut pending = 1;
    for _ in 0..100 {
        pending = test.count("SELECT count(*) AS n FROM tenant_br.outbox WHERE done_at IS NULL").await;
        if pending == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    assert_eq!(pending, 0, "the outbox work is marked done");
    assert_eq!(messages_to(&vaccinated.citizen.email, 3).await.len(), 2, "sent once");

    // By default the worker does not pre-render the PDF: the first download renders and stores it.
    let stored = "SELECT count(*) AS n FROM tenant_br.certificates WHERE pdf_object IS NOT NULL";
    assert_eq!(test.count(stored).await, 0);
    let path = format!(
        "/t/br/api/v2/registration/certificate/public/download?beneficiary_reference_id={}",
        vaccinated.reference
    );
    let response = restarted
        .client
        .get(format!("{}{path}", restarted.address))
        .bearer_auth(&vaccinated.citizen.token)
        .send()
        .await
        .unwrap();
    assert_eq!(response.status().as_u16(), 200);
    assert!(response.bytes().await.unwrap().starts_with(b"%PDF-"));
    assert_eq!(test.count(stored).await, 1, "the first download stored the PDF");
}

#[tokio::test]
async fn rotated_keys_sign_new_certificates_and_what_the_old_keys_signed_still_verifies() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |settings| settings.tenants.refresh_interval_ms = 100).await;
    let first = vaccinated(&app, &test, "11987654325", "Carlos Eduardo Melo", "714.602.380-01").await;
    let before = certificate_forms(&app, &first).await;
    let brazil = TenantCode::parse("BR").unwrap();
    let rotated = cowin_store::signing_keys::rotate(&test.db, brazil, &cowin_tests::test_vault(), "test")
        .await
        .unwrap();
    assert_eq!(rotated.len(), 3, "document signer, card key and credential key: {rotated:?}");
    tokio::time::sleep(Duration::from_millis(400)).await;
    let second = vaccinated(&app, &test, "11987654326", "Fernanda Alves Dias", "345.678.901-75").await;
    let after = certificate_forms(&app, &second).await;
    let kid = |forms: &Value| cowin_certify::shc::open(forms["shc"].as_str().unwrap()).unwrap().kid;
    assert_ne!(kid(&before), kid(&after), "new certificates use the new key");

    let (dsc, jwks, _) = published_keys(&app).await;
    assert_eq!(jwks["keys"].as_array().unwrap().len(), 2, "the retired key stays published");
    for forms in [&before, &after] {
        assert_eq!(
            independent_verdict("shc", forms["shc"].as_str().unwrap(), Some(&jwks)).await["valid"],
            true
        );
        assert_eq!(
            independent_verdict("dcc", forms["eu_dcc"].as_str().unwrap(), Some(&dsc)).await["valid"],
            true
        );
        assert_eq!(verify(&app, &json!({ "payload": forms["eu_dcc"] })).await["result"], "genuine");
    }
    assert_eq!(
        test.count("SELECT count(*) AS n FROM platform.signing_keys WHERE retired_at IS NOT NULL AND private_key_sealed IS NOT NULL")
            .await,
        0,
        "retired keys can sign nothing more"
    );
}
