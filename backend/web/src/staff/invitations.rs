//! Creating staff invitations: validation of role and scope, the staff row, a single-use secret.
//! The API e-mails the secret; the CLI (which bootstraps a tenant's first admin) prints it.

use cowin_core::{ErrorCode, StaffRole};
use cowin_privacy::{Field, TenantVault};
use cowin_store::staff::{NewStaff, StaffError, invite};
use cowin_store::tenants::TenantRecord;
use cowin_store::{DatabaseConnection, TenantTxn, operations};
use rand::RngCore;
use serde::Deserialize;
use uuid::Uuid;

use crate::ApiError;

/// Days an invitation stays valid.
pub const INVITATION_DAYS: i32 = 7;

/// Who to invite.
#[derive(Debug, Clone, Deserialize, utoipa::ToSchema)]
pub struct InvitationRequest {
    /// E-mail address the invitation goes to.
    pub email: String,
    /// Display name.
    pub name: String,
    /// Role.
    #[schema(value_type = String, example = "vaccinator")]
    pub role: StaffRole,
    /// Districts a district admin runs.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::list")]
    pub district_ids: Vec<i32>,
    /// Facilities a facility manager or vaccinator works at.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::list")]
    pub facility_ids: Vec<i64>,
}

/// A created invitation.
#[derive(Debug)]
pub struct Invitation {
    /// The new staff member's id.
    pub staff_id: Uuid,
    /// The secret to send (only its hash is stored).
    pub secret: String,
    /// The normalised e-mail.
    pub email: String,
}

/// The e-mail in the form it is hashed: trimmed and lower-cased.
pub fn normalise_email(email: &str) -> Option<String> {
    let email = email.trim().to_lowercase();
    email.parse::<lettre::Address>().is_ok().then_some(email)
}

/// Checks the request against the tenant's areas and facilities, and records the invitation in `txn`.
pub async fn create(
    txn: &TenantTxn,
    vault: &TenantVault,
    tenant: &TenantRecord,
    request: &InvitationRequest,
    actor: &str,
) -> Result<Invitation, ApiError> {
    let email = normalise_email(&request.email).ok_or_else(|| ApiError::invalid_parameter("email"))?;
    let name = request.name.trim();
    if name.is_empty() || name.chars().count() > 100 {
        return Err(ApiError::invalid_parameter("name"));
    }
    let config = &tenant.config;
    let districts_known = request
        .district_ids
        .iter()
        .all(|id| config.states.iter().flat_map(|s| &s.districts).any(|d| d.id == *id));
    let scope_fits = match request.role {
        StaffRole::DistrictAdmin => !request.district_ids.is_empty() && request.facility_ids.is_empty(),
        StaffRole::FacilityManager | StaffRole::Vaccinator => !request.facility_ids.is_empty() && request.district_ids.is_empty(),
        StaffRole::TenantAdmin | StaffRole::Verifier | StaffRole::PartnerApp => {
            request.district_ids.is_empty() && request.facility_ids.is_empty()
        }
    };
    if !districts_known || !scope_fits {
        return Err(ApiError::invalid_parameter("district_ids"));
    }
    // Facilities staff created are not in the configuration, so the database is asked.
    for facility in &request.facility_ids {
        if !operations::facility_place(txn, *facility).await?.is_some_and(|place| place.active) {
            return Err(ApiError::invalid_parameter("facility_ids"));
        }
    }
    let mut bytes = [0u8; 24];
    rand::thread_rng().fill_bytes(&mut bytes);
    let secret = hex::encode(bytes);
    let staff_id = Uuid::new_v4();
    let new = NewStaff {
        id: staff_id,
        email_hash: vault.hash(Field::Email, &email),
        email_sealed: vault.seal(Field::Email, &email),
        name: name.to_owned(),
        role: request.role,
        district_ids: request.district_ids.clone(),
        facility_ids: request.facility_ids.clone(),
    };
    match invite(txn, new, vault.hash(Field::Invitation, &secret), INVITATION_DAYS, actor).await {
        Ok(()) => Ok(Invitation { staff_id, secret, email }),
        Err(StaffError::EmailRegistered) => Err(ApiError::new(ErrorCode::StaffEmailRegistered)),
        Err(StaffError::InvitationInvalid) => Err(ApiError::new(ErrorCode::InvitationInvalid)),
        Err(StaffError::Database(error)) => Err(error.into()),
    }
}

/// Creates an invitation in its own transaction and returns it (the CLI's path).
pub async fn create_committed(
    db: &DatabaseConnection,
    vault: &TenantVault,
    tenant: &TenantRecord,
    request: &InvitationRequest,
    actor: &str,
) -> Result<Invitation, ApiError> {
    let txn = TenantTxn::begin(db, tenant.code).await?;
    let invitation = create(&txn, vault, tenant, request, actor).await?;
    txn.commit().await?;
    Ok(invitation)
}
