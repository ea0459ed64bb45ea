//! Staff tokens: the staff audience of [`crate::bearer_tokens`], valid for a working day.

use cowin_core::TenantCode;
use cowin_privacy::TenantVault;
use uuid::Uuid;

use crate::ApiError;
use crate::bearer_tokens::{self, Audience};

/// A working day: staff sign in at the start of a shift.
pub const STAFF_TOKEN_TTL_SECONDS: i64 = 10 * 3600;

/// A token for staff member `id` of `tenant`.
pub fn issue(vault: &TenantVault, tenant: TenantCode, id: Uuid) -> Result<String, ApiError> {
    bearer_tokens::issue(vault, tenant, Audience::Staff, id, STAFF_TOKEN_TTL_SECONDS)
}

/// The staff id in a valid, unexpired staff token of `tenant`.
pub fn verify(vault: &TenantVault, tenant: TenantCode, token: &str) -> Option<Uuid> {
    bearer_tokens::verify(vault, tenant, Audience::Staff, token)
}
