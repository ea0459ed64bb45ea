//! NHA's administration of the platform: its own users, every tenant's usage, offboarding and restoring, the audit log read, tenants' secrets.

pub mod audit_log;
pub mod nha_users;
pub mod offboarding;
pub mod restore;
pub mod tenant_secrets;
pub mod usage;
