//! Creating staff invitations: the role's scope checked against the tenant's areas and facilities, the staff row,
//! a single-use secret. The API e-mails the secret; the command line (which bootstraps a tenant's first
//! administrator) prints it.

use cowin_core::{PersonName, StaffRole};
use cowin_privacy::{Field, Vault};
use cowin_store::staff::{self, NewStaff};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn, operations};
use rand::RngCore;
use uuid::Uuid;

use super::error::StaffError;
use crate::contact::EmailAddress;

/// Days an invitation stays valid.
pub const INVITATION_DAYS: i32 = 7;

/// Who to invite, parsed.
#[derive(Debug, Clone)]
pub struct NewStaffMember {
    /// Where the invitation goes.
    pub email: EmailAddress,
    /// Display name.
    pub name: PersonName,
    /// Role.
    pub role: StaffRole,
    /// Districts a district admin runs.
    pub district_ids: Vec<i32>,
    /// Facilities a facility manager or vaccinator works at.
    pub facility_ids: Vec<i64>,
}

/// A created invitation.
#[derive(Debug)]
pub struct Invitation {
    /// The new staff member's id.
    pub staff_id: Uuid,
    /// The secret to send (only its hash is stored).
    pub secret: String,
}

/// Checks that `role` comes with the scope it needs (districts for district administrators, facilities for facility
/// staff, none otherwise) and that the districts and (active) facilities exist.
pub(super) async fn check_scope(
    txn: &TenantTxn,
    tenant: &TenantRecord,
    role: StaffRole,
    district_ids: &[i32],
    facility_ids: &[i64],
) -> Result<(), StaffError> {
    let config = &tenant.config;
    let districts_known = district_ids
        .iter()
        .all(|id| config.states.iter().flat_map(|s| &s.districts).any(|d| d.id == *id));
    let scope_fits = match role {
        StaffRole::DistrictAdmin => !district_ids.is_empty() && facility_ids.is_empty(),
        StaffRole::FacilityManager | StaffRole::Vaccinator => !facility_ids.is_empty() && district_ids.is_empty(),
        StaffRole::TenantAdmin | StaffRole::Verifier | StaffRole::PartnerApp => district_ids.is_empty() && facility_ids.is_empty(),
    };
    if !districts_known || !scope_fits {
        return Err(StaffError::InvalidField("district_ids"));
    }
    // Facilities staff created are not in the configuration, so the database is asked.
    for facility in facility_ids {
        if !operations::facility_place(txn, *facility).await?.is_some_and(|place| place.active) {
            return Err(StaffError::InvalidField("facility_ids"));
        }
    }
    Ok(())
}

/// Checks the invitation against the tenant's areas and facilities, and records it in `txn`; `actor` is who
/// invites, as the audit log names them.
pub async fn create(
    txn: &TenantTxn,
    vault: &Vault,
    tenant: &TenantRecord,
    member: &NewStaffMember,
    actor: &str,
) -> Result<Invitation, StaffError> {
    check_scope(txn, tenant, member.role, &member.district_ids, &member.facility_ids).await?;
    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    let staff_id = Uuid::new_v4();
    let keys = vault.tenant(tenant.code);
    let new = NewStaff {
        id: staff_id,
        email_hash: keys.hash(Field::Email, member.email.as_str()),
        email_sealed: keys.seal(Field::Email, member.email.as_str()),
        name: member.name.as_str().to_owned(),
        role: member.role,
        district_ids: member.district_ids.clone(),
        facility_ids: member.facility_ids.clone(),
    };
    match staff::invite(txn, new, keys.hash(Field::Invitation, &secret), INVITATION_DAYS, actor).await {
        Ok(()) => Ok(Invitation { staff_id, secret }),
        Err(staff::StaffError::EmailRegistered) => Err(StaffError::EmailRegistered),
        Err(staff::StaffError::InvitationInvalid) => Err(StaffError::InvitationInvalid),
        Err(staff::StaffError::Database(error)) => Err(error.into()),
    }
}

/// Creates an invitation in its own transaction and returns it, for the command line to print.
pub async fn create_committed(
    db: &Databases,
    vault: &Vault,
    tenant: &TenantRecord,
    member: &NewStaffMember,
    actor: &str,
) -> Result<Invitation, StaffError> {
    let txn = TenantTxn::begin(db, tenant.code).await?;
    let invitation = create(&txn, vault, tenant, member, actor).await?;
    txn.commit().await?;
    Ok(invitation)
}
