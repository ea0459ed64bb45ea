//! `Nha<A>`: a signed-in, active NHA administrator whose role may perform action `A` in the `platform` domain.
//! Every platform endpoint takes one. Tenant tokens never pass: they are signed with their tenant's key and carry
//! another audience, so no tenant role can reach NHA's functions (no sub-licensing).

use std::marker::PhantomData;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use cowin_app::access::{Action, Domain, NHA_ADMIN};
use cowin_core::ErrorCode;
use futures::future::LocalBoxFuture;
use uuid::Uuid;

use super::credential;
use crate::{ApiError, AppState};

/// An NHA administrator allowed to perform `A`.
#[derive(Debug)]
pub struct Nha<A> {
    /// Administrator id.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    action: PhantomData<A>,
}

impl<A> Nha<A> {
    /// How the audit log names this administrator.
    pub fn actor(&self) -> String {
        format!("nha:{}", self.id)
    }
}

impl<A: Action> FromRequest for Nha<A> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = credential(req);
        Box::pin(async move {
            let unauthenticated = || ApiError::new(ErrorCode::Unauthenticated);
            let (Some(state), Some(token)) = (state, token?) else {
                return Err(unauthenticated());
            };
            let user = state.nha_accounts().signed_in(&token).await?.ok_or_else(unauthenticated)?;
            if !state.policy.allows(NHA_ADMIN, Domain::Platform, A::OBJECT, A::ACT) {
                return Err(ApiError::new(ErrorCode::Forbidden));
            }
            Ok(Self {
                id: user.id,
                name: user.name,
                action: PhantomData,
            })
        })
    }
}
