//! NHA's platform API under `/platform/api` (and the public trust list under `/platform`): never part of any
//! tenant's API, authorised in the `platform` domain. Paths here are below `/platform`.

pub(crate) mod audit;
pub(crate) mod licence_events;
pub(crate) mod login;
pub(crate) mod me;
pub(crate) mod offboard;
pub(crate) mod onboard;
pub(crate) mod session;
pub(crate) mod tenant_status;
pub(crate) mod tenants;
pub(crate) mod trust_list;
pub(crate) mod usage;

use cowin_core::{ErrorCode, TenantCode};

use crate::ApiError;

/// The tenant code of a path, or `TENANT_NOT_FOUND`.
fn tenant_code(code: &str) -> Result<TenantCode, ApiError> {
    TenantCode::parse(&code.to_ascii_uppercase()).map_err(|_| ApiError::new(ErrorCode::TenantNotFound))
}
