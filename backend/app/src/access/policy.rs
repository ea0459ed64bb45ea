//! The casbin policy (RBAC with domains), evaluated once per (role, domain kind, object, action) and
//! remembered: subjects are roles, so the set of distinct questions is small, and requests pay a hash lookup
//! instead of a matcher evaluation.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use casbin::{CoreApi, DefaultModel, Enforcer, MemoryAdapter, MgmtApi};

const MODEL: &str = include_str!("rbac_model.conf");
const POLICY: &str = include_str!("rbac_policy.csv");

/// The domain of a request: some tenant, or the platform.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Domain {
    /// A country's API.
    Tenant,
    /// NHA's platform administration.
    Platform,
}

impl Domain {
    /// The domain name casbin sees; every tenant behaves alike, so one representative serves.
    fn casbin_name(self) -> &'static str {
        match self {
            Self::Tenant => "tenant-domain",
            Self::Platform => "platform",
        }
    }
}

type Question = (String, Domain, &'static str, &'static str);

/// The policy and its remembered answers.
#[derive(Clone)]
pub struct Policy {
    enforcer: Arc<Enforcer>,
    answers: Arc<RwLock<HashMap<Question, bool>>>,
}

impl std::fmt::Debug for Policy {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Policy")
    }
}

/// Why the policy could not be loaded.
#[derive(Debug, thiserror::Error)]
#[error("access policy: {0}")]
pub struct PolicyError(String);

impl Policy {
    /// Loads the built-in model and policy.
    pub async fn load() -> Result<Self, PolicyError> {
        let model = DefaultModel::from_str(MODEL)
            .await
            .map_err(|error| PolicyError(error.to_string()))?;
        let mut enforcer = Enforcer::new(model, MemoryAdapter::default())
            .await
            .map_err(|error| PolicyError(error.to_string()))?;
        let rules: Vec<Vec<String>> = POLICY
            .lines()
            .map(str::trim)
            .filter(|line| line.starts_with("p,"))
            .map(|line| line.split(',').skip(1).map(|field| field.trim().to_owned()).collect())
            .collect();
        enforcer.add_policies(rules).await.map_err(|error| PolicyError(error.to_string()))?;
        Ok(Self {
            enforcer: Arc::new(enforcer),
            answers: Arc::default(),
        })
    }

    /// Whether `role` may `act` on `obj` in `domain`.
    pub fn allows(&self, role: &str, domain: Domain, obj: &'static str, act: &'static str) -> bool {
        let question = (role.to_owned(), domain, obj, act);
        if let Some(answer) = self.answers.read().ok().and_then(|answers| answers.get(&question).copied()) {
            return answer;
        }
        let answer = self.enforcer.enforce((role, domain.casbin_name(), obj, act)).unwrap_or(false);
        if let Ok(mut answers) = self.answers.write() {
            answers.insert(question, answer);
        }
        answer
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn tenant_roles_act_in_tenants_and_nha_on_the_platform_only() {
        let policy = Policy::load().await.unwrap();
        assert!(policy.allows("tenant_admin", Domain::Tenant, "staff", "invite"));
        assert!(!policy.allows("tenant_admin", Domain::Platform, "staff", "invite"));
        assert!(!policy.allows("vaccinator", Domain::Tenant, "staff", "invite"));
        assert!(policy.allows("nha_admin", Domain::Platform, "tenant", "manage"));
        assert!(!policy.allows("nha_admin", Domain::Tenant, "tenant", "manage"));
        assert!(
            !policy.allows("tenant_admin", Domain::Platform, "tenant", "manage"),
            "no tenant role can manage tenants"
        );
        // Remembered answers agree with fresh evaluation.
        assert!(policy.allows("tenant_admin", Domain::Tenant, "staff", "invite"));
    }
}
