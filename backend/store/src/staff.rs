//! Staff accounts of a tenant: invitations, passwords (argon2 hashes, made by the caller), enabling.
//! Every change is recorded in the audit log within the same transaction.

use cowin_core::StaffRole;
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;
use crate::audit::{self, AuditEvent};
use crate::citizens::is_unique_violation;

/// A new staff member; the e-mail arrives hashed and sealed.
#[derive(Debug)]
pub struct NewStaff {
    /// Id.
    pub id: Uuid,
    /// Keyed hash of the lower-cased e-mail.
    pub email_hash: Vec<u8>,
    /// Sealed e-mail.
    pub email_sealed: Vec<u8>,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: StaffRole,
    /// Districts a district admin runs.
    pub district_ids: Vec<i32>,
    /// Facilities a facility manager or vaccinator works at.
    pub facility_ids: Vec<i64>,
}

/// Failures of staff administration.
#[derive(Debug, thiserror::Error)]
pub enum StaffError {
    #[error("a staff member with this e-mail exists")]
    EmailRegistered,
    #[error("the invitation is unknown, used or expired")]
    InvitationInvalid,
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Creates the staff member (without a password) and a single-use invitation valid for `days`.
pub async fn invite(txn: &TenantTxn, new: NewStaff, invitation_hash: Vec<u8>, days: i32, actor: &str) -> Result<(), StaffError> {
    let inserted = txn
        .execute(
            "INSERT INTO staff (id, email_hash, email_encrypted, name, role, district_ids, facility_ids, invited_by) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8)",
            vec![
                new.id.into(),
                new.email_hash.into(),
                new.email_sealed.into(),
                new.name.into(),
                new.role.as_str().into(),
                new.district_ids.clone().into(),
                new.facility_ids.clone().into(),
                // A staff member invited them, or NHA's CLI (an actor that is not a staff id) did.
                Uuid::parse_str(actor).ok().into(),
            ],
        )
        .await;
    match inserted {
        Err(error) if is_unique_violation(&error, "staff_email_hash_key") => return Err(StaffError::EmailRegistered),
        other => other?,
    };
    txn.execute(
        "INSERT INTO staff_invitations (token_hash, staff_id, expires_at) VALUES ($1, $2, now() + make_interval(days => $3))",
        vec![invitation_hash.into(), new.id.into(), days.into()],
    )
    .await?;
    let detail = serde_json::json!({ "role": new.role.as_str(), "districts": new.district_ids, "facilities": new.facility_ids });
    audit::record(
        txn,
        AuditEvent {
            actor,
            tenant: Some(txn.tenant()),
            action: "staff.invite",
            target: new.id.to_string(),
            detail,
        },
    )
    .await?;
    Ok(())
}

/// A staff member as authentication and authorisation read them.
#[derive(Debug, Clone, FromQueryResult)]
pub struct StaffRow {
    /// Id.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// Role name.
    pub role: String,
    /// District scope.
    pub district_ids: Vec<i32>,
    /// Facility scope.
    pub facility_ids: Vec<i64>,
    /// argon2 PHC string, once the invitation is accepted.
    pub password_hash: Option<String>,
    /// Enabled.
    pub active: bool,
}

const STAFF_COLUMNS: &str = "id, name, role, district_ids, facility_ids, password_hash, active";

/// The staff member with this e-mail hash.
pub async fn by_email(txn: &TenantTxn, email_hash: Vec<u8>) -> Result<Option<StaffRow>, DbErr> {
    txn.one(
        &format!("SELECT {STAFF_COLUMNS} FROM staff WHERE email_hash = $1"),
        vec![email_hash.into()],
    )
    .await
}

/// The staff member with this id.
pub async fn by_id(txn: &TenantTxn, id: Uuid) -> Result<Option<StaffRow>, DbErr> {
    txn.one(&format!("SELECT {STAFF_COLUMNS} FROM staff WHERE id = $1"), vec![id.into()])
        .await
}

/// Whether an invitation with this hash exists, unused and unexpired (checked before a password is hashed).
pub async fn invitation_is_open(txn: &TenantTxn, invitation_hash: Vec<u8>) -> Result<bool, DbErr> {
    #[derive(FromQueryResult)]
    struct Open {
        open: bool,
    }
    let row: Option<Open> = txn
        .one(
            "SELECT true AS open FROM staff_invitations WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now()",
            vec![invitation_hash.into()],
        )
        .await?;
    Ok(row.is_some_and(|row| row.open))
}

/// Consumes an open invitation and sets the invitee's password; returns the staff id.
pub async fn accept_invitation(txn: &TenantTxn, invitation_hash: Vec<u8>, password_hash: String) -> Result<Uuid, StaffError> {
    #[derive(FromQueryResult)]
    struct Invitation {
        staff_id: Uuid,
    }
    let invitation: Option<Invitation> = txn
        .one(
            "UPDATE staff_invitations SET accepted_at = now() WHERE token_hash = $1 AND accepted_at IS NULL AND expires_at > now() RETURNING staff_id",
            vec![invitation_hash.into()],
        )
        .await?;
    let staff_id = invitation.ok_or(StaffError::InvitationInvalid)?.staff_id;
    txn.execute(
        "UPDATE staff SET password_hash = $2, updated_at = now() WHERE id = $1",
        vec![staff_id.into(), password_hash.into()],
    )
    .await?;
    let event = AuditEvent {
        actor: &staff_id.to_string(),
        tenant: Some(txn.tenant()),
        action: "staff.accept_invitation",
        target: staff_id.to_string(),
        detail: serde_json::json!({}),
    };
    audit::record(txn, event).await?;
    Ok(staff_id)
}

/// Enables or disables a staff member; false if there is none with this id.
pub async fn set_active(txn: &TenantTxn, id: Uuid, active: bool, actor: &str) -> Result<bool, DbErr> {
    let changed = txn
        .execute(
            "UPDATE staff SET active = $2, updated_at = now() WHERE id = $1",
            vec![id.into(), active.into()],
        )
        .await?
        == 1;
    if changed {
        let action = if active { "staff.enable" } else { "staff.disable" };
        audit::record(
            txn,
            AuditEvent {
                actor,
                tenant: Some(txn.tenant()),
                action,
                target: id.to_string(),
                detail: serde_json::json!({}),
            },
        )
        .await?;
    }
    Ok(changed)
}

/// Gives a staff member another role and scope; false if there is no such staff member. Audited as `staff.role`.
pub async fn set_role(
    txn: &TenantTxn,
    id: Uuid,
    role: StaffRole,
    district_ids: &[i32],
    facility_ids: &[i64],
    actor: &str,
) -> Result<bool, DbErr> {
    let changed = txn
        .execute(
            "UPDATE staff SET role = $2, district_ids = $3, facility_ids = $4, updated_at = now() WHERE id = $1",
            vec![
                id.into(),
                role.as_str().into(),
                district_ids.to_vec().into(),
                facility_ids.to_vec().into(),
            ],
        )
        .await?
        == 1;
    if changed {
        let detail = serde_json::json!({ "role": role.as_str(), "districts": district_ids, "facilities": facility_ids });
        audit::record(
            txn,
            AuditEvent {
                actor,
                tenant: Some(txn.tenant()),
                action: "staff.role",
                target: id.to_string(),
                detail,
            },
        )
        .await?;
    }
    Ok(changed)
}

/// A staff member as the tenant's directory lists them.
#[derive(Debug, Clone, FromQueryResult)]
pub struct StaffListing {
    /// Id.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// The sealed e-mail address.
    pub email_encrypted: Vec<u8>,
    /// Role name.
    pub role: String,
    /// District scope.
    pub district_ids: Vec<i32>,
    /// Facility scope.
    pub facility_ids: Vec<i64>,
    /// Enabled.
    pub active: bool,
    /// Whether the invitation was accepted (a password is set).
    pub accepted: bool,
    /// When they were invited.
    pub created_at: chrono::DateTime<chrono::Utc>,
}

/// Every staff member of the tenant, by name.
pub async fn list(txn: &TenantTxn) -> Result<Vec<StaffListing>, DbErr> {
    txn.all(
        "SELECT id, name, email_encrypted, role, district_ids, facility_ids, active, password_hash IS NOT NULL AS accepted, created_at \
         FROM staff ORDER BY name, id",
        vec![],
    )
    .await
}
