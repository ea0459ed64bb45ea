//! `Staff<A>`: a signed-in, enabled staff member of the request's tenant whose role may perform action `A`. Every
//! staff endpoint takes one, so authorisation happens here and nowhere else; a handler cannot reach staff
//! functions without naming the action it performs.

use std::marker::PhantomData;
use std::ops::Deref;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use cowin_app::access::{Action, Domain};
use cowin_app::staff::StaffMember;
use cowin_core::{ErrorCode, StaffRole};
use futures::future::LocalBoxFuture;

use super::{Tenant, credential};
use crate::{ApiError, AppState};

/// A staff member allowed to perform `A` in this tenant.
#[derive(Debug)]
pub struct Staff<A> {
    member: StaffMember,
    action: PhantomData<A>,
}

impl<A> Deref for Staff<A> {
    type Target = StaffMember;
    fn deref(&self) -> &StaffMember {
        &self.member
    }
}

impl<A: Action> FromRequest for Staff<A> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let tenant = req.extensions().get::<Tenant>().cloned();
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = credential(req);
        Box::pin(async move {
            let unauthenticated = || ApiError::new(ErrorCode::Unauthenticated);
            let (Some(tenant), Some(state), Some(token)) = (tenant, state, token?) else {
                return Err(unauthenticated());
            };
            let row = state
                .staff_accounts()
                .signed_in(&tenant, &token)
                .await?
                .ok_or_else(unauthenticated)?;
            let role = StaffRole::parse(&row.role).ok_or_else(|| ApiError::internal(&"stored staff role is unknown"))?;
            if !state.policy.allows(role.as_str(), Domain::Tenant, A::OBJECT, A::ACT) {
                return Err(ApiError::new(ErrorCode::Forbidden));
            }
            Ok(Self {
                member: StaffMember {
                    id: row.id,
                    name: row.name,
                    role,
                    district_ids: row.district_ids,
                    facility_ids: row.facility_ids,
                },
                action: PhantomData,
            })
        })
    }
}
