//! A country's signing keys: generated at onboarding and at rotation, kept encrypted by the caller, and
//! loaded into signers. Four purposes: the country signing CA (CSCA, which certifies document signers), the EU
//! DCC document signer (DSC, an X.509 certificate under the CSCA), the SMART Health Card key and the Verifiable
//! Credential key. ECDSA P-256 and Ed25519 through ring, whose signing is several times faster than the pure-Rust
//! implementations: every dose is signed up to three times inside its transaction.

use chrono::{DateTime, Datelike, Utc};
use rcgen::{
    BasicConstraints, CertificateParams, DistinguishedName, DnType, ExtendedKeyUsagePurpose, IsCa, Issuer, KeyPair, KeyUsagePurpose,
    PKCS_ECDSA_P256_SHA256,
};
use ring::rand::SystemRandom;
use ring::signature::{ECDSA_P256_SHA256_FIXED_SIGNING, EcdsaKeyPair, Ed25519KeyPair, KeyPair as _};
use sha2::{Digest, Sha256};

use crate::base64url;

/// What a key signs.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum KeyPurpose {
    /// Country signing CA: certifies the document signers (never signs certificates itself).
    Csca,
    /// EU DCC document signer.
    Dsc,
    /// SMART Health Card issuer key.
    Shc,
    /// Verifiable Credential (Data Integrity) key.
    Vc,
}

impl KeyPurpose {
    /// Every purpose.
    pub const ALL: [Self; 4] = [Self::Csca, Self::Dsc, Self::Shc, Self::Vc];

    /// The stored name.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Csca => "csca",
            Self::Dsc => "dsc",
            Self::Shc => "shc",
            Self::Vc => "vc",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|purpose| purpose.as_str() == text)
    }

    /// The JOSE name of its algorithm.
    pub fn algorithm(self) -> &'static str {
        match self {
            Self::Csca | Self::Dsc | Self::Shc => "ES256",
            Self::Vc => "EdDSA",
        }
    }
}

/// Why keys could not be made or loaded.
#[derive(Debug, thiserror::Error)]
pub enum KeyError {
    /// ring refused the key material.
    #[error("key material is not a valid {0} key")]
    Invalid(&'static str),
    /// The X.509 certificate could not be made.
    #[error("certificate: {0}")]
    Certificate(String),
}

/// A key just made: its public parts to publish and its private key (PKCS#8) to encrypt and store.
#[derive(Debug, Clone)]
pub struct GeneratedKey {
    /// Purpose.
    pub purpose: KeyPurpose,
    /// Key id, as its format defines it.
    pub kid: String,
    /// SEC1 uncompressed point (P-256) or the 32 key bytes (Ed25519).
    pub public_key: Vec<u8>,
    /// X.509 DER (CSCA and DSC).
    pub certificate: Option<Vec<u8>>,
    /// PKCS#8 DER; the caller encrypts it before it leaves memory.
    pub private_pkcs8: Vec<u8>,
}

/// The keys made for a country at once.
pub type GeneratedKeys = Vec<GeneratedKey>;

/// A published (or retired) public key.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PublicKey {
    /// Purpose.
    pub purpose: KeyPurpose,
    /// Key id.
    pub kid: String,
    /// SEC1 uncompressed point or Ed25519 bytes.
    pub public_key: Vec<u8>,
    /// X.509 DER (CSCA and DSC).
    pub certificate: Option<Vec<u8>>,
    /// Whether a newer key has replaced it (it still verifies what it signed).
    pub retired: bool,
}

/// The EU DCC key id of a document signer: the first 8 bytes of the SHA-256 of its certificate (DER).
pub fn dcc_kid(certificate_der: &[u8]) -> [u8; 8] {
    let digest = Sha256::digest(certificate_der);
    let mut kid = [0u8; 8];
    kid.copy_from_slice(&digest[..8]);
    kid
}

/// The x and y coordinates of an uncompressed SEC1 P-256 point, base64url.
pub fn p256_coordinates(point: &[u8]) -> Option<(String, String)> {
    (point.len() == 65 && point[0] == 4).then(|| (base64url::encode(&point[1..33]), base64url::encode(&point[33..])))
}

/// The RFC 7638 thumbprint of a P-256 public key: SMART Health Cards' `kid`.
pub fn jwk_thumbprint(point: &[u8]) -> Option<String> {
    let (x, y) = p256_coordinates(point)?;
    let canonical = format!(r#"{{"crv":"P-256","kty":"EC","x":"{x}","y":"{y}"}}"#);
    Some(base64url::encode(Sha256::digest(canonical.as_bytes())))
}

/// The key id of a Verifiable Credential key: `key-` and 8 bytes of its SHA-256.
pub fn vc_kid(public: &[u8]) -> String {
    let digest = Sha256::digest(public);
    let hex: String = digest[..8].iter().map(|byte| format!("{byte:02x}")).collect();
    format!("key-{hex}")
}

fn certificate_error(error: rcgen::Error) -> KeyError {
    KeyError::Certificate(error.to_string())
}

/// The CSCA's certificate parameters. They are rebuilt from the country alone, so a document signer made at a
/// later rotation names exactly the same issuer.
fn csca_params(country: &str, now: DateTime<Utc>) -> Result<CertificateParams, KeyError> {
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(certificate_error)?;
    let mut name = DistinguishedName::new();
    name.push(DnType::CountryName, country);
    name.push(DnType::OrganizationName, "CoWIN Global");
    name.push(DnType::CommonName, format!("CoWIN Global CSCA {country}"));
    params.distinguished_name = name;
    params.is_ca = IsCa::Ca(BasicConstraints::Constrained(0));
    params.key_usages = vec![KeyUsagePurpose::KeyCertSign, KeyUsagePurpose::CrlSign];
    params.not_before = rcgen::date_time_ymd(now.year(), 1, 1);
    params.not_after = rcgen::date_time_ymd(now.year() + 15, 1, 1);
    Ok(params)
}

/// A document signer certified by the CSCA key `csca_pkcs8`, valid for five years from this year.
fn document_signer(country: &str, csca_pkcs8: &[u8], now: DateTime<Utc>) -> Result<GeneratedKey, KeyError> {
    let csca_key = KeyPair::try_from(csca_pkcs8).map_err(certificate_error)?;
    let issuer = Issuer::new(csca_params(country, now)?, csca_key);
    let key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).map_err(certificate_error)?;
    let mut params = CertificateParams::new(Vec::<String>::new()).map_err(certificate_error)?;
    let mut name = DistinguishedName::new();
    name.push(DnType::CountryName, country);
    name.push(DnType::OrganizationName, "CoWIN Global");
    name.push(
        DnType::CommonName,
        format!("CoWIN Global DSC {country} {}", now.format("%Y%m%d%H%M%S")),
    );
    params.distinguished_name = name;
    params.key_usages = vec![KeyUsagePurpose::DigitalSignature];
    // The hcert specification's extended key usage for documents of vaccination.
    params.extended_key_usages = vec![ExtendedKeyUsagePurpose::Other(vec![1, 3, 6, 1, 4, 1, 1847, 2021, 1, 2])];
    params.not_before = rcgen::date_time_ymd(now.year(), 1, 1);
    params.not_after = rcgen::date_time_ymd(now.year() + 5, 12, 31);
    let certificate = params.signed_by(&key, &issuer).map_err(certificate_error)?;
    let der = certificate.der().to_vec();
    Ok(GeneratedKey {
        purpose: KeyPurpose::Dsc,
        kid: base64::Engine::encode(&base64::engine::general_purpose::STANDARD, dcc_kid(&der)),
        public_key: key.public_key_raw().to_vec(),
        certificate: Some(der),
        private_pkcs8: key.serialize_der(),
    })
}

fn p256_key(purpose: KeyPurpose) -> Result<GeneratedKey, KeyError> {
    let rng = SystemRandom::new();
    let pkcs8 = EcdsaKeyPair::generate_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, &rng).map_err(|_| KeyError::Invalid("P-256"))?;
    let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8.as_ref(), &rng).map_err(|_| KeyError::Invalid("P-256"))?;
    let public = pair.public_key().as_ref().to_vec();
    Ok(GeneratedKey {
        purpose,
        kid: jwk_thumbprint(&public).ok_or(KeyError::Invalid("P-256"))?,
        public_key: public,
        certificate: None,
        private_pkcs8: pkcs8.as_ref().to_vec(),
    })
}

/// A new Ed25519 key (a country's Verifiable Credential key; NHA's trust-list key).
pub fn generate_ed25519() -> Result<GeneratedKey, KeyError> {
    let rng = SystemRandom::new();
    let pkcs8 = Ed25519KeyPair::generate_pkcs8(&rng).map_err(|_| KeyError::Invalid("Ed25519"))?;
    let pair = Ed25519KeyPair::from_pkcs8(pkcs8.as_ref()).map_err(|_| KeyError::Invalid("Ed25519"))?;
    let public = pair.public_key().as_ref().to_vec();
    Ok(GeneratedKey {
        purpose: KeyPurpose::Vc,
        kid: vc_kid(&public),
        public_key: public,
        certificate: None,
        private_pkcs8: pkcs8.as_ref().to_vec(),
    })
}

/// Every key a new country needs: its CSCA and, under it, a document signer; a SMART Health Card key and a
/// Verifiable Credential key.
pub fn generate_for_country(country: &str, now: DateTime<Utc>) -> Result<GeneratedKeys, KeyError> {
    let csca_key = KeyPair::generate_for(&PKCS_ECDSA_P256_SHA256).map_err(certificate_error)?;
    let csca_pkcs8 = csca_key.serialize_der();
    let csca_der = csca_params(country, now)?
        .self_signed(&csca_key)
        .map_err(certificate_error)?
        .der()
        .to_vec();
    let csca = GeneratedKey {
        purpose: KeyPurpose::Csca,
        kid: base64::Engine::encode(&base64::engine::general_purpose::STANDARD, dcc_kid(&csca_der)),
        public_key: csca_key.public_key_raw().to_vec(),
        certificate: Some(csca_der),
        private_pkcs8: csca_pkcs8.clone(),
    };
    let dsc = document_signer(country, &csca_pkcs8, now)?;
    Ok(vec![csca, dsc, p256_key(KeyPurpose::Shc)?, generate_ed25519()?])
}

/// New signing keys replacing the current ones (the CSCA stays and certifies the new document signer); the
/// retired keys' public halves stay published so what they signed stays verifiable.
pub fn generate_rotation(country: &str, csca_pkcs8: &[u8], now: DateTime<Utc>) -> Result<GeneratedKeys, KeyError> {
    Ok(vec![
        document_signer(country, csca_pkcs8, now)?,
        p256_key(KeyPurpose::Shc)?,
        generate_ed25519()?,
    ])
}

/// One ES256 signer and its key id.
#[derive(Debug)]
pub struct EcSigner {
    /// Key id, in its format's encoding.
    pub kid: String,
    /// The public key (SEC1 uncompressed).
    pub public_key: Vec<u8>,
    pair: EcdsaKeyPair,
}

impl EcSigner {
    /// Loads a P-256 PKCS#8 key.
    pub fn from_pkcs8(kid: &str, pkcs8: &[u8]) -> Result<Self, KeyError> {
        let pair = EcdsaKeyPair::from_pkcs8(&ECDSA_P256_SHA256_FIXED_SIGNING, pkcs8, &SystemRandom::new())
            .map_err(|_| KeyError::Invalid("P-256"))?;
        Ok(Self {
            kid: kid.to_owned(),
            public_key: pair.public_key().as_ref().to_vec(),
            pair,
        })
    }

    /// The raw r‖s signature (64 bytes) of `message` with SHA-256.
    pub fn sign(&self, message: &[u8]) -> Result<Vec<u8>, KeyError> {
        self.pair
            .sign(&SystemRandom::new(), message)
            .map(|signature| signature.as_ref().to_vec())
            .map_err(|_| KeyError::Invalid("P-256"))
    }
}

/// The Ed25519 signer of Verifiable Credentials.
#[derive(Debug)]
pub struct EdSigner {
    /// Key id.
    pub kid: String,
    /// The 32 public key bytes.
    pub public_key: Vec<u8>,
    pair: Ed25519KeyPair,
}

impl EdSigner {
    /// Loads an Ed25519 PKCS#8 key.
    pub fn from_pkcs8(kid: &str, pkcs8: &[u8]) -> Result<Self, KeyError> {
        let pair = Ed25519KeyPair::from_pkcs8_maybe_unchecked(pkcs8).map_err(|_| KeyError::Invalid("Ed25519"))?;
        Ok(Self {
            kid: kid.to_owned(),
            public_key: pair.public_key().as_ref().to_vec(),
            pair,
        })
    }

    /// The 64-byte signature of `message`.
    pub fn sign(&self, message: &[u8]) -> Vec<u8> {
        self.pair.sign(message).as_ref().to_vec()
    }
}

/// The signers a country issues with, loaded from its active keys.
#[derive(Debug, Default)]
pub struct SigningKeys {
    /// EU DCC document signer (its kid in base64).
    pub dsc: Option<EcSigner>,
    /// SMART Health Card key.
    pub shc: Option<EcSigner>,
    /// Verifiable Credential key.
    pub vc: Option<EdSigner>,
}

/// Verifies an ES256 raw r‖s signature.
pub fn verify_es256(public_key: &[u8], message: &[u8], signature: &[u8]) -> bool {
    ring::signature::UnparsedPublicKey::new(&ring::signature::ECDSA_P256_SHA256_FIXED, public_key)
        .verify(message, signature)
        .is_ok()
}

/// Verifies an Ed25519 signature.
pub fn verify_ed25519(public_key: &[u8], message: &[u8], signature: &[u8]) -> bool {
    ring::signature::UnparsedPublicKey::new(&ring::signature::ED25519, public_key)
        .verify(message, signature)
        .is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_country_gets_a_csca_a_document_signer_under_it_and_format_keys() {
        let keys = generate_for_country("LK", Utc::now()).unwrap();
        let purposes: Vec<KeyPurpose> = keys.iter().map(|key| key.purpose).collect();
        assert_eq!(purposes, [KeyPurpose::Csca, KeyPurpose::Dsc, KeyPurpose::Shc, KeyPurpose::Vc]);
        let dsc = &keys[1];
        let signer = EcSigner::from_pkcs8(&dsc.kid, &dsc.private_pkcs8).unwrap();
        assert_eq!(signer.public_key, dsc.public_key);
        let signature = signer.sign(b"message").unwrap();
        assert!(verify_es256(&dsc.public_key, b"message", &signature));
        assert!(!verify_es256(&dsc.public_key, b"massage", &signature));
        let vc = EdSigner::from_pkcs8(&keys[3].kid, &keys[3].private_pkcs8).unwrap();
        assert!(verify_ed25519(&keys[3].public_key, b"m", &vc.sign(b"m")));
        let rotated = generate_rotation("LK", &keys[0].private_pkcs8, Utc::now()).unwrap();
        assert_ne!(rotated[0].kid, dsc.kid);
    }
}
