//! `Staff<A>`: a signed-in, enabled staff member of the request's tenant whose role may perform action `A`.
//! Every staff endpoint takes one, so authorisation happens here and nowhere else; a handler cannot reach
//! staff functions without naming the action it performs.

use std::marker::PhantomData;

use actix_web::{FromRequest, HttpMessage, HttpRequest, dev::Payload, web};
use cowin_core::{ErrorCode, StaffRole, StaffScope};
use cowin_store::TenantTxn;
use cowin_store::operations::{self, FacilityPlace};
use futures::future::LocalBoxFuture;
use uuid::Uuid;

use super::policy::Domain;
use super::tokens;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// An action a staff endpoint performs: a casbin object and act.
pub trait Action {
    /// casbin object.
    const OBJECT: &'static str;
    /// casbin act.
    const ACT: &'static str;
}

macro_rules! actions {
    ($($(#[$doc:meta])* $name:ident => ($object:literal, $act:literal),)+) => {
        $(
            $(#[$doc])*
            #[derive(Debug)]
            pub struct $name;
            impl Action for $name {
                const OBJECT: &'static str = $object;
                const ACT: &'static str = $act;
            }
        )+
    };
}

actions! {
    /// See one's own staff profile.
    ReadStaff => ("staff", "read"),
    /// Invite staff.
    InviteStaff => ("staff", "invite"),
    /// Disable and re-enable staff.
    ManageStaff => ("staff", "manage"),
    /// See a facility's appointments of the day.
    ReadDesk => ("desk", "read"),
    /// Identify a beneficiary at the desk.
    VerifyBeneficiary => ("desk", "verify"),
    /// Register a walk-in beneficiary.
    RegisterWalkIn => ("desk", "register"),
    /// Record a dose.
    RecordDose => ("dose", "record"),
    /// Create and change facilities.
    WriteFacility => ("facility", "write"),
    /// Publish and change sessions.
    WriteSession => ("session", "write"),
    /// Report an adverse event.
    ReportAefi => ("aefi", "report"),
    /// List adverse events.
    ReadAefi => ("aefi", "read"),
    /// Correct beneficiaries and doses.
    Correct => ("correction", "write"),
    /// Read the correction trail.
    ReadCorrections => ("correction", "read"),
    /// Read the tenant's own entries of the audit log.
    ReadTenantAudit => ("audit", "read"),
}

/// A staff member allowed to perform `A` in this tenant, with the scope of their role.
#[derive(Debug)]
pub struct Staff<A> {
    /// Staff id.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: StaffRole,
    /// Districts (district admins).
    pub district_ids: Vec<i32>,
    /// Facilities (facility managers, vaccinators).
    pub facility_ids: Vec<i64>,
    action: PhantomData<A>,
}

impl<A> Staff<A> {
    /// Where this person's role reaches.
    pub fn scope(&self) -> StaffScope {
        StaffScope::of(self.role, &self.district_ids, &self.facility_ids)
    }

    /// Whether this person works at `facility` (in `district`): tenant admins everywhere, district admins in
    /// their districts, facility managers and vaccinators at their facilities.
    pub fn works_at(&self, facility: i64, district: i32) -> bool {
        self.scope().covers_facility(facility, district)
    }

    /// Whether this person runs `district`: tenant admins everywhere, district admins their own.
    pub fn runs_district(&self, district: i32) -> bool {
        self.scope().runs_district(district)
    }

    /// The facility, if it exists and this person works there; `FORBIDDEN` otherwise (an unknown facility
    /// is refused the same way, so ids cannot be probed).
    pub async fn require_facility(&self, txn: &TenantTxn, facility: i64) -> Result<FacilityPlace, ApiError> {
        match operations::facility_place(txn, facility).await? {
            Some(place) if self.works_at(facility, place.district_id) => Ok(place),
            _ => Err(ApiError::new(ErrorCode::Forbidden)),
        }
    }
}

impl<A: Action> FromRequest for Staff<A> {
    type Error = ApiError;
    type Future = LocalBoxFuture<'static, Result<Self, ApiError>>;

    fn from_request(req: &HttpRequest, _: &mut Payload) -> Self::Future {
        let tenant = req.extensions().get::<Tenant>().cloned();
        let state = req.app_data::<web::Data<AppState>>().cloned();
        let token = crate::bearer_tokens::from_header(req);
        Box::pin(async move {
            let unauthenticated = || ApiError::new(ErrorCode::Unauthenticated);
            let (Some(tenant), Some(state), Some(token)) = (tenant, state, token) else {
                return Err(unauthenticated());
            };
            let id = tokens::verify(&state.vault.tenant(tenant.code), tenant.code, &token).ok_or_else(unauthenticated)?;
            let row = state.staff_cache.get(&state.db, tenant.code, id).await?;
            // The database, not the token, says whether the person is still enabled and what role they hold.
            let row = row
                .as_ref()
                .as_ref()
                .filter(|row| row.active)
                .cloned()
                .ok_or_else(unauthenticated)?;
            let role = StaffRole::parse(&row.role).ok_or_else(|| ApiError::internal(&"stored staff role is unknown"))?;
            if !state.policy.allows(role.as_str(), Domain::Tenant, A::OBJECT, A::ACT) {
                return Err(ApiError::new(ErrorCode::Forbidden));
            }
            Ok(Self {
                id,
                name: row.name,
                role,
                district_ids: row.district_ids,
                facility_ids: row.facility_ids,
                action: PhantomData,
            })
        })
    }
}
