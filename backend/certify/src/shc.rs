//! The SMART Health Card: a compact JWS (ES256, `zip: DEF`) over a FHIR R4 bundle of the holder and the
//! immunization, written as the numeric `shc:/` QR (SMART Health Cards framework 1.4).

use std::io::{Read as _, Write as _};

use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;
use serde_json::{Value, json};

use crate::base64url;
use crate::keys::{EcSigner, KeyError};
use crate::record::{CertificateRecord, split_name};
use crate::revocation_list::shc_revocation_id;

/// The prefix of a SMART Health Card QR.
pub const PREFIX: &str = "shc:/";
/// The largest JWS one QR (version 22) holds.
pub const MAX_JWS: usize = 1195;

/// The vaccine's coding: CVX where the catalogue gives one, else the ATC code.
fn vaccine_coding(record: &CertificateRecord) -> Value {
    let vaccination = &record.vaccination;
    match &vaccination.cvx {
        Some(cvx) => json!({ "system": "http://hl7.org/fhir/sid/cvx", "code": cvx }),
        None => json!({ "system": "http://www.whocc.no/atc", "code": vaccination.atc.as_deref().unwrap_or("J07BX03") }),
    }
}

/// The FHIR R4 bundle, compact as the framework requires (no ids, no text, no display, `resource:N` references).
pub fn bundle(record: &CertificateRecord) -> Value {
    let (given, family) = split_name(&record.holder.name);
    let mut name = json!({ "family": family });
    if !given.is_empty() {
        name["given"] = json!(given);
    }
    json!({
        "resourceType": "Bundle",
        "type": "collection",
        "entry": [
            { "fullUrl": "resource:0", "resource": {
                "resourceType": "Patient",
                "name": [name],
                "birthDate": format!("{:04}", record.holder.birth_year),
            }},
            { "fullUrl": "resource:1", "resource": {
                "resourceType": "Immunization",
                "status": "completed",
                "vaccineCode": { "coding": [vaccine_coding(record)] },
                "patient": { "reference": "resource:0" },
                "occurrenceDateTime": record.vaccination.date.format("%Y-%m-%d").to_string(),
                "lotNumber": record.vaccination.batch,
                "performer": [{ "actor": { "display": record.vaccination.facility } }],
                "protocolApplied": [{ "doseNumberPositiveInt": record.vaccination.dose,
                                      "seriesDosesPositiveInt": record.vaccination.series_doses.max(record.vaccination.dose) }],
            }},
        ],
    })
}

/// The JWS claims.
fn claims(record: &CertificateRecord) -> Value {
    let mut claims = json!({
        "iss": record.issuer_url(),
        "nbf": record.issued_at.timestamp(),
        "vc": {
            "type": ["https://smarthealth.cards#health-card", "https://smarthealth.cards#immunization", "https://smarthealth.cards#covid19"],
            "credentialSubject": { "fhirVersion": "4.0.1", "fhirBundle": bundle(record) },
            "rid": shc_revocation_id(record.id),
        },
    });
    if let Some(licence) = &record.licence_id {
        claims["lic"] = json!(licence);
    }
    claims
}

/// `shc:/` followed by two digits per JWS character (its code minus 45).
pub fn numeric(jws: &str) -> String {
    let mut out = String::with_capacity(PREFIX.len() + jws.len() * 2);
    out.push_str(PREFIX);
    for byte in jws.bytes() {
        let value = byte.saturating_sub(45);
        out.push(char::from(b'0' + value / 10));
        out.push(char::from(b'0' + value % 10));
    }
    out
}

/// The JWS of a numeric QR payload; `None` if it is not one.
pub fn from_numeric(payload: &str) -> Option<String> {
    let digits = payload.trim().strip_prefix(PREFIX)?.as_bytes();
    if digits.is_empty() || digits.len() % 2 != 0 || !digits.iter().all(u8::is_ascii_digit) {
        return None;
    }
    digits
        .chunks(2)
        .map(|pair| {
            let value = (pair[0] - b'0') * 10 + (pair[1] - b'0');
            (value <= 77).then(|| char::from(value + 45))
        })
        .collect()
}

/// Signs `record` as a SMART Health Card QR payload.
pub fn sign(record: &CertificateRecord, signer: &EcSigner) -> Result<String, KeyError> {
    let header = json!({ "alg": "ES256", "zip": "DEF", "kid": signer.kid });
    let payload = serde_json::to_vec(&claims(record)).map_err(|_| KeyError::Invalid("JSON"))?;
    // The default level keeps a card well inside one QR (checked by the tests) at a third of the best level's CPU.
    let mut deflate = DeflateEncoder::new(Vec::new(), Compression::default());
    deflate.write_all(&payload).map_err(|_| KeyError::Invalid("DEFLATE"))?;
    let compressed = deflate.finish().map_err(|_| KeyError::Invalid("DEFLATE"))?;
    let signing_input = format!("{}.{}", base64url::encode(header.to_string()), base64url::encode(compressed));
    let signature = signer.sign(signing_input.as_bytes())?;
    Ok(numeric(&format!("{signing_input}.{}", base64url::encode(signature))))
}

/// A card taken apart.
#[derive(Debug, Clone)]
pub struct OpenedCard {
    /// The header's kid.
    pub kid: String,
    /// The decompressed claims.
    pub claims: Value,
    signing_input: String,
    signature: Vec<u8>,
}

impl OpenedCard {
    /// Whether the signature verifies with the P-256 key `public_key`.
    pub fn verifies_with(&self, public_key: &[u8]) -> bool {
        crate::keys::verify_es256(public_key, self.signing_input.as_bytes(), &self.signature)
    }

    /// The card's revocation id.
    pub fn revocation_id(&self) -> Option<&str> {
        self.claims["vc"]["rid"].as_str()
    }
}

/// Reads a card from its numeric QR payload or its JWS; `None` if it is neither.
pub fn open(payload: &str) -> Option<OpenedCard> {
    let jws = from_numeric(payload)?;
    let mut parts = jws.split('.');
    let (header, body, signature) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() {
        return None;
    }
    let header: Value = serde_json::from_slice(&base64url::decode(header)?).ok()?;
    if header["alg"] != "ES256" || header["zip"] != "DEF" {
        return None;
    }
    let mut claims = Vec::new();
    DeflateDecoder::new(base64url::decode(body)?.as_slice())
        .take(64 * 1024)
        .read_to_end(&mut claims)
        .ok()?;
    Some(OpenedCard {
        kid: header["kid"].as_str()?.to_owned(),
        claims: serde_json::from_slice(&claims).ok()?,
        signing_input: jws[..jws.rfind('.')?].to_owned(),
        signature: base64url::decode(signature)?,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{KeyPurpose, generate_for_country};
    use crate::record::tests::record;
    use proptest::prelude::*;

    #[test]
    fn a_signed_card_fits_one_qr_opens_and_verifies() {
        let keys = generate_for_country("LK", chrono::Utc::now()).unwrap();
        let key = keys.iter().find(|key| key.purpose == KeyPurpose::Shc).unwrap();
        let signer = EcSigner::from_pkcs8(&key.kid, &key.private_pkcs8).unwrap();
        let payload = sign(&record(), &signer).unwrap();
        assert!(from_numeric(&payload).unwrap().len() <= MAX_JWS);
        let card = open(&payload).unwrap();
        assert!(card.verifies_with(&key.public_key));
        assert_eq!(card.kid, key.kid);
        assert_eq!(card.claims["iss"], "https://lk.test.localhost");
        assert_eq!(card.revocation_id(), Some(shc_revocation_id(record().id).as_str()));
        let mut tampered = payload.clone();
        tampered.replace_range(60..62, if &payload[60..62] == "11" { "12" } else { "11" });
        assert!(open(&tampered).is_none_or(|card| !card.verifies_with(&key.public_key)));
    }

    proptest! {
        #[test]
        fn numeric_encoding_round_trips(jws in "[-A-Za-z0-9_.]{1,200}") {
            prop_assert_eq!(from_numeric(&numeric(&jws)), Some(jws));
        }
    }
}
