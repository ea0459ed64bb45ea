//! `Nha<A>`: a signed-in, active NHA administrator whose role may perform action `A` in the `platform` domain.
//! Every platform endpoint takes one. Tenant staff tokens never pass: they are signed with their tenant's key
//! and carry the staff audience, so no tenant role can reach NHA's functions (no sub-licensing).

use std::marker::PhantomData;

use actix_web::{FromRequest, HttpRequest, dev::Payload, web};
use cowin_core::ErrorCode;
use cowin_store::platform::nha_users;
use futures::future::LocalBoxFuture;
use uuid::Uuid;

use super::tokens;
use crate::staff::access::Action;
use crate::staff::policy::Domain;
use crate::{ApiError, AppState};

/// The role every NHA administrator holds.
pub const NHA_ADMIN: &str = "nha_admin";

/// Onboard, suspend, resume and offboard tenants; see their licences and usage.
#[derive(Debug)]
pub struct ManageTenants;

impl Action for ManageTenants {
    const OBJECT: &'static str = "tenant";
    const ACT: &'static str = "manage";
}

/// Read the platform's audit log.
#[derive(Debug)]
pub struct ReadPlatformAudit;

impl Action for ReadPlatformAudit {
    const OBJECT: &'static str = "audit";
    const ACT: &'static str = "read";
}

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
        let token = crate::bearer_tokens::from_header(req);
        Box::pin(async move {
            let unauthenticated = || ApiError::new(ErrorCode::Unauthenticated);
            let (Some(state), Some(token)) = (state, token) else {
                return Err(unauthenticated());
            };
            let id = tokens::verify(&state.vault, &token).ok_or_else(unauthenticated)?;
            // The database, not the token, says whether the administrator is still active.
            let user = nha_users::by_id(&state.db, id)
                .await?
                .filter(|user| user.active)
                .ok_or_else(unauthenticated)?;
            if !state.policy.allows(NHA_ADMIN, Domain::Platform, A::OBJECT, A::ACT) {
                return Err(ApiError::new(ErrorCode::Forbidden));
            }
            Ok(Self {
                id,
                name: user.name,
                action: PhantomData,
            })
        })
    }
}
