//! NHA's licensing keys: the signing key NHA keeps offline, and the public keys a server trusts.

use std::collections::HashMap;

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;
use ed25519_dalek::pkcs8::{DecodePrivateKey, EncodePrivateKey};
use ed25519_dalek::{SigningKey, VerifyingKey};
use sha2::{Digest, Sha256};

/// Why a key could not be read.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// Not a PKCS#8 PEM Ed25519 private key.
    #[error("not an Ed25519 private key in PKCS#8 PEM form")]
    PrivateKey,
    /// Not `kid:base64url-of-32-bytes`.
    #[error("a trusted key is written `kid:base64url public key` (32 bytes): {0:?}")]
    PublicKey(String),
}

/// The key id of a public key: `nha-` and the first 8 bytes of its SHA-256, in hex.
fn kid_of(public: &VerifyingKey) -> String {
    let digest = Sha256::digest(public.as_bytes());
    let hex: String = digest[..8].iter().map(|byte| format!("{byte:02x}")).collect();
    format!("nha-{hex}")
}

/// NHA's licensing key.
#[derive(Clone)]
pub struct NhaSigningKey(SigningKey);

impl std::fmt::Debug for NhaSigningKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "NhaSigningKey({})", self.kid())
    }
}

impl NhaSigningKey {
    /// A new random key.
    pub fn generate() -> Self {
        Self(SigningKey::generate(&mut rand::rngs::OsRng))
    }

    /// Reads a PKCS#8 PEM private key (as written by [`NhaSigningKey::to_pem`] or `openssl genpkey -algorithm ed25519`).
    pub fn from_pem(pem: &str) -> Result<Self, KeyError> {
        SigningKey::from_pkcs8_pem(pem).map(Self).map_err(|_| KeyError::PrivateKey)
    }

    /// The private key as PKCS#8 PEM.
    pub fn to_pem(&self) -> Result<String, KeyError> {
        self.0
            .to_pkcs8_pem(ed25519_dalek::pkcs8::spki::der::pem::LineEnding::LF)
            .map(|pem| pem.to_string())
            .map_err(|_| KeyError::PrivateKey)
    }

    /// The private key as PKCS#8 DER (what the JOSE signer takes).
    pub fn pkcs8_der(&self) -> Result<Vec<u8>, jsonwebtoken::errors::Error> {
        self.0
            .to_pkcs8_der()
            .map(|der| der.as_bytes().to_vec())
            .map_err(|_| jsonwebtoken::errors::ErrorKind::InvalidEddsaKey.into())
    }

    /// Its public half.
    pub fn public(&self) -> NhaPublicKey {
        NhaPublicKey(self.0.verifying_key())
    }

    /// Its key id.
    pub fn kid(&self) -> String {
        self.public().kid()
    }
}

/// One of NHA's public licensing keys.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NhaPublicKey(VerifyingKey);

impl NhaPublicKey {
    /// Its key id.
    pub fn kid(&self) -> String {
        kid_of(&self.0)
    }

    /// The 32 key bytes, base64url without padding (the JWK `x`).
    pub fn x(&self) -> String {
        URL_SAFE_NO_PAD.encode(self.0.as_bytes())
    }

    /// The written form: `kid:x`.
    pub fn to_text(&self) -> String {
        format!("{}:{}", self.kid(), self.x())
    }

    /// Reads `kid:x`; the kid must be the key's own.
    pub fn parse(text: &str) -> Result<Self, KeyError> {
        let refuse = || KeyError::PublicKey(text.to_owned());
        let (kid, x) = text.trim().split_once(':').ok_or_else(refuse)?;
        let bytes: [u8; 32] = URL_SAFE_NO_PAD
            .decode(x)
            .ok()
            .and_then(|bytes| bytes.try_into().ok())
            .ok_or_else(refuse)?;
        let key = Self(VerifyingKey::from_bytes(&bytes).map_err(|_| refuse())?);
        if key.kid() != kid {
            return Err(refuse());
        }
        Ok(key)
    }
}

/// The NHA public keys a server trusts, by key id.
#[derive(Debug, Clone, Default)]
pub struct TrustedKeys(HashMap<String, NhaPublicKey>);

impl TrustedKeys {
    /// Trusts `keys`.
    pub fn new(keys: impl IntoIterator<Item = NhaPublicKey>) -> Self {
        Self(keys.into_iter().map(|key| (key.kid(), key)).collect())
    }

    /// The trusted key with this id.
    pub fn get(&self, kid: &str) -> Option<&NhaPublicKey> {
        self.0.get(kid)
    }

    /// Whether no key is trusted (then no licence is valid).
    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// Key ids, sorted.
    pub fn kids(&self) -> Vec<&str> {
        let mut kids: Vec<&str> = self.0.keys().map(String::as_str).collect();
        kids.sort_unstable();
        kids
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_round_trip_through_their_written_forms() {
        let key = NhaSigningKey::generate();
        let again = NhaSigningKey::from_pem(&key.to_pem().unwrap()).unwrap();
        assert_eq!(again.public(), key.public());
        assert_eq!(NhaPublicKey::parse(&key.public().to_text()).unwrap(), key.public());
        assert!(key.kid().starts_with("nha-") && key.kid().len() == 20);
    }

    #[test]
    fn a_public_key_under_another_keys_id_is_refused() {
        let (one, two) = (NhaSigningKey::generate(), NhaSigningKey::generate());
        let mislabelled = format!("{}:{}", one.kid(), two.public().x());
        assert!(NhaPublicKey::parse(&mislabelled).is_err());
        assert!(NhaPublicKey::parse("nha-00:AAAA").is_err());
    }
}
