//! NHA's platform: its administrators, the tenants (overview, onboarding, suspension, offboarding), the trust list
//! and the audit log.

pub mod audit;
pub mod error;
pub mod nha;
pub mod offboarding;
pub mod onboarding;
pub mod tenants;
pub mod trust_list;

pub use error::PlatformError;
