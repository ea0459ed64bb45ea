//! `Citizen`: a signed-in citizen of the request's tenant.

use std::future::{Ready, ready};

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use cowin_app::tokens::{self, Audience};
use cowin_core::ErrorCode;
use uuid::Uuid;

use super::{Tenant, credential};
use crate::{ApiError, AppState};

/// A citizen whose token of this tenant verifies.
#[derive(Debug, Clone, Copy)]
pub struct Citizen {
    /// Their account.
    pub account: Uuid,
}

impl FromRequest for Citizen {
    type Error = ApiError;
    type Future = Ready<Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let tenant = req.extensions().get::<Tenant>().cloned();
        let state = req.app_data::<web::Data<AppState>>();
        let token = match credential(req) {
            Ok(token) => token,
            Err(refused) => return ready(Err(refused)),
        };
        let account = match (tenant, state, token) {
            (Some(tenant), Some(state), Some(token)) => tokens::verify(&state.vault, tenant.code, Audience::Citizen, &token),
            _ => None,
        };
        ready(
            account
                .map(|account| Self { account })
                .ok_or_else(|| ApiError::new(ErrorCode::Unauthenticated)),
        )
    }
}
