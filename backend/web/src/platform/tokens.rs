//! NHA tokens: the platform audience of [`crate::bearer_tokens`], signed with the platform's key (no tenant's key
//! verifies them, and they verify under no tenant), valid for a working day.

use cowin_privacy::Vault;
use uuid::Uuid;

use crate::ApiError;
use crate::bearer_tokens;

/// A working day.
pub const NHA_TOKEN_TTL_SECONDS: i64 = 8 * 3600;

/// A token for NHA administrator `id`.
pub fn issue(vault: &Vault, id: Uuid) -> Result<String, ApiError> {
    bearer_tokens::issue_platform(&vault.platform(), id, NHA_TOKEN_TTL_SECONDS)
}

/// The administrator id in a valid, unexpired NHA token.
pub fn verify(vault: &Vault, token: &str) -> Option<Uuid> {
    bearer_tokens::verify_platform(&vault.platform(), token)
}
