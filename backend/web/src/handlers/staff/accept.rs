//! `POST /api/staff/invitations/accept`: the invitee sets a password.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::TenantTxn;
use cowin_store::staff::{StaffError, accept_invitation};
use serde::Deserialize;
use serde_json::json;

use super::MIN_PASSWORD_LENGTH;
use crate::error::MessageArg;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Accept {
    token: String,
    password: String,
}

/// Consumes the invitation and stores the password as an argon2id hash.
#[utoipa::path(post, path = "/api/staff/invitations/accept", tag = "staff", request_body = Accept,
    responses((status = 200, description = "`{\"staff_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn accept(tenant: Tenant, state: web::Data<AppState>, body: web::Json<Accept>) -> Result<HttpResponse, ApiError> {
    if body.password.chars().count() < MIN_PASSWORD_LENGTH {
        return Err(ApiError::new(ErrorCode::WeakPassword).with_arg("length", MessageArg::Number(MIN_PASSWORD_LENGTH as u64)));
    }
    let hash = crate::passwords::hash(body.password.clone()).await?;
    let vault = state.vault.tenant(tenant.code);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let staff_id = match accept_invitation(&txn, vault.hash(Field::Invitation, body.token.trim()), hash).await {
        Ok(id) => id,
        Err(StaffError::InvitationInvalid | StaffError::EmailRegistered) => return Err(ApiError::new(ErrorCode::InvitationInvalid)),
        Err(StaffError::Database(error)) => return Err(error.into()),
    };
    txn.commit().await?;
    Ok(HttpResponse::Ok().json(json!({ "staff_id": staff_id })))
}
