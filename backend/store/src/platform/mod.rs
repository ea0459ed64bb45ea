//! NHA's administration of the platform: its own users, every tenant's usage, offboarding and restoring, the audit log read, tenants' secrets.

/// A failure reading or writing a tenant's zip archive (offboarding, export, restore) becomes `$error::Archive`, with
/// the zip library's or the file system's message.
macro_rules! archive_failures_into {
    ($error:ty) => {
        impl From<zip::result::ZipError> for $error {
            fn from(error: zip::result::ZipError) -> Self {
                Self::Archive(error.to_string())
            }
        }

        impl From<std::io::Error> for $error {
            fn from(error: std::io::Error) -> Self {
                Self::Archive(error.to_string())
            }
        }
    };
}

pub mod audit_log;
pub mod audit_relay;
pub mod nha_users;
pub mod offboarding;
pub mod restore;
pub mod tenant_move;
pub mod tenant_secrets;
pub mod usage;
