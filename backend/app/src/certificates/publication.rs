//! What a country publishes so that anyone can verify its certificates: its keys (JWKS, DID document, EU DCC-style
//! document-signer list) and its revocations (a signed list, and the SMART Health Cards framework's list per key).

use cowin_core::TenantCode;
use cowin_store::Databases;
use cowin_store::tenants::TenantRecord;
use serde_json::Value;

use super::error::CertificateError;
use super::key_ring::KeyRing;
use super::revocations::revoked;

/// A country's published keys and revocations.
#[derive(Debug)]
pub struct Publication<'a> {
    /// The pool (revocations).
    pub db: &'a Databases,
    /// Every country's keys.
    pub keys: &'a KeyRing,
}

impl Publication<'_> {
    /// The SMART Health Card keys, current and retired, as a JWKS.
    pub fn jwks(&self, tenant: TenantCode) -> Value {
        cowin_certify::publish::jwks(self.keys.public().of(tenant))
    }

    /// The `did:web` document of the issuer's host, naming the Verifiable Credential keys.
    pub fn did_document(&self, tenant: &TenantRecord) -> Value {
        cowin_certify::publish::did_document(&tenant.config.issuer_host(), self.keys.public().of(tenant.code))
    }

    /// The document signers (X.509) and their CSCA, EU DCC style.
    pub fn document_signers(&self, tenant: TenantCode) -> Value {
        cowin_certify::publish::document_signers(tenant.as_str(), self.keys.public().of(tenant))
    }

    /// Every certificate the country revoked, named only by hashes, as a compact JWS signed with its SMART Health
    /// Card key (offline verifiers can cache it).
    pub async fn revocation_list(&self, tenant: &TenantRecord) -> Result<String, CertificateError> {
        let revoked = revoked(self.db, tenant.code).await?;
        let signers = self
            .keys
            .signers(tenant.code)
            .await
            .map_err(|error| CertificateError::Keys(error.to_string()))?;
        let signer = signers
            .shc
            .as_ref()
            .ok_or_else(|| CertificateError::Keys("no SMART Health Card key".to_owned()))?;
        let issuer = format!("https://{}", tenant.config.issuer_host());
        let claims = cowin_certify::revocation_list::claims(tenant.code.as_str(), &issuer, &revoked, chrono::Utc::now().timestamp());
        cowin_certify::revocation_list::sign(&claims, signer).map_err(|error| CertificateError::Signing(error.to_string()))
    }

    /// The revocation ids of the cards the country revoked, for its key `kid` (`None` if the country has no such key).
    pub async fn card_revocations(&self, tenant: TenantCode, kid: &str) -> Result<Option<Value>, CertificateError> {
        if !self.keys.public().of(tenant).iter().any(|key| key.kid == kid) {
            return Ok(None);
        }
        let revoked = revoked(self.db, tenant).await?;
        Ok(Some(cowin_certify::revocation_list::shc_crl(kid, &revoked)))
    }
}
