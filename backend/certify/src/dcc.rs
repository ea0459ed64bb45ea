//! The EU Digital COVID Certificate: `HC1:` + base45(zlib(COSE_Sign1(CWT))), ES256 with the country's document
//! signer, `kid` = the first 8 bytes of the SHA-256 of the signer's certificate (hcert specification 1.3).

use std::io::{Read as _, Write as _};

use ciborium::Value;
use coset::{CborSerializable as _, CoseSign1, CoseSign1Builder, HeaderBuilder, TaggedCborSerializable as _, iana};
use flate2::Compression;
use flate2::read::ZlibDecoder;
use flate2::write::ZlibEncoder;

use crate::keys::{EcSigner, KeyError};
use crate::record::{CertificateRecord, icao_transliteration, split_name};

/// The prefix of a DCC QR.
pub const PREFIX: &str = "HC1:";
/// SNOMED CT: COVID-19 (the disease targeted).
const COVID_19: &str = "840539006";
/// CWT claim keys: issuer, expiry, issued at, health certificate.
const CLAIM_ISS: i64 = 1;
const CLAIM_EXP: i64 = 4;
const CLAIM_IAT: i64 = 6;
const CLAIM_HCERT: i64 = -260;
/// A private-use CWT claim (below -65536, RFC 8392) carrying the NHA licence the country issues under.
pub const CLAIM_LICENCE: i64 = -65537;
/// How long a vaccination DCC is valid.
const VALIDITY_DAYS: i64 = 365;

fn text(value: &str) -> Value {
    Value::Text(value.to_owned())
}

fn int(value: i64) -> Value {
    Value::Integer(value.into())
}

fn map(entries: Vec<(&str, Value)>) -> Value {
    Value::Map(entries.into_iter().map(|(key, value)| (text(key), value)).collect())
}

/// The DCC JSON (as CBOR) of a record.
fn hcert(record: &CertificateRecord) -> Value {
    let (given, family) = split_name(&record.holder.name);
    let given = given.join(" ");
    let mut name = vec![("fn", text(family)), ("fnt", text(&icao_transliteration(family)))];
    if !given.is_empty() {
        name.push(("gn", text(&given)));
        name.push(("gnt", text(&icao_transliteration(&given))));
    }
    let vaccination = &record.vaccination;
    let product = vaccination.dcc_product.clone().unwrap_or_else(|| vaccination.vaccine_name.clone());
    let manufacturer = vaccination
        .dcc_manufacturer
        .clone()
        .unwrap_or_else(|| vaccination.manufacturer.clone());
    map(vec![
        ("ver", text("1.3.0")),
        ("nam", map(name)),
        ("dob", text(&format!("{:04}", record.holder.birth_year))),
        (
            "v",
            Value::Array(vec![map(vec![
                ("tg", text(COVID_19)),
                ("vp", text(vaccination.atc.as_deref().unwrap_or("J07BX03"))),
                ("mp", text(&product)),
                ("ma", text(&manufacturer)),
                ("dn", int(i64::from(vaccination.dose))),
                ("sd", int(i64::from(vaccination.series_doses.max(vaccination.dose)))),
                ("dt", text(&vaccination.date.format("%Y-%m-%d").to_string())),
                ("co", text(&record.country)),
                ("is", text(&record.issuer)),
                ("ci", text(&record.uvci())),
            ])]),
        ),
    ])
}

fn cbor(value: &Value) -> Vec<u8> {
    let mut bytes = Vec::new();
    // Writing CBOR into a Vec cannot fail.
    let _ = ciborium::into_writer(value, &mut bytes);
    bytes
}

/// The CWT claims of a record.
fn claims(record: &CertificateRecord) -> Value {
    let issued = record.issued_at.timestamp();
    let mut entries = vec![
        (int(CLAIM_ISS), text(&record.country)),
        (int(CLAIM_EXP), int(issued + VALIDITY_DAYS * 86_400)),
        (int(CLAIM_IAT), int(issued)),
        (int(CLAIM_HCERT), Value::Map(vec![(int(1), hcert(record))])),
    ];
    if let Some(licence) = &record.licence_id {
        entries.push((int(CLAIM_LICENCE), text(licence)));
    }
    Value::Map(entries)
}

/// Base64 (standard) of 8 kid bytes, as trust lists print it; `None` if `kid` is not that.
fn kid_bytes(kid: &str) -> Option<Vec<u8>> {
    let bytes = base64::Engine::decode(&base64::engine::general_purpose::STANDARD, kid).ok()?;
    (bytes.len() == 8).then_some(bytes)
}

/// Signs `record` as an EU DCC QR payload.
pub fn sign(record: &CertificateRecord, signer: &EcSigner) -> Result<String, KeyError> {
    let kid = kid_bytes(&signer.kid).ok_or(KeyError::Invalid("DCC document signer kid"))?;
    let protected = HeaderBuilder::new().algorithm(iana::Algorithm::ES256).key_id(kid).build();
    let mut failure = None;
    let sign1 = CoseSign1Builder::new()
        .protected(protected)
        .payload(cbor(&claims(record)))
        .create_signature(&[], |to_be_signed| match signer.sign(to_be_signed) {
            Ok(signature) => signature,
            Err(error) => {
                failure = Some(error);
                Vec::new()
            }
        })
        .build();
    if let Some(error) = failure {
        return Err(error);
    }
    let cose = sign1.to_tagged_vec().map_err(|_| KeyError::Invalid("COSE_Sign1"))?;
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::default());
    zlib.write_all(&cose).map_err(|_| KeyError::Invalid("zlib"))?;
    let compressed = zlib.finish().map_err(|_| KeyError::Invalid("zlib"))?;
    Ok(format!("{PREFIX}{}", base45::encode(compressed)))
}

/// A DCC taken apart: who signed it, whether the signature holds, and what it says.
#[derive(Debug, Clone)]
pub struct OpenedDcc {
    /// The signer's kid (base64).
    pub kid: String,
    /// The CWT claims.
    pub claims: Value,
    sign1: CoseSign1,
}

impl OpenedDcc {
    /// Whether the signature verifies with the P-256 key `public_key`.
    pub fn verifies_with(&self, public_key: &[u8]) -> bool {
        self.sign1
            .verify_signature(&[], |signature, data| {
                if crate::keys::verify_es256(public_key, data, signature) {
                    Ok(())
                } else {
                    Err(())
                }
            })
            .is_ok()
    }

    /// The UVCI (`v[0].ci`) the certificate names.
    pub fn uvci(&self) -> Option<String> {
        let hcert = lookup_int(&self.claims, CLAIM_HCERT)?;
        let dcc = lookup_int(hcert, 1)?;
        let vaccination = match lookup_text(dcc, "v")? {
            Value::Array(items) => items.first()?,
            _ => return None,
        };
        match lookup_text(vaccination, "ci")? {
            Value::Text(uvci) => Some(uvci.clone()),
            _ => None,
        }
    }

    /// The DCC itself (claim -260, key 1) as JSON; `Null` if absent.
    pub fn hcert_json(&self) -> serde_json::Value {
        lookup_int(&self.claims, CLAIM_HCERT)
            .and_then(|hcert| lookup_int(hcert, 1))
            .and_then(|dcc| serde_json::to_value(dcc).ok())
            .unwrap_or_default()
    }

    /// The licence claim, if present.
    pub fn licence(&self) -> Option<String> {
        match lookup_int(&self.claims, CLAIM_LICENCE)? {
            Value::Text(licence) => Some(licence.clone()),
            _ => None,
        }
    }
}

fn lookup_int(value: &Value, key: i64) -> Option<&Value> {
    match value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(k, Value::Integer(i) if i128::from(*i) == i128::from(key)))
            .map(|(_, v)| v),
        _ => None,
    }
}

fn lookup_text<'a>(value: &'a Value, key: &str) -> Option<&'a Value> {
    match value {
        Value::Map(entries) => entries
            .iter()
            .find(|(k, _)| matches!(k, Value::Text(t) if t == key))
            .map(|(_, v)| v),
        _ => None,
    }
}

/// Reads a DCC QR payload; `None` if it is not one (wrong prefix, base45, zlib, COSE or CBOR).
pub fn open(payload: &str) -> Option<OpenedDcc> {
    let encoded = payload.trim().strip_prefix(PREFIX)?;
    let compressed = base45::decode(encoded).ok()?;
    let mut cose = Vec::new();
    ZlibDecoder::new(compressed.as_slice())
        .take(64 * 1024)
        .read_to_end(&mut cose)
        .ok()?;
    let sign1 = CoseSign1::from_tagged_slice(&cose).or_else(|_| CoseSign1::from_slice(&cose)).ok()?;
    let kid = base64::Engine::encode(&base64::engine::general_purpose::STANDARD, &sign1.protected.header.key_id);
    let claims: Value = ciborium::from_reader(sign1.payload.as_deref()?).ok()?;
    Some(OpenedDcc { kid, claims, sign1 })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{KeyPurpose, generate_for_country};
    use crate::record::tests::record;

    #[test]
    fn a_signed_dcc_opens_verifies_and_names_its_certificate() {
        let keys = generate_for_country("LK", chrono::Utc::now()).unwrap();
        let dsc = keys.iter().find(|key| key.purpose == KeyPurpose::Dsc).unwrap();
        let signer = EcSigner::from_pkcs8(&dsc.kid, &dsc.private_pkcs8).unwrap();
        let payload = sign(&record(), &signer).unwrap();
        assert!(payload.starts_with("HC1:"));
        let opened = open(&payload).unwrap();
        assert_eq!(opened.kid, dsc.kid);
        assert!(opened.verifies_with(&dsc.public_key));
        assert_eq!(opened.uvci().unwrap(), record().uvci());
        assert_eq!(opened.licence().as_deref(), Some("LIC-LK-TEST"));
        let other = &keys.iter().find(|key| key.purpose == KeyPurpose::Shc).unwrap().public_key;
        assert!(!opened.verifies_with(other));
    }
}
