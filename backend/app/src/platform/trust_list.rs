//! NHA's trust list: the licensed, active countries and their certificate keys, signed with NHA's trust-list key
//! (a compact JWS). A country whose licence is revoked, expired or missing, or that NHA suspended, is not on it,
//! so a verifier that trusts the list no longer accepts its certificates.

use cowin_certify::keys::EdSigner;
use cowin_certify::trust_list::{self, ListedCountry};
use cowin_core::TenantStatus;
use serde_json::Value;

use crate::certificates::key_ring::KeyRing;
use crate::tenants::TenantRegistry;

/// How long a verifier may rely on a fetched list.
const LIST_LIFETIME_SECONDS: i64 = 24 * 3600;
/// Who signs the list.
const ISSUER: &str = "National Health Authority, Government of India (CoWIN Global)";

/// The trust list of this deployment.
#[derive(Debug)]
pub struct TrustList<'a> {
    /// The countries and their licences.
    pub tenants: &'a TenantRegistry,
    /// Their keys.
    pub keys: &'a KeyRing,
    /// NHA's trust-list key.
    pub signer: &'a EdSigner,
}

impl TrustList<'_> {
    /// The signed list, made afresh from the current tenants and keys.
    pub fn signed(&self) -> String {
        let keys = self.keys.public();
        let now = chrono::Utc::now();
        let mut tenants = self.tenants.all();
        tenants.sort_by_key(|tenant| tenant.code);
        let licensed: Vec<_> = tenants
            .into_iter()
            .filter(|tenant| tenant.status == TenantStatus::Active)
            .filter_map(|tenant| {
                let judged = self.tenants.licence(tenant.code)?;
                let id = cowin_licence::standing_at(&judged, now).ok()?.id().to_owned();
                Some((tenant, id))
            })
            .collect();
        let countries: Vec<ListedCountry<'_>> = licensed
            .iter()
            .map(|(tenant, licence_id)| ListedCountry {
                country: tenant.code.as_str(),
                licence_id,
                issuer_host: tenant.config.issuer_host(),
                keys: keys.of(tenant.code),
            })
            .collect();
        let claims = trust_list::claims(ISSUER, now.timestamp(), LIST_LIFETIME_SECONDS, &countries);
        trust_list::sign(&claims, self.signer)
    }

    /// The list's signing key as a JWKS.
    pub fn signer_jwks(&self) -> Value {
        trust_list::signer_jwks(&self.signer.kid, &self.signer.public_key)
    }
}
