//! Verifying any of the formats: which format a payload is, whose key signed it, whether the signature holds,
//! whether the certificate is revoked, and what it says.

use serde::Serialize;
use serde_json::Value;
use uuid::Uuid;

use crate::keys::KeyPurpose;
use crate::record::id_hash;
use crate::{dcc, shc, vc};

/// The formats a payload can be in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// `HC1:` (EU DCC; also the WHO DDCC:VS QR).
    EuDcc,
    /// `shc:/`.
    SmartHealthCard,
    /// A Verifiable Credential (JSON, or zipped as in its QR).
    Divoc,
}

/// A verification key known to the verifier, and the country it belongs to.
#[derive(Debug, Clone, Copy)]
pub struct TrustedKey<'a> {
    /// ISO 3166-1 alpha-2 code.
    pub country: &'a str,
    /// The public key.
    pub public_key: &'a [u8],
}

/// What a verifier trusts: countries' public keys.
pub trait Trust {
    /// The key of `purpose` with id `kid`, if it belongs to a country this verifier trusts.
    fn key(&self, purpose: KeyPurpose, kid: &str) -> Option<TrustedKey<'_>>;
}

/// What a certificate says, for the verifier to compare with the person in front of them.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Summary {
    /// The issuing country.
    pub country: String,
    /// Certificate id (UVCI or credential id), where the format carries one.
    pub certificate: Option<String>,
    /// The licence the country issued it under.
    pub licence: Option<String>,
    /// Holder's name.
    pub name: Option<String>,
    /// Holder's birth date or year.
    pub birth: Option<String>,
    /// Vaccine.
    pub vaccine: Option<String>,
    /// Dose number.
    pub dose: Option<u64>,
    /// Date given.
    pub date: Option<String>,
}

/// The verdict on a payload.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Verdict {
    /// Signed by a trusted country's key. Whether that country has since revoked it is for the caller to look up
    /// by `revocation_markers` (the SHA-256 of the certificate id, or a SMART Health Card revocation id), as a
    /// country's revocation list names them.
    Genuine {
        /// Format.
        format: Format,
        /// Content.
        summary: Box<Summary>,
        /// How revocation lists name this certificate.
        #[serde(skip)]
        revocation_markers: Vec<String>,
    },
    /// Well formed, but signed with a key no trusted country holds.
    UnknownIssuer {
        /// Format.
        format: Format,
    },
    /// Recognisably a certificate, but its signature does not match its content.
    Tampered {
        /// Format.
        format: Format,
    },
}

fn genuine(format: Format, revocation_markers: Vec<String>, summary: Summary) -> Verdict {
    Verdict::Genuine {
        format,
        summary: Box::new(summary),
        revocation_markers,
    }
}

fn verify_dcc(payload: &str, trust: &dyn Trust) -> Option<Verdict> {
    let format = Format::EuDcc;
    let opened = dcc::open(payload)?;
    let Some(key) = trust.key(KeyPurpose::Dsc, &opened.kid) else {
        return Some(Verdict::UnknownIssuer { format });
    };
    if !opened.verifies_with(key.public_key) {
        return Some(Verdict::Tampered { format });
    }
    let uvci = opened.uvci();
    let markers: Vec<String> = uvci
        .as_deref()
        .and_then(|uvci| uvci.rsplit(':').next())
        .and_then(|hex| Uuid::try_parse(hex).ok())
        .map(id_hash)
        .into_iter()
        .collect();
    let summary = Summary {
        country: key.country.to_owned(),
        certificate: uvci,
        licence: opened.licence(),
        ..dcc_summary(&opened)
    };
    Some(genuine(format, markers, summary))
}

/// The holder and vaccination fields of a DCC.
fn dcc_summary(opened: &dcc::OpenedDcc) -> Summary {
    let hcert = opened.hcert_json();
    let v = &hcert["v"][0];
    Summary {
        name: [hcert["nam"]["gn"].as_str(), hcert["nam"]["fn"].as_str()]
            .into_iter()
            .flatten()
            .collect::<Vec<_>>()
            .join(" ")
            .into(),
        birth: hcert["dob"].as_str().map(str::to_owned),
        vaccine: v["mp"].as_str().map(str::to_owned),
        dose: v["dn"].as_u64(),
        date: v["dt"].as_str().map(str::to_owned),
        ..Summary::default()
    }
}

fn verify_shc(payload: &str, trust: &dyn Trust) -> Option<Verdict> {
    let format = Format::SmartHealthCard;
    let card = shc::open(payload)?;
    let Some(key) = trust.key(KeyPurpose::Shc, &card.kid) else {
        return Some(Verdict::UnknownIssuer { format });
    };
    if !card.verifies_with(key.public_key) {
        return Some(Verdict::Tampered { format });
    }
    let bundle = &card.claims["vc"]["credentialSubject"]["fhirBundle"];
    let patient = &bundle["entry"][0]["resource"];
    let immunization = &bundle["entry"][1]["resource"];
    let given = patient["name"][0]["given"]
        .as_array()
        .map(|names| names.iter().filter_map(Value::as_str).collect::<Vec<_>>().join(" "))
        .unwrap_or_default();
    let family = patient["name"][0]["family"].as_str().unwrap_or_default();
    let summary = Summary {
        country: key.country.to_owned(),
        certificate: None,
        licence: card.claims["lic"].as_str().map(str::to_owned),
        name: Some(format!("{given} {family}").trim().to_owned()),
        birth: patient["birthDate"].as_str().map(str::to_owned),
        vaccine: immunization["vaccineCode"]["coding"][0]["code"].as_str().map(str::to_owned),
        dose: immunization["protocolApplied"][0]["doseNumberPositiveInt"].as_u64(),
        date: immunization["occurrenceDateTime"].as_str().map(str::to_owned),
    };
    let markers: Vec<String> = card.revocation_id().map(str::to_owned).into_iter().collect();
    Some(genuine(format, markers, summary))
}

fn verify_credential(credential: &Value, trust: &dyn Trust) -> Option<Verdict> {
    let format = Format::Divoc;
    credential.get("proof")?;
    let kid = vc::proof_kid(credential)?;
    let Some(key) = trust.key(KeyPurpose::Vc, kid) else {
        return Some(Verdict::UnknownIssuer { format });
    };
    if !vc::verifies_with(credential, key.public_key) {
        return Some(Verdict::Tampered { format });
    }
    let id = credential["id"].as_str().and_then(|id| id.strip_prefix("urn:uuid:"));
    let markers: Vec<String> = id.and_then(|id| Uuid::try_parse(id).ok()).map(id_hash).into_iter().collect();
    let subject = &credential["credentialSubject"];
    let evidence = &credential["evidence"][0];
    let summary = Summary {
        country: key.country.to_owned(),
        certificate: evidence["certificateId"].as_str().map(str::to_owned),
        licence: evidence["licenceId"].as_str().map(str::to_owned),
        name: subject["name"].as_str().map(str::to_owned),
        birth: subject["birthYear"].as_str().map(str::to_owned),
        vaccine: evidence["vaccine"].as_str().map(str::to_owned),
        dose: evidence["dose"].as_u64(),
        date: evidence["date"].as_str().map(str::to_owned),
    };
    Some(genuine(format, markers, summary))
}

/// Verifies a payload as scanned or pasted: `HC1:...`, `shc:/...`, a credential's JSON, or the zip a
/// credential's QR holds. `None` if it is none of these.
pub fn verify(payload: &[u8], trust: &dyn Trust) -> Option<Verdict> {
    if payload.starts_with(b"PK") {
        return verify_credential(&vc::unzip(payload)?, trust);
    }
    let text = std::str::from_utf8(payload).ok()?.trim();
    if text.starts_with(dcc::PREFIX) {
        return verify_dcc(text, trust).or(Some(Verdict::Tampered { format: Format::EuDcc }));
    }
    if text.starts_with(shc::PREFIX) {
        return verify_shc(text, trust).or(Some(Verdict::Tampered {
            format: Format::SmartHealthCard,
        }));
    }
    let json: Value = serde_json::from_str(text).ok()?;
    verify_credential(&json, trust).or_else(|| json.get("proof").map(|_| Verdict::Tampered { format: Format::Divoc }))
}
