//! NHA's administration of the platform: its own users, every tenant's usage, offboarding, the audit log read, tenants' secrets.

pub mod audit_log;
pub mod nha_users;
pub mod offboarding;
pub mod tenant_secrets;
pub mod usage;
