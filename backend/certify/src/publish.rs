//! What a country publishes so that anyone can verify its certificates: a JWKS at the issuer's
//! `/.well-known/jwks.json` (SMART Health Cards), a `did:web` document at `/.well-known/did.json` (Verifiable
//! Credentials), and the document-signer list in the EU DCC style (X.509 DSCs under the country's CSCA).

use base64::Engine as _;
use base64::engine::general_purpose::STANDARD;
use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::keys::{KeyPurpose, PublicKey, p256_coordinates};
use crate::vc::{public_key_multibase, verification_method};

/// The SMART Health Card keys as a JWKS: current and retired, so every card ever issued still verifies.
pub fn jwks(keys: &[PublicKey]) -> Value {
    let keys: Vec<Value> = keys
        .iter()
        .filter(|key| key.purpose == KeyPurpose::Shc)
        .filter_map(|key| {
            let (x, y) = p256_coordinates(&key.public_key)?;
            Some(json!({ "kty": "EC", "kid": key.kid, "use": "sig", "alg": "ES256", "crv": "P-256", "x": x, "y": y }))
        })
        .collect();
    json!({ "keys": keys })
}

/// The `did:web` document of `host`, listing its Verifiable Credential keys as Multikey verification methods.
pub fn did_document(host: &str, keys: &[PublicKey]) -> Value {
    let did = format!("did:web:{host}");
    let methods: Vec<Value> = keys
        .iter()
        .filter(|key| key.purpose == KeyPurpose::Vc)
        .map(|key| {
            json!({
                "id": verification_method(&did, &key.kid),
                "type": "Multikey",
                "controller": did,
                "publicKeyMultibase": public_key_multibase(&key.public_key),
            })
        })
        .collect();
    let ids: Vec<Value> = methods.iter().map(|method| method["id"].clone()).collect();
    json!({
        "@context": ["https://www.w3.org/ns/did/v1", "https://w3id.org/security/multikey/v1"],
        "id": did,
        "verificationMethod": methods,
        "assertionMethod": ids,
    })
}

/// One certificate of the document-signer list.
fn certificate_entry(country: &str, key: &PublicKey, kind: &str) -> Option<Value> {
    let der = key.certificate.as_ref()?;
    let thumbprint: String = Sha256::digest(der).iter().map(|byte| format!("{byte:02x}")).collect();
    Some(json!({
        "kid": key.kid,
        "certificateType": kind,
        "country": country,
        "rawData": STANDARD.encode(der),
        "thumbprint": thumbprint,
        "retired": key.retired,
    }))
}

/// The EU DCC-style list of a country's document signers and its CSCA.
pub fn document_signers(country: &str, keys: &[PublicKey]) -> Value {
    let entries = |purpose: KeyPurpose, kind: &str| -> Vec<Value> {
        keys.iter()
            .filter(|key| key.purpose == purpose)
            .filter_map(|key| certificate_entry(country, key, kind))
            .collect()
    };
    json!({
        "country": country,
        "certificates": entries(KeyPurpose::Dsc, "DSC"),
        "csca": entries(KeyPurpose::Csca, "CSCA"),
    })
}
