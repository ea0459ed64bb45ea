//! Why a licence does not allow serving a tenant.

use cowin_core::ErrorCode;

/// A licence check that failed. Each names what is wrong precisely, for the licence event and the operator.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LicenceRefusal {
    /// The tenant has no licence installed.
    #[error("no licence is installed for this country")]
    Missing,
    /// Not a well-formed signed licence, or its signature does not match its content (any byte changed).
    #[error("the licence is not a well-formed NHA-signed document, or its content was changed after signing")]
    Forged,
    /// Signed with a key this server does not trust.
    #[error("the licence is signed with key {0:?}, which is not an NHA licensing key this server trusts")]
    UntrustedKey(String),
    /// The licence has expired.
    #[error("the licence expired")]
    Expired,
    /// The licence is not valid yet.
    #[error("the licence is not valid yet")]
    NotYetValid,
    /// NHA revoked the licence.
    #[error("NHA revoked licence {0}")]
    Revoked(String),
    /// The licence is for another country.
    #[error("the licence is for country {0}, not this one")]
    OtherCountry(String),
    /// The licence is for another deployment.
    #[error("the licence is for deployment {0:?}, not this one")]
    OtherDeployment(String),
    /// The requested hostname is not named by the licence.
    #[error("hostname {0:?} is not named by the licence")]
    HostNotLicensed(String),
    /// The licence does not carry the MoU terms unchanged.
    #[error("the licence does not carry the MoU terms (no sale, no resale, no repackaging, attribution kept)")]
    TermsAltered,
}

impl LicenceRefusal {
    /// The stable error code clients see.
    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Missing => ErrorCode::LicenceMissing,
            Self::Forged => ErrorCode::LicenceForged,
            Self::UntrustedKey(_) => ErrorCode::LicenceUntrustedKey,
            Self::Expired => ErrorCode::LicenceExpired,
            Self::NotYetValid => ErrorCode::LicenceNotYetValid,
            Self::Revoked(_) => ErrorCode::LicenceRevoked,
            Self::OtherCountry(_) => ErrorCode::LicenceOtherCountry,
            Self::OtherDeployment(_) => ErrorCode::LicenceOtherDeployment,
            Self::HostNotLicensed(_) => ErrorCode::LicenceHostNotLicensed,
            Self::TermsAltered => ErrorCode::LicenceTermsAltered,
        }
    }
}
