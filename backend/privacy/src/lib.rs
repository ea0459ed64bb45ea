//! Personal data at rest: a keyed hash to find and de-duplicate a value, and authenticated encryption to
//! show it back (masked). Keys are derived per tenant from one master key, so a hash or ciphertext of one
//! tenant means nothing in another, and a leaked table cannot be reversed by hashing every mobile number.

use std::fmt;

use aes_gcm::aead::{Aead, KeyInit, Payload};
use aes_gcm::{Aes256Gcm, Nonce};
use cowin_core::TenantCode;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha2::{Digest, Sha256};

type HmacSha256 = Hmac<Sha256>;

/// Which kind of personal data a value is; part of every hash and of every ciphertext's associated data,
/// so a mobile number's ciphertext cannot be passed off as an ID number's.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    /// A mobile number.
    Mobile,
    /// An identity document number.
    IdNumber,
    /// The SHA-256 of a one-time password, as the client sends it.
    Otp,
    /// A staff member's e-mail address (lower-cased).
    Email,
    /// A single-use secret sent by e-mail (staff invitations).
    Invitation,
    /// A certificate's record and signed forms (they carry the holder's name).
    Certificate,
    /// A passport number a citizen added for travel.
    Passport,
    /// What a shared rate limit counts (a client address, a mobile's hash, an account), before it is sent to Redis.
    RateLimitKey,
}

impl Field {
    fn label(self) -> &'static [u8] {
        match self {
            Self::Mobile => b"mobile",
            Self::IdNumber => b"id-number",
            Self::Otp => b"otp",
            Self::Email => b"email",
            Self::Invitation => b"invitation",
            Self::Certificate => b"certificate",
            Self::Passport => b"passport",
            Self::RateLimitKey => b"rate-limit-key",
        }
    }
}

/// Why a ciphertext could not be opened.
#[derive(Debug, thiserror::Error)]
pub enum VaultError {
    #[error("the master key must be 64 hexadecimal characters (32 bytes)")]
    BadMasterKey,
    #[error("the ciphertext is damaged or belongs to another tenant or field")]
    Undecryptable,
}

fn derive(key: &[u8], context: &[&[u8]]) -> [u8; 32] {
    // HMAC-SHA256 as a key derivation function: one pseudo-random key per (purpose, tenant).
    let Ok(mut mac) = <HmacSha256 as Mac>::new_from_slice(key) else {
        return [0; 32];
    };
    for part in context {
        mac.update(part);
        mac.update(&[0]);
    }
    mac.finalize().into_bytes().into()
}

/// What a sealed value starts with since values are sealed with AES-256-GCM-SIV. Values sealed before (AES-256-GCM,
/// nonce first) start with random bytes; one whose nonce happens to begin like this fails to open as GCM-SIV and is
/// then opened as GCM.
const SIV_PREFIX: [u8; 2] = [0xc5, 0x02];

/// AES-256-GCM-SIV with a random nonce, `aad` bound in: prefix, nonce, ciphertext. GCM-SIV derives a key per
/// nonce, so one tenant key can seal far more than the 2^32 values AES-GCM with random nonces is good for (India
/// alone seals several values per registration and certificate), and a repeated nonce reveals nothing but equality.
fn seal(key: &[u8; 32], aad: &[u8], plain: &[u8]) -> Vec<u8> {
    use aes_gcm_siv::Aes256GcmSiv;
    let cipher = Aes256GcmSiv::new(key.into());
    let mut nonce = [0u8; NONCE_LEN];
    rand::thread_rng().fill_bytes(&mut nonce);
    // Encryption with a valid key and a 12-byte nonce cannot fail.
    let ciphertext = cipher
        .encrypt(&aes_gcm_siv::Nonce::from(nonce), aes_gcm_siv::aead::Payload { msg: plain, aad })
        .unwrap_or_default();
    let mut sealed = Vec::with_capacity(SIV_PREFIX.len() + NONCE_LEN + ciphertext.len());
    sealed.extend_from_slice(&SIV_PREFIX);
    sealed.extend_from_slice(&nonce);
    sealed.extend_from_slice(&ciphertext);
    sealed
}

/// Opens what [`seal`] produced with the same key and `aad`, or a value sealed before with AES-256-GCM.
fn open(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
    if let Some(rest) = sealed.strip_prefix(&SIV_PREFIX)
        && let Ok(plain) = open_siv(key, aad, rest)
    {
        return Ok(plain);
    }
    open_gcm(key, aad, sealed)
}

fn split_nonce(sealed: &[u8]) -> Result<([u8; NONCE_LEN], &[u8]), VaultError> {
    if sealed.len() < NONCE_LEN {
        return Err(VaultError::Undecryptable);
    }
    let (nonce, ciphertext) = sealed.split_at(NONCE_LEN);
    Ok((nonce.try_into().map_err(|_| VaultError::Undecryptable)?, ciphertext))
}

fn open_siv(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
    use aes_gcm_siv::Aes256GcmSiv;
    let (nonce, ciphertext) = split_nonce(sealed)?;
    Aes256GcmSiv::new(key.into())
        .decrypt(
            &aes_gcm_siv::Nonce::from(nonce),
            aes_gcm_siv::aead::Payload { msg: ciphertext, aad },
        )
        .map_err(|_| VaultError::Undecryptable)
}

/// Values sealed before GCM-SIV: AES-256-GCM, nonce followed by ciphertext.
fn open_gcm(key: &[u8; 32], aad: &[u8], sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
    let (nonce, ciphertext) = split_nonce(sealed)?;
    Aes256Gcm::new(key.into())
        .decrypt(&Nonce::from(nonce), Payload { msg: ciphertext, aad })
        .map_err(|_| VaultError::Undecryptable)
}

/// Seals the private halves of signing keys at rest. The configured master key does it here; a KMS would
/// implement the same two calls with envelope encryption, and nothing else changes.
pub trait KeyWrapping: Send + Sync + fmt::Debug {
    /// Seals a private key of `owner` (a tenant, or `None` for the platform's own keys).
    fn wrap(&self, owner: Option<TenantCode>, private_key: &[u8]) -> Vec<u8>;
    /// Opens what [`KeyWrapping::wrap`] sealed for the same owner.
    fn unwrap(&self, owner: Option<TenantCode>, sealed: &[u8]) -> Result<Vec<u8>, VaultError>;
    /// Seals a credential of `tenant` (its SMS gateway's, for one) named `name`; the name is bound in, so one
    /// secret's ciphertext cannot be passed off as another's.
    fn wrap_secret(&self, tenant: TenantCode, name: &str, value: &[u8]) -> Vec<u8>;
    /// Opens what [`KeyWrapping::wrap_secret`] sealed for the same tenant and name.
    fn unwrap_secret(&self, tenant: TenantCode, name: &str, sealed: &[u8]) -> Result<Vec<u8>, VaultError>;
}

fn secret_aad(name: &str) -> Vec<u8> {
    [b"tenant-secret\0".as_slice(), name.as_bytes()].concat()
}

impl Vault {
    fn wrapping_key(&self, owner: Option<TenantCode>) -> [u8; 32] {
        match owner {
            Some(code) => derive(&self.master, &[b"key-wrapping", code.as_str().as_bytes()]),
            None => derive(&self.master, &[b"key-wrapping", b"platform"]),
        }
    }
}

impl KeyWrapping for Vault {
    fn wrap(&self, owner: Option<TenantCode>, private_key: &[u8]) -> Vec<u8> {
        seal(&self.wrapping_key(owner), b"signing-key", private_key)
    }

    fn unwrap(&self, owner: Option<TenantCode>, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
        open(&self.wrapping_key(owner), b"signing-key", sealed)
    }

    fn wrap_secret(&self, tenant: TenantCode, name: &str, value: &[u8]) -> Vec<u8> {
        seal(&self.wrapping_key(Some(tenant)), &secret_aad(name), value)
    }

    fn unwrap_secret(&self, tenant: TenantCode, name: &str, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
        open(&self.wrapping_key(Some(tenant)), &secret_aad(name), sealed)
    }
}

/// The platform's master key, from which every tenant's keys are derived.
#[derive(Clone)]
pub struct Vault {
    master: [u8; 32],
}

impl fmt::Debug for Vault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Vault(<secret>)")
    }
}

impl Vault {
    /// Reads the master key from 64 hexadecimal characters.
    pub fn from_hex(master_hex: &str) -> Result<Self, VaultError> {
        let bytes = hex::decode(master_hex.trim()).map_err(|_| VaultError::BadMasterKey)?;
        let master: [u8; 32] = bytes.try_into().map_err(|_| VaultError::BadMasterKey)?;
        Ok(Self { master })
    }

    /// The platform's own keys (NHA's users and tokens), derived apart from every tenant's (no country code is
    /// `platform`).
    pub fn platform(&self) -> TenantVault {
        self.keys_of(b"platform")
    }

    /// The keys of one tenant.
    pub fn tenant(&self, tenant: TenantCode) -> TenantVault {
        self.keys_of(tenant.as_str().as_bytes())
    }

    fn keys_of(&self, code: &[u8]) -> TenantVault {
        TenantVault {
            hash_key: derive(&self.master, &[b"hash", code]),
            encryption_key: derive(&self.master, &[b"encrypt", code]),
            token_key: derive(&self.master, &[b"token", code]),
        }
    }
}

/// One tenant's keys.
#[derive(Clone)]
pub struct TenantVault {
    hash_key: [u8; 32],
    encryption_key: [u8; 32],
    token_key: [u8; 32],
}

impl fmt::Debug for TenantVault {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("TenantVault(<secret>)")
    }
}

const NONCE_LEN: usize = 12;

impl TenantVault {
    /// The keyed hash of a value, for equality lookups and uniqueness.
    pub fn hash(&self, field: Field, value: &str) -> Vec<u8> {
        derive(&self.hash_key, &[field.label(), value.as_bytes()]).to_vec()
    }

    /// The keyed hash of an identity document number in its canonical form; the document type is part of it, so
    /// equal numbers of different types never collide.
    pub fn document_hash(&self, document_type: i32, number: &cowin_core::DocumentNumber) -> Vec<u8> {
        self.hash(Field::IdNumber, &format!("{document_type}:{}", number.as_str()))
    }

    /// Whether `value` hashes to `expected`, compared in constant time.
    pub fn verify_hash(&self, field: Field, value: &str, expected: &[u8]) -> bool {
        let Ok(mut mac) = <HmacSha256 as Mac>::new_from_slice(&self.hash_key) else {
            return false;
        };
        mac.update(field.label());
        mac.update(&[0]);
        mac.update(value.as_bytes());
        mac.update(&[0]);
        mac.verify_slice(expected).is_ok()
    }

    /// Encrypts a value: a random nonce followed by the AES-256-GCM ciphertext.
    pub fn seal(&self, field: Field, value: &str) -> Vec<u8> {
        seal(&self.encryption_key, field.label(), value.as_bytes())
    }

    /// Encrypts bytes (as [`TenantVault::seal`] does text).
    pub fn seal_bytes(&self, field: Field, value: &[u8]) -> Vec<u8> {
        seal(&self.encryption_key, field.label(), value)
    }

    /// Decrypts what [`TenantVault::seal_bytes`] produced for the same tenant and field.
    pub fn open_bytes(&self, field: Field, sealed: &[u8]) -> Result<Vec<u8>, VaultError> {
        open(&self.encryption_key, field.label(), sealed)
    }

    /// Decrypts what [`TenantVault::seal`] produced for the same tenant and field.
    pub fn open(&self, field: Field, sealed: &[u8]) -> Result<String, VaultError> {
        String::from_utf8(open(&self.encryption_key, field.label(), sealed)?).map_err(|_| VaultError::Undecryptable)
    }

    /// The key that signs this tenant's citizen tokens.
    pub fn token_key(&self) -> &[u8] {
        &self.token_key
    }
}

/// Lower-case hex SHA-256, the form in which CoWIN clients send an OTP.
pub fn sha256_hex(text: &str) -> String {
    hex::encode(Sha256::digest(text.as_bytes()))
}

/// Shows only the last `visible` characters: `XXXXXXXX1234`.
pub fn mask(value: &str, visible: usize) -> String {
    let count = value.chars().count();
    value
        .chars()
        .enumerate()
        .map(|(index, c)| if index + visible >= count { c } else { 'X' })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vault() -> Vault {
        Vault::from_hex(&"11".repeat(32)).unwrap()
    }

    #[test]
    fn sealed_values_open_only_for_their_tenant_and_field() {
        let india = vault().tenant(TenantCode::parse("IN").unwrap());
        let brazil = vault().tenant(TenantCode::parse("BR").unwrap());
        let sealed = india.seal(Field::Mobile, "9876543210");
        assert_eq!(india.open(Field::Mobile, &sealed).unwrap(), "9876543210");
        assert!(india.open(Field::IdNumber, &sealed).is_err());
        assert!(brazil.open(Field::Mobile, &sealed).is_err());
        assert_ne!(india.seal(Field::Mobile, "9876543210"), sealed, "a fresh nonce every time");
    }

    #[test]
    fn a_secret_opens_only_for_its_tenant_and_name() {
        let india = TenantCode::parse("IN").unwrap();
        let egypt = TenantCode::parse("EG").unwrap();
        let sealed = vault().wrap_secret(india, "sms-authorization", b"Bearer s3cret");
        assert!(!sealed.windows(6).any(|window| window == b"s3cret"), "not in clear");
        assert_eq!(
            vault().unwrap_secret(india, "sms-authorization", &sealed).unwrap(),
            b"Bearer s3cret"
        );
        assert!(vault().unwrap_secret(india, "other-secret", &sealed).is_err());
        assert!(vault().unwrap_secret(egypt, "sms-authorization", &sealed).is_err());
        assert!(vault().unwrap(Some(india), &sealed).is_err(), "not a signing key either");
    }

    #[test]
    fn values_sealed_with_aes_gcm_before_still_open() {
        let key = derive(&[7; 32], &[b"encrypt", b"IN"]);
        let mut nonce = [0u8; NONCE_LEN];
        for first in [[0x00, 0x00], SIV_PREFIX] {
            nonce[..2].copy_from_slice(&first);
            let old = Aes256Gcm::new((&key).into())
                .encrypt(
                    &Nonce::from(nonce),
                    Payload {
                        msg: b"9876543210",
                        aad: b"mobile",
                    },
                )
                .unwrap();
            let sealed = [nonce.as_slice(), old.as_slice()].concat();
            assert_eq!(open(&key, b"mobile", &sealed).unwrap(), b"9876543210", "nonce starting {first:?}");
        }
        let fresh = seal(&key, b"mobile", b"9876543210");
        assert!(fresh.starts_with(&SIV_PREFIX));
        assert!(open_gcm(&key, b"mobile", &fresh).is_err(), "new values are GCM-SIV");
        assert_eq!(open(&key, b"mobile", &fresh).unwrap(), b"9876543210");
    }

    #[test]
    fn wrapped_keys_open_only_for_their_owner() {
        let india = TenantCode::parse("IN").unwrap();
        let sealed = vault().wrap(Some(india), b"private key");
        assert_eq!(vault().unwrap(Some(india), &sealed).unwrap(), b"private key");
        assert!(vault().unwrap(Some(TenantCode::parse("BR").unwrap()), &sealed).is_err());
        assert!(vault().unwrap(None, &sealed).is_err());
        assert!(Vault::from_hex(&"22".repeat(32)).unwrap().unwrap(Some(india), &sealed).is_err());
    }

    #[test]
    fn hashes_are_keyed_per_tenant_and_field() {
        let india = vault().tenant(TenantCode::parse("IN").unwrap());
        let brazil = vault().tenant(TenantCode::parse("BR").unwrap());
        let hash = india.hash(Field::Mobile, "9876543210");
        assert_eq!(hash, india.hash(Field::Mobile, "9876543210"));
        assert_ne!(hash, brazil.hash(Field::Mobile, "9876543210"));
        assert_ne!(hash, india.hash(Field::IdNumber, "9876543210"));
        assert_ne!(hash, Sha256::digest(b"9876543210").to_vec());
        assert!(india.verify_hash(Field::Mobile, "9876543210", &hash));
        assert!(!india.verify_hash(Field::Mobile, "9876543211", &hash));
    }

    #[test]
    fn masks_and_digests() {
        assert_eq!(mask("123456789012", 4), "XXXXXXXX9012");
        assert_eq!(mask("12", 4), "12");
        assert_eq!(
            sha256_hex("123456"),
            "8d969eef6ecad3c29a3a629280e686cf0c3f5d5a86aff3ca12020c923adc6c92"
        );
        assert!(Vault::from_hex("abc").is_err());
    }
}
