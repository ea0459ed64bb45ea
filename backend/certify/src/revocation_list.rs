//! A country's list of revoked certificates, signed so that offline verifiers can cache it and trust it. It
//! names certificates only by the SHA-256 of their ids (and SMART Health Card revocation ids), never a person.

use serde_json::{Value, json};
use uuid::Uuid;

use crate::base64url;
use crate::keys::{EcSigner, KeyError};
use crate::record::id_hash;

/// The SMART Health Card revocation id of a certificate id.
pub fn shc_revocation_id(id: Uuid) -> String {
    use sha2::Digest as _;
    base64url::encode(&sha2::Sha256::digest(id.as_bytes())[..8])
}

/// The list's claims.
pub fn claims(country: &str, issuer_url: &str, revoked: &[Uuid], now: i64) -> Value {
    json!({
        "iss": issuer_url,
        "country": country,
        "iat": now,
        "revoked": revoked.iter().map(|id| id_hash(*id)).collect::<Vec<_>>(),
        "rids": revoked.iter().map(|id| shc_revocation_id(*id)).collect::<Vec<_>>(),
    })
}

/// The list as a compact JWS (ES256) signed with the country's SMART Health Card key, whose public half is in
/// its JWKS.
pub fn sign(claims: &Value, signer: &EcSigner) -> Result<String, KeyError> {
    let header = json!({ "alg": "ES256", "kid": signer.kid, "typ": "cowin-revocations+jwt" });
    let input = format!(
        "{}.{}",
        base64url::encode(header.to_string()),
        base64url::encode(claims.to_string())
    );
    let signature = signer.sign(input.as_bytes())?;
    Ok(format!("{input}.{}", base64url::encode(signature)))
}

/// The SMART Health Cards framework's revocation list of one key (`/.well-known/crl/<kid>.json`).
pub fn shc_crl(kid: &str, revoked: &[Uuid]) -> Value {
    json!({
        "kid": kid,
        "method": "rid",
        "ctr": revoked.len(),
        "rids": revoked.iter().map(|id| shc_revocation_id(*id)).collect::<Vec<_>>(),
    })
}
