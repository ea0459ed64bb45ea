//! The roles a ministry's staff can hold.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A staff role. What each role may do is casbin policy; this is only the closed set of names.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StaffRole {
    /// Runs the tenant: staff, facilities, corrections, reports.
    TenantAdmin,
    /// Runs the facilities and sessions of its districts.
    DistrictAdmin,
    /// Runs its facilities' sessions and desks.
    FacilityManager,
    /// Verifies beneficiaries and records doses.
    Vaccinator,
    /// Checks certificates.
    Verifier,
    /// A partner application's service account.
    PartnerApp,
}

impl StaffRole {
    /// Every role, for exhaustive checks.
    pub const ALL: [StaffRole; 6] = [
        Self::TenantAdmin,
        Self::DistrictAdmin,
        Self::FacilityManager,
        Self::Vaccinator,
        Self::Verifier,
        Self::PartnerApp,
    ];

    /// The stored and policy name.
    pub fn as_str(&self) -> &'static str {
        match self {
            Self::TenantAdmin => "tenant_admin",
            Self::DistrictAdmin => "district_admin",
            Self::FacilityManager => "facility_manager",
            Self::Vaccinator => "vaccinator",
            Self::Verifier => "verifier",
            Self::PartnerApp => "partner_app",
        }
    }

    /// Reads a stored name.
    pub fn parse(text: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|role| role.as_str() == text)
    }
}

impl fmt::Display for StaffRole {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}
