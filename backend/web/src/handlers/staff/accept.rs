//! `POST /api/staff/invitations/accept`: the invitee sets a password.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::TenantTxn;
use cowin_store::staff::{StaffError, accept_invitation, invitation_is_open};
use serde::Deserialize;
use serde_json::json;

use super::MIN_PASSWORD_LENGTH;
use crate::error::MessageArg;
use crate::extractors::Tenant;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Accept {
    token: String,
    password: String,
}

/// Consumes the invitation and stores the password as an argon2id hash. The client is limited and the invitation
/// checked before the password is hashed, so a guess costs no hashing.
#[utoipa::path(post, path = "/api/staff/invitations/accept", tag = "staff", request_body = Accept,
    responses((status = 200, description = "`{\"staff_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn accept(
    req: HttpRequest,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: Json<Accept>,
) -> Result<HttpResponse, ApiError> {
    let vault = state.vault.tenant(tenant.code);
    let invitation = vault.hash(Field::Invitation, body.token.trim());
    let realm = Some(tenant.code);
    state.rate_limits.sign_in(realm, &invitation, state.rate_limits.client_ip(&req))?;
    if body.password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(ApiError::new(ErrorCode::WeakPassword).with_arg("length", MessageArg::Number(MIN_PASSWORD_LENGTH as u64)));
    }
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let open = invitation_is_open(&txn, invitation.clone()).await?;
    txn.commit().await?;
    if !open {
        state.rate_limits.wrong_password(realm, &invitation);
        return Err(ApiError::new(ErrorCode::InvitationInvalid));
    }
    let hash = state.passwords.hash(body.password.clone()).await?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let staff_id = match accept_invitation(&txn, invitation, hash).await {
        Ok(id) => id,
        Err(StaffError::InvitationInvalid | StaffError::EmailRegistered) => return Err(ApiError::new(ErrorCode::InvitationInvalid)),
        Err(StaffError::Database(error)) => return Err(error.into()),
    };
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(json!({ "staff_id": staff_id })))
}
