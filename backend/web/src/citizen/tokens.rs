//! Citizens' tokens (the citizen audience of [`crate::bearer_tokens`]) and the `Citizen` extractor.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use cowin_core::{ErrorCode, TenantCode};
use cowin_privacy::TenantVault;
use uuid::Uuid;

use crate::bearer_tokens::{self, Audience};
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// Issues a token for `account` of `tenant`, valid for `ttl_seconds`.
pub fn issue(vault: &TenantVault, tenant: TenantCode, account: Uuid, ttl_seconds: i64) -> Result<String, ApiError> {
    bearer_tokens::issue(vault, tenant, Audience::Citizen, account, ttl_seconds)
}

/// A signed-in citizen of the request's tenant.
#[derive(Debug, Clone, Copy)]
pub struct Citizen {
    /// The account.
    pub account: Uuid,
}

impl FromRequest for Citizen {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let unauthenticated = || ApiError::new(ErrorCode::Unauthenticated);
        let tenant = req.extensions().get::<Tenant>().cloned();
        let state = req.app_data::<web::Data<AppState>>();
        let token = crate::bearer_tokens::from_header(req);
        let account = match (tenant, state, token) {
            (Some(tenant), Some(state), Some(token)) => {
                bearer_tokens::verify(&state.vault.tenant(tenant.code), tenant.code, Audience::Citizen, &token)
            }
            _ => None,
        };
        ready(account.map(|account| Self { account }).ok_or_else(unauthenticated))
    }
}
