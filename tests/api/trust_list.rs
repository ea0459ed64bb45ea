//! NHA's trust list: signed by NHA, naming licensed countries with each format's keys; a revoked country drops
//! off, so its certificates no longer verify against the list.

use std::time::Duration;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use cowin_licence::Revocation;
use cowin_tests::certificates::{certificate_forms, independent_verdict, vaccinated};
use cowin_tests::licences::test_nha_key;
use cowin_tests::{TestApp, demo_config, fresh_database, onboard, spawn_app};
use serde_json::{Value, json};

/// The list's claims, checked with a JOSE library (not our code) against NHA's published key.
async fn trust_list(app: &TestApp) -> Value {
    let jwks = app.get_json("/platform/.well-known/jwks.json", None, None, 200).await;
    let key = &jwks["keys"][0];
    assert_eq!((key["kty"].as_str(), key["crv"].as_str()), (Some("OKP"), Some("Ed25519")));
    let response = app.get("/platform/trust-list", None, None).await;
    assert_eq!(response.status().as_u16(), 200);
    assert_eq!(response.headers()["content-type"], "application/jose");
    let jws = response.text().await.unwrap();
    let decoding = jsonwebtoken::DecodingKey::from_ed_components(key["x"].as_str().unwrap()).unwrap();
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::EdDSA);
    validation.validate_aud = false;
    let claims = jsonwebtoken::decode::<Value>(&jws, &decoding, &validation)
        .expect("NHA signed the list")
        .claims;
    // Any changed byte of the list is caught.
    let (head, signature) = jws.rsplit_once('.').unwrap();
    let mut other = URL_SAFE_NO_PAD.decode(signature).unwrap();
    other[0] ^= 1;
    let forged = format!("{head}.{}", URL_SAFE_NO_PAD.encode(other));
    assert!(jsonwebtoken::decode::<Value>(&forged, &decoding, &validation).is_err());
    claims
}

fn entry<'a>(list: &'a Value, country: &str) -> Option<&'a Value> {
    list["countries"]
        .as_array()
        .unwrap()
        .iter()
        .find(|entry| entry["country"] == country)
}

fn document_signers(entry: Option<&Value>) -> Value {
    let certificates = entry.map_or(vec![], |entry| entry["dcc"]["certificates"].as_array().unwrap().clone());
    json!(certificates.iter().map(|c| c["rawData"].clone()).collect::<Vec<_>>())
}

#[tokio::test]
async fn the_trust_list_names_licensed_countries_and_a_revoked_one_drops_off() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let app = spawn_app(&test, |settings| settings.tenants.refresh_interval_ms = 100).await;
    let vaccinated = vaccinated(&app, &test, "11987654331", "Rita Lopes", "390.533.447-05").await;
    let forms = certificate_forms(&app, &vaccinated).await;
    let hc1 = forms["eu_dcc"].as_str().unwrap();
    let shc = forms["shc"].as_str().unwrap();

    let list = trust_list(&app).await;
    let countries: Vec<&str> = list["countries"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["country"].as_str().unwrap())
        .collect();
    assert_eq!(countries, ["BR", "IN"]);
    let brazil = entry(&list, "BR");
    assert_eq!(brazil.unwrap()["licence_id"], "LIC-BR-TEST");
    let verdict = independent_verdict("dcc", hc1, Some(&document_signers(brazil))).await;
    assert_eq!(verdict["valid"], true, "the list's DSCs verify Brazil's EU DCC: {verdict}");
    let verdict = independent_verdict("shc", shc, Some(&brazil.unwrap()["shc"])).await;
    assert_eq!(
        verdict["valid"], true,
        "the list's JWKS verifies Brazil's SMART Health Card: {verdict}"
    );
    let verdict = independent_verdict("dcc", hc1, Some(&document_signers(entry(&list, "IN")))).await;
    assert_eq!(verdict["valid"], false, "India's keys do not vouch for Brazil's certificates");

    let revocation = Revocation::new("LIC-BR-TEST", "repackaged and resold")
        .sign(test_nha_key())
        .unwrap();
    cowin_store::licences::revoke(&test.db, "LIC-BR-TEST", &revocation, "test")
        .await
        .unwrap();
    let mut list = trust_list(&app).await;
    for _ in 0..50 {
        if entry(&list, "BR").is_none() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
        list = trust_list(&app).await;
    }
    assert!(entry(&list, "BR").is_none(), "a revoked country drops off: {list}");
    assert!(entry(&list, "IN").is_some());
    let verdict = independent_verdict("dcc", hc1, Some(&document_signers(entry(&list, "BR")))).await;
    assert_eq!(
        verdict["valid"], false,
        "against the list, the revoked country's certificate fails: {verdict}"
    );
}
