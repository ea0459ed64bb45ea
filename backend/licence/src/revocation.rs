//! NHA's revocation of a licence: a statement signed with the licensing key, so that a revocation cannot be
//! forged by anyone who can write to the platform database, and cannot be undone by deleting a row NHA did
//! not sign.

use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};

use crate::keys::{NhaSigningKey, TrustedKeys};
use crate::refusal::LicenceRefusal;
use crate::verify::signed_claims;

const REVOCATION_TYPE: &str = "cowin-licence-revocation+jwt";

/// A revocation.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Revocation {
    /// The revoked licence's id.
    pub licence: String,
    /// Why.
    pub reason: String,
    /// When (seconds since the epoch).
    pub iat: i64,
}

impl Revocation {
    /// A revocation of `licence`, now.
    pub fn new(licence: &str, reason: &str) -> Self {
        Self {
            licence: licence.to_owned(),
            reason: reason.to_owned(),
            iat: chrono::Utc::now().timestamp(),
        }
    }

    /// The signed revocation (a compact JWS).
    pub fn sign(&self, key: &NhaSigningKey) -> Result<String, jsonwebtoken::errors::Error> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(key.kid());
        header.typ = Some(REVOCATION_TYPE.to_owned());
        jsonwebtoken::encode(&header, self, &EncodingKey::from_ed_der(&key.pkcs8_der()?))
    }

    /// Reads a signed revocation; only a trusted NHA key's signature counts.
    pub fn verify(token: &str, trusted: &TrustedKeys) -> Result<Self, LicenceRefusal> {
        signed_claims(token, REVOCATION_TYPE, trusted).map(|(revocation, _)| revocation)
    }
}
