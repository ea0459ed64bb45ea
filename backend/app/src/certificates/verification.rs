//! Is this certificate genuine? Any of the four formats, pasted or as a photo of its QR code: genuine, revoked,
//! unknown issuer or tampered, and whether its country is licensed today.

use std::net::IpAddr;

use cowin_certify::verify::{Format, Summary, Verdict, verify};
use cowin_core::{ErrorCode, TenantCode};
use cowin_store::{Databases, DbErr};

use super::key_ring::KeyRing;
use super::qr_photo::{QrError, QrReader};
use super::revocations::RevokedMarkers;
use crate::failure::{Failure, database_code};
use crate::rate_limits::{Limited, RateLimits};
use crate::tenants::TenantRegistry;

/// What was submitted for verification.
#[derive(Debug)]
pub enum Submission {
    /// The scanned text (`HC1:...`, `shc:/...`), a credential's JSON, or the bytes a credential's QR holds.
    Payload(Vec<u8>),
    /// A PNG or JPEG of the QR code.
    Photo(Vec<u8>),
}

/// The verdict.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// Signed by a country whose keys we hold, and not revoked.
    Genuine,
    /// Genuine, but its country revoked it (usually replaced after a correction).
    Revoked,
    /// Well formed, but signed by a key no country here holds.
    UnknownIssuer,
    /// Its content does not match its signature.
    Tampered,
}

impl Outcome {
    /// How the API names it.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Genuine => "genuine",
            Self::Revoked => "revoked",
            Self::UnknownIssuer => "unknown_issuer",
            Self::Tampered => "tampered",
        }
    }

    /// The message that says it to a person.
    pub fn message_id(self) -> &'static str {
        match self {
            Self::Genuine => "verify-genuine",
            Self::Revoked => "verify-revoked",
            Self::UnknownIssuer => "verify-unknown-issuer",
            Self::Tampered => "verify-tampered",
        }
    }
}

/// What verification found.
#[derive(Debug, Clone)]
pub struct Report {
    /// The verdict.
    pub outcome: Outcome,
    /// The format.
    pub format: Format,
    /// What the certificate says, when its signature is a known country's.
    pub summary: Option<Summary>,
    /// Whether its country is licensed today (a certificate of a country no longer licensed is still genuine).
    pub issuer_licensed: bool,
}

/// Why nothing could be verified.
#[derive(Debug, thiserror::Error)]
pub enum VerificationError {
    /// None of the formats.
    #[error("not a certificate in any format")]
    NotACertificate,
    /// The photo could not be read.
    #[error(transparent)]
    Photo(#[from] QrError),
    /// The client sent too many photos.
    #[error(transparent)]
    Limited(#[from] Limited),
    /// The revocation list could not be read.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for VerificationError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::NotACertificate => ErrorCode::NotACertificate,
            Self::Photo(error) => error.code(),
            Self::Limited(error) => error.code(),
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, cowin_core::MessageArg)> {
        match self {
            Self::Photo(error) => error.arguments(),
            Self::Limited(error) => error.arguments(),
            _ => Vec::new(),
        }
    }

    fn retry_after(&self) -> Option<u64> {
        match self {
            Self::Limited(error) => error.retry_after(),
            _ => None,
        }
    }
}

/// Verification at one country's address (it knows every country's keys).
#[derive(Debug)]
pub struct Verification<'a> {
    /// The pool (revocation lists).
    pub db: &'a Databases,
    /// Every country's revoked certificates, recently read.
    pub revoked: &'a RevokedMarkers,
    /// Every country's public keys.
    pub keys: &'a KeyRing,
    /// Countries and their licences.
    pub tenants: &'a TenantRegistry,
    /// Reads photos, a few at a time.
    pub photos: &'a QrReader,
    /// Limits photos per client.
    pub limits: &'a RateLimits,
}

impl Verification<'_> {
    /// Verifies what was submitted at `tenant` by `client`.
    pub async fn verify(&self, tenant: TenantCode, submission: Submission, client: Option<IpAddr>) -> Result<Report, VerificationError> {
        let payload = match submission {
            Submission::Payload(payload) => payload,
            Submission::Photo(photo) => {
                self.limits.qr_photo(tenant, client).await?;
                self.photos.read(photo).await?
            }
        };
        let public = self.keys.public();
        let verdict = verify(&payload, public.as_ref()).ok_or(VerificationError::NotACertificate)?;
        Ok(match verdict {
            Verdict::Genuine {
                format,
                summary,
                revocation_markers,
            } => {
                let country = TenantCode::parse(&summary.country)
                    .ok()
                    .filter(|code| self.tenants.by_code(*code).is_some());
                let revoked = match country {
                    Some(country) => {
                        let revoked = self.revoked.of(self.db, country).await?;
                        revocation_markers.iter().any(|marker| revoked.contains(marker))
                    }
                    None => false,
                };
                let issuer_licensed = country
                    .and_then(|country| self.tenants.licence(country))
                    .is_some_and(|licence| licence.is_ok());
                Report {
                    outcome: if revoked { Outcome::Revoked } else { Outcome::Genuine },
                    format,
                    summary: Some(*summary),
                    issuer_licensed,
                }
            }
            Verdict::UnknownIssuer { format } => Report {
                outcome: Outcome::UnknownIssuer,
                format,
                summary: None,
                issuer_licensed: false,
            },
            Verdict::Tampered { format } => Report {
                outcome: Outcome::Tampered,
                format,
                summary: None,
                issuer_licensed: false,
            },
        })
    }
}
