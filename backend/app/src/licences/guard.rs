//! Judging a tenant's installed licence: trusted NHA key, this country, this deployment, not revoked, in
//! force. The same judgement serves `tenant apply`, start-up and every request (through the registry).

use std::collections::HashSet;
use std::sync::Arc;

use cowin_core::TenantCode;
use cowin_licence::{Expectations, LicenceRefusal, Revocation, TrustedKeys, VerifiedLicence, verify};
use cowin_store::licences::{self, LicenceContext, LicenceEvent, LicenceInstall};
use cowin_store::{Databases, DbErr};

/// A tenant's licence as judged: the verified licence, or why it does not allow serving the tenant.
pub type LicenceState = Arc<Result<VerifiedLicence, LicenceRefusal>>;

/// The NHA keys this server trusts and the deployment it is.
#[derive(Debug, Clone)]
pub struct LicenceGuard {
    trusted: TrustedKeys,
    deployment: String,
}

impl LicenceGuard {
    /// A guard trusting `trusted` for deployment `deployment`.
    pub fn new(trusted: TrustedKeys, deployment: &str) -> Self {
        Self {
            trusted,
            deployment: deployment.to_owned(),
        }
    }

    /// This deployment's id.
    pub fn deployment(&self) -> &str {
        &self.deployment
    }

    /// Ids of the licences that NHA-signed revocations name; a stored revocation without a trusted
    /// signature is ignored (and logged), so nobody but NHA can revoke.
    pub fn revoked(&self, documents: &[String]) -> HashSet<String> {
        documents
            .iter()
            .filter_map(|document| match Revocation::verify(document, &self.trusted) {
                Ok(revocation) => Some(revocation.licence),
                Err(refusal) => {
                    tracing::warn!(error = %refusal, "a stored licence revocation is not signed by a trusted NHA key; ignored");
                    None
                }
            })
            .collect()
    }

    /// Judges `document` as the licence of `tenant`.
    pub fn judge(&self, tenant: TenantCode, document: Option<&str>, revoked: &HashSet<String>) -> Result<VerifiedLicence, LicenceRefusal> {
        let document = document.ok_or(LicenceRefusal::Missing)?;
        let expect = Expectations {
            country: tenant.as_str(),
            deployment: &self.deployment,
            revoked,
            now: chrono::Utc::now(),
        };
        verify(document, &self.trusted, &expect)
    }

    /// Checks the licence a configuration is applied with; a refusal is recorded as a licence event.
    pub async fn check_for_apply(
        &self,
        db: &Databases,
        tenant: TenantCode,
        document: Option<&str>,
    ) -> Result<Result<LicenceInstall, LicenceRefusal>, DbErr> {
        let revoked = self.revoked(&licences::revocations(db).await?);
        match self.judge(tenant, document, &revoked) {
            Ok(verified) => Ok(Ok(LicenceInstall {
                licence_id: verified.id().to_owned(),
                document: document.unwrap_or_default().trim().to_owned(),
            })),
            Err(refusal) => {
                let event = LicenceEvent {
                    tenant: Some(tenant),
                    licence_id: None,
                    code: refusal.code().as_str(),
                    context: LicenceContext::Apply,
                    hostname: None,
                    detail: refusal.to_string(),
                };
                licences::record_event(db, &event).await?;
                Ok(Err(refusal))
            }
        }
    }
}
