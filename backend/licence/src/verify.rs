//! Checking a licence: signature by a trusted NHA key first, then what it grants.

use std::collections::HashSet;

use chrono::{DateTime, Utc};
use jsonwebtoken::{Algorithm, DecodingKey, Validation};
use serde::de::DeserializeOwned;

use crate::document::{ISSUER, Licence};
use crate::keys::TrustedKeys;
use crate::refusal::LicenceRefusal;

/// The `typ` of a licence's JWS header.
pub(crate) const LICENCE_TYPE: &str = "cowin-licence+jwt";
/// How far ahead of our clock an issue time may be (NHA's clock and ours differ a little).
const CLOCK_SKEW_SECONDS: i64 = 300;

/// What the server serving the licence expects of it.
#[derive(Debug, Clone, Copy)]
pub struct Expectations<'a> {
    /// The tenant's country code.
    pub country: &'a str,
    /// This deployment's id.
    pub deployment: &'a str,
    /// Ids of licences NHA has revoked.
    pub revoked: &'a HashSet<String>,
    /// Now.
    pub now: DateTime<Utc>,
}

/// A licence whose signature and grant have been checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VerifiedLicence {
    /// What it says.
    pub licence: Licence,
    /// The NHA key that signed it.
    pub kid: String,
}

impl VerifiedLicence {
    /// The licence id.
    pub fn id(&self) -> &str {
        &self.licence.jti
    }

    /// Whether it is still in force at `now` (a server runs for longer than a licence may).
    pub fn in_force_at(&self, now: DateTime<Utc>) -> Result<(), LicenceRefusal> {
        in_force(&self.licence, now)
    }

    /// Whether it names `host` (lower case, no port).
    pub fn allows_host(&self, host: &str) -> Result<(), LicenceRefusal> {
        if self.licence.hostnames.iter().any(|named| named == host) {
            Ok(())
        } else {
            Err(LicenceRefusal::HostNotLicensed(host.to_owned()))
        }
    }
}

/// How a judged licence stands at `now`: verified and still in force, or why not.
pub fn standing_at(judged: &Result<VerifiedLicence, LicenceRefusal>, now: DateTime<Utc>) -> Result<&VerifiedLicence, LicenceRefusal> {
    let verified = judged.as_ref().map_err(Clone::clone)?;
    verified.in_force_at(now)?;
    Ok(verified)
}

fn in_force(licence: &Licence, now: DateTime<Utc>) -> Result<(), LicenceRefusal> {
    if licence.iat > now.timestamp() + CLOCK_SKEW_SECONDS {
        return Err(LicenceRefusal::NotYetValid);
    }
    match licence.exp {
        Some(exp) if exp <= now.timestamp() => Err(LicenceRefusal::Expired),
        _ => Ok(()),
    }
}

/// Reads a JWS of type `typ` signed by a trusted NHA key; every failure of form or signature is `Forged`.
pub(crate) fn signed_claims<T: DeserializeOwned>(token: &str, typ: &str, trusted: &TrustedKeys) -> Result<(T, String), LicenceRefusal> {
    let header = jsonwebtoken::decode_header(token.trim()).map_err(|_| LicenceRefusal::Forged)?;
    if header.alg != Algorithm::EdDSA || header.typ.as_deref() != Some(typ) {
        return Err(LicenceRefusal::Forged);
    }
    let kid = header.kid.ok_or(LicenceRefusal::Forged)?;
    let key = trusted.get(&kid).ok_or_else(|| LicenceRefusal::UntrustedKey(kid.clone()))?;
    let decoding = DecodingKey::from_ed_components(&key.x()).map_err(|_| LicenceRefusal::Forged)?;
    let mut validation = Validation::new(Algorithm::EdDSA);
    // Times are checked by us, against the server's clock, so that expiry and "not yet valid" are told apart.
    validation.validate_exp = false;
    validation.validate_aud = false;
    validation.required_spec_claims = HashSet::new();
    let data = jsonwebtoken::decode::<T>(token.trim(), &decoding, &validation).map_err(|_| LicenceRefusal::Forged)?;
    Ok((data.claims, kid))
}

/// Verifies a signed licence against the trusted NHA keys and what this server expects.
pub fn verify(token: &str, trusted: &TrustedKeys, expect: &Expectations<'_>) -> Result<VerifiedLicence, LicenceRefusal> {
    let (licence, kid): (Licence, String) = signed_claims(token, LICENCE_TYPE, trusted)?;
    if licence.iss != ISSUER {
        return Err(LicenceRefusal::Forged);
    }
    if !licence.terms.are_mou_terms() {
        return Err(LicenceRefusal::TermsAltered);
    }
    if licence.sub != expect.country {
        return Err(LicenceRefusal::OtherCountry(licence.sub));
    }
    if licence.deployment != expect.deployment {
        return Err(LicenceRefusal::OtherDeployment(licence.deployment));
    }
    if expect.revoked.contains(&licence.jti) {
        return Err(LicenceRefusal::Revoked(licence.jti));
    }
    in_force(&licence, expect.now)?;
    Ok(VerifiedLicence { licence, kid })
}
