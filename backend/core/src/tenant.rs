//! The lifecycle state of a tenant.

use serde::{Deserialize, Serialize};

/// Whether a tenant serves requests.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TenantStatus {
    /// Serves its citizens and staff.
    Active,
    /// Refuses every request with `TENANT_SUSPENDED` until NHA resumes it; its data is kept.
    Suspended,
}

impl TenantStatus {
    /// The value stored in `platform.tenants.status`.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::Active => "active",
            Self::Suspended => "suspended",
        }
    }

    /// Reads the stored value.
    pub fn parse(text: &str) -> Option<Self> {
        match text {
            "active" => Some(Self::Active),
            "suspended" => Some(Self::Suspended),
            _ => None,
        }
    }
}
