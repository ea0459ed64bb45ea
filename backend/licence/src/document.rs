//! What a licence says, and how NHA signs one.

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};

use crate::keys::NhaSigningKey;

/// The `iss` of every licence.
pub const ISSUER: &str = "National Health Authority, Government of India";

/// The claims of a licence.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Licence {
    /// Licence id (`jti`), e.g. `LIC-LK-2026-001`; certificates carry it.
    pub jti: String,
    /// Always [`ISSUER`].
    pub iss: String,
    /// The licensee: the ministry the MoU was signed with.
    pub licensee: String,
    /// ISO 3166-1 alpha-2 code of the licensed country (`sub`).
    pub sub: String,
    /// Hostnames the country may be served at (lower case, no port).
    pub hostnames: Vec<String>,
    /// The deployment that may serve it.
    pub deployment: String,
    /// Issued at (seconds since the epoch).
    pub iat: i64,
    /// Expiry, if the licence has one (seconds since the epoch).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub exp: Option<i64>,
    /// The MoU terms the licence is granted under.
    pub terms: Terms,
}

/// The MoU terms. Every one must hold; a licence that relaxes any is refused.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Terms {
    /// The platform may not be sold.
    pub no_sale: bool,
    /// It may not be resold or sub-licensed.
    pub no_resale: bool,
    /// It may not be repackaged as another product.
    pub no_repackaging: bool,
    /// The NHA attribution stays on every page and certificate.
    pub attribution_kept: bool,
}

impl Terms {
    /// The terms of the MoU.
    pub const MOU: Self = Self {
        no_sale: true,
        no_resale: true,
        no_repackaging: true,
        attribution_kept: true,
    };

    /// Whether these are the MoU terms, none relaxed.
    pub fn are_mou_terms(&self) -> bool {
        *self == Self::MOU
    }
}

impl Licence {
    /// A licence under the MoU terms, issued now.
    pub fn new(id: &str, licensee: &str, country: &str, hostnames: Vec<String>, deployment: &str, expires: Option<DateTime<Utc>>) -> Self {
        Self {
            jti: id.to_owned(),
            iss: ISSUER.to_owned(),
            licensee: licensee.to_owned(),
            sub: country.to_owned(),
            hostnames,
            deployment: deployment.to_owned(),
            iat: Utc::now().timestamp(),
            exp: expires.map(|at| at.timestamp()),
            terms: Terms::MOU,
        }
    }

    /// The signed licence (a compact JWS).
    pub fn sign(&self, key: &NhaSigningKey) -> Result<String, jsonwebtoken::errors::Error> {
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(key.kid());
        header.typ = Some("cowin-licence+jwt".to_owned());
        jsonwebtoken::encode(&header, self, &EncodingKey::from_ed_der(&key.pkcs8_der()?))
    }
}

/// The country a licence document claims, read without checking anything (to know what to check it against).
pub fn unverified_country(document: &str) -> Option<String> {
    use base64::Engine as _;
    let payload = document.trim().split('.').nth(1)?;
    let bytes = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(payload).ok()?;
    let claims: serde_json::Value = serde_json::from_slice(&bytes).ok()?;
    claims["sub"].as_str().map(str::to_owned)
}
