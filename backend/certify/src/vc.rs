//! The W3C Verifiable Credential in the DIVOC/CoWIN style (credential subject, vaccination evidence), on the VC
//! Data Model 2.0 with a Data Integrity proof (`eddsa-jcs-2022`: JCS canonical JSON, Ed25519), so it needs no
//! JSON-LD processor to sign or verify. Its QR is the credential zipped, as CoWIN printed it.

use std::io::{Cursor, Read as _, Write as _};

use serde_json::{Value, json};
use sha2::{Digest, Sha256};

use crate::keys::EdSigner;
use crate::record::{CertificateRecord, SeriesStatus};

/// The credential's contexts: the VC 2.0 base, and the W3C context that gives DIVOC's own terms (`refId`,
/// `batch`, `dose`, ...) a defined meaning.
const CONTEXTS: [&str; 2] = [
    "https://www.w3.org/ns/credentials/v2",
    "https://www.w3.org/ns/credentials/undefined-terms/v2",
];
/// The file name inside the QR's zip, as CoWIN's certificates had it.
const ZIP_ENTRY: &str = "certificate.json";

/// The verification method of a country's key: its `did:web` and the key id.
pub fn verification_method(record_issuer_did: &str, kid: &str) -> String {
    format!("{record_issuer_did}#{kid}")
}

/// `z` + base58-btc of the Ed25519 multicodec prefix and the key: the key as a Multikey publishes it.
pub fn public_key_multibase(public_key: &[u8]) -> String {
    let mut bytes = vec![0xed, 0x01];
    bytes.extend_from_slice(public_key);
    format!("z{}", bs58::encode(bytes).into_string())
}

fn timestamp(record: &CertificateRecord) -> String {
    record.issued_at.format("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// The credential without its proof.
pub fn unsecured(record: &CertificateRecord) -> Value {
    let vaccination = &record.vaccination;
    let holder = &record.holder;
    let mut subject = json!({
        "type": "Person",
        "id": format!("urn:cowin:{}:beneficiary:{}", record.country.to_lowercase(), holder.reference),
        "refId": holder.reference,
        "name": holder.name,
        "birthYear": holder.birth_year.to_string(),
        "age": (vaccination.date.format("%Y").to_string().parse::<i32>().unwrap_or(holder.birth_year) - holder.birth_year).to_string(),
        "nationality": record.country_name,
    });
    if let Some(gender) = &holder.gender {
        subject["gender"] = json!(gender);
    }
    if let Some((kind, masked)) = &holder.id_document {
        subject["idDocument"] = json!({ "documentType": kind, "documentNumber": masked });
    }
    if let Some(passport) = &holder.passport {
        subject["passport"] = json!({ "documentType": "Passport", "documentNumber": passport });
    }
    let mut evidence = json!({
        "id": format!("urn:cowin:{}:dose:{}", record.country.to_lowercase(), vaccination.dose_id),
        "type": ["Vaccination"],
        "feedbackUrl": format!("{}/verify", record.issuer_url()),
        "certificateId": record.uvci(),
        "batch": vaccination.batch,
        "vaccine": vaccination.vaccine_name,
        "manufacturer": vaccination.manufacturer,
        "date": vaccination.date.format("%Y-%m-%d").to_string(),
        "dose": vaccination.dose,
        "totalDoses": vaccination.series_doses.max(vaccination.dose),
        "status": match record.status {
            SeriesStatus::Partial => "partially vaccinated",
            SeriesStatus::Full => "fully vaccinated",
            SeriesStatus::Booster => "booster",
        },
        "facility": { "name": vaccination.facility, "address": { "streetAddress": vaccination.facility_address,
                      "addressLocality": vaccination.place, "addressCountry": record.country } },
    });
    if let Some(atc) = &vaccination.atc {
        evidence["icd11Code"] = json!("XM68M6");
        evidence["prophylaxis"] = json!(atc);
    }
    if let Some(licence) = &record.licence_id {
        evidence["licenceId"] = json!(licence);
    }
    json!({
        "@context": CONTEXTS,
        "id": format!("urn:uuid:{}", record.id),
        "type": ["VerifiableCredential", "ProofOfVaccinationCredential"],
        "issuer": record.issuer_did(),
        "validFrom": timestamp(record),
        "credentialSubject": subject,
        "evidence": [evidence],
        "nonTransferable": "true",
    })
}

/// JCS (RFC 8785) canonical bytes.
fn canonical(value: &Value) -> Vec<u8> {
    serde_json_canonicalizer::to_vec(value).unwrap_or_default()
}

/// The bytes an eddsa-jcs-2022 proof signs: SHA-256 of the canonical proof options, then of the canonical document.
fn hash_data(options: &Value, document: &Value) -> Vec<u8> {
    let mut data = Sha256::digest(canonical(options)).to_vec();
    data.extend_from_slice(&Sha256::digest(canonical(document)));
    data
}

/// The signed credential.
pub fn sign(record: &CertificateRecord, signer: &EdSigner) -> Value {
    let document = unsecured(record);
    let options = json!({
        "type": "DataIntegrityProof",
        "cryptosuite": "eddsa-jcs-2022",
        "created": timestamp(record),
        "verificationMethod": verification_method(&record.issuer_did(), &signer.kid),
        "proofPurpose": "assertionMethod",
        "@context": document["@context"].clone(),
    });
    let signature = signer.sign(&hash_data(&options, &document));
    let mut proof = options;
    proof["proofValue"] = json!(format!("z{}", bs58::encode(signature).into_string()));
    let mut credential = document;
    credential["proof"] = proof;
    credential
}

/// Whether the credential's proof verifies with the Ed25519 key `public_key`.
pub fn verifies_with(credential: &Value, public_key: &[u8]) -> bool {
    let Some(proof) = credential.get("proof") else { return false };
    let Some(signature) = proof["proofValue"]
        .as_str()
        .and_then(|value| value.strip_prefix('z'))
        .and_then(|value| bs58::decode(value).into_vec().ok())
    else {
        return false;
    };
    if proof["cryptosuite"] != "eddsa-jcs-2022" || proof["type"] != "DataIntegrityProof" {
        return false;
    }
    let mut options = proof.clone();
    if let Some(options) = options.as_object_mut() {
        options.remove("proofValue");
    }
    let mut document = credential.clone();
    if let Some(document) = document.as_object_mut() {
        document.remove("proof");
    }
    crate::keys::verify_ed25519(public_key, &hash_data(&options, &document), &signature)
}

/// The key id a credential's proof names (the fragment of its verification method).
pub fn proof_kid(credential: &Value) -> Option<&str> {
    credential["proof"]["verificationMethod"]
        .as_str()?
        .rsplit_once('#')
        .map(|(_, kid)| kid)
}

/// The credential zipped, as its QR carries it.
pub fn zipped(credential: &Value) -> Vec<u8> {
    let mut zip = zip::ZipWriter::new(Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    let written = zip
        .start_file(ZIP_ENTRY, options)
        .ok()
        .and_then(|()| zip.write_all(credential.to_string().as_bytes()).ok());
    match (written, zip.finish()) {
        (Some(()), Ok(cursor)) => cursor.into_inner(),
        _ => Vec::new(),
    }
}

/// The credential inside a zipped QR payload.
pub fn unzip(bytes: &[u8]) -> Option<Value> {
    let mut archive = zip::ZipArchive::new(Cursor::new(bytes)).ok()?;
    let mut file = archive.by_name(ZIP_ENTRY).ok()?;
    let mut text = String::new();
    file.by_ref().take(256 * 1024).read_to_string(&mut text).ok()?;
    serde_json::from_str(&text).ok()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::keys::{KeyPurpose, generate_for_country};
    use crate::record::tests::record;

    #[test]
    fn a_signed_credential_verifies_and_any_changed_claim_does_not() {
        let keys = generate_for_country("LK", chrono::Utc::now()).unwrap();
        let key = keys.iter().find(|key| key.purpose == KeyPurpose::Vc).unwrap();
        let signer = EdSigner::from_pkcs8(&key.kid, &key.private_pkcs8).unwrap();
        let credential = sign(&record(), &signer);
        assert!(verifies_with(&credential, &key.public_key));
        assert_eq!(proof_kid(&credential), Some(key.kid.as_str()));
        assert_eq!(credential["issuer"], "did:web:lk.test.localhost");
        let mut changed = credential.clone();
        changed["credentialSubject"]["name"] = json!("Someone Else");
        assert!(!verifies_with(&changed, &key.public_key));
        assert_eq!(unzip(&zipped(&credential)), Some(credential));
        assert!(public_key_multibase(&key.public_key).starts_with("z6Mk"));
    }
}
