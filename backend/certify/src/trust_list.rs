//! NHA's trust list: one document naming every licensed, active country with the public keys of each format it
//! signs with, signed by NHA's platform key as a compact JWS (EdDSA). A verifier that trusts only this list
//! accepts a country's certificates only while NHA licenses it; a repackaged or unlicensed deployment's keys are
//! simply not on it.

use serde_json::{Value, json};

use crate::base64url;
use crate::keys::{EdSigner, KeyError, PublicKey, verify_ed25519};
use crate::publish::{did_document, document_signers, jwks};

/// JOSE `typ` of the list.
pub const MEDIA_TYPE: &str = "cowin-trust-list+jwt";

/// One country on the list.
#[derive(Debug)]
pub struct ListedCountry<'a> {
    /// ISO code.
    pub country: &'a str,
    /// The licence NHA issued it.
    pub licence_id: &'a str,
    /// Host its certificates name as issuer.
    pub issuer_host: String,
    /// Its keys, current and retired (retired keys signed certificates that must still verify).
    pub keys: &'a [PublicKey],
}

/// The list's claims.
pub fn claims(issuer: &str, issued_at: i64, lifetime_seconds: i64, countries: &[ListedCountry<'_>]) -> Value {
    let entries: Vec<Value> = countries
        .iter()
        .map(|listed| {
            json!({
                "country": listed.country,
                "licence_id": listed.licence_id,
                "issuer": format!("https://{}", listed.issuer_host),
                "dcc": document_signers(listed.country, listed.keys),
                "shc": jwks(listed.keys),
                "vc": did_document(&listed.issuer_host, listed.keys),
            })
        })
        .collect();
    json!({
        "iss": issuer,
        "iat": issued_at,
        "exp": issued_at + lifetime_seconds,
        "countries": entries,
    })
}

/// The compact JWS of `claims`, signed by `signer`.
pub fn sign(claims: &Value, signer: &EdSigner) -> String {
    let header = json!({ "alg": "EdDSA", "typ": MEDIA_TYPE, "kid": signer.kid });
    let input = format!(
        "{}.{}",
        base64url::encode(header.to_string()),
        base64url::encode(claims.to_string())
    );
    let signature = signer.sign(input.as_bytes());
    format!("{input}.{}", base64url::encode(signature))
}

/// The claims of `jws` if `public_key` signed it.
pub fn verify(jws: &str, public_key: &[u8]) -> Option<Value> {
    let (input, signature) = jws.rsplit_once('.')?;
    let (_, payload) = input.split_once('.')?;
    verify_ed25519(public_key, input.as_bytes(), &base64url::decode(signature)?).then_some(())?;
    serde_json::from_slice(&base64url::decode(payload)?).ok()
}

/// The JWKS publishing the list's key.
pub fn signer_jwks(kid: &str, public_key: &[u8]) -> Value {
    json!({ "keys": [{ "kty": "OKP", "crv": "Ed25519", "alg": "EdDSA", "use": "sig", "kid": kid, "x": base64url::encode(public_key) }] })
}

/// A new Ed25519 key for the list: `(kid, public key, PKCS#8)`.
pub fn generate_key() -> Result<(String, Vec<u8>, Vec<u8>), KeyError> {
    let key = crate::keys::generate_ed25519()?;
    Ok((
        format!("nha-trust-{}", &key.kid[..16.min(key.kid.len())]),
        key.public_key,
        key.private_pkcs8,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_signed_list_verifies_and_any_changed_byte_does_not() {
        let (kid, public, pkcs8) = generate_key().unwrap();
        let signer = EdSigner::from_pkcs8(&kid, &pkcs8).unwrap();
        let list = claims("NHA", 1_700_000_000, 86_400, &[]);
        let jws = sign(&list, &signer);
        assert_eq!(verify(&jws, &public), Some(list));
        let mut forged = jws.clone().into_bytes();
        let middle = forged.len() / 2;
        forged[middle] = if forged[middle] == b'A' { b'B' } else { b'A' };
        assert_eq!(verify(&String::from_utf8(forged).unwrap(), &public), None);
        let (_, other, _) = generate_key().unwrap();
        assert_eq!(verify(&jws, &other), None);
    }
}
