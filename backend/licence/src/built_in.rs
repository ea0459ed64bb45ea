//! The NHA licensing keys compiled into the server.
//!
//! NHA's production keys are given at build time as `COWIN_NHA_LICENSING_KEYS` (comma-separated `kid:x`), so a
//! deployment cannot trust another issuer without rebuilding. The development key below is published with
//! its private half (`tenant-config/development-nha-licensing-key.pem`) for the demo and tests, and is trusted
//! only where `security.allow_development_key` is set, like the development master key.

use crate::keys::{KeyError, NhaPublicKey};

/// The published development key (`kid:x`).
pub const DEVELOPMENT_KEY: &str = include_str!("development_key.txt");

/// NHA's production licensing keys this binary was built with.
pub fn production_keys() -> Result<Vec<NhaPublicKey>, KeyError> {
    option_env!("COWIN_NHA_LICENSING_KEYS")
        .unwrap_or_default()
        .split(',')
        .filter(|text| !text.trim().is_empty())
        .map(NhaPublicKey::parse)
        .collect()
}

/// The development key.
pub fn development_key() -> Result<NhaPublicKey, KeyError> {
    NhaPublicKey::parse(DEVELOPMENT_KEY)
}
