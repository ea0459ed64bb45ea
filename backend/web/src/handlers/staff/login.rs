//! `POST /api/staff/login`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::{TenantTxn, staff};
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::staff::invitations::normalise_email;
use crate::staff::tokens;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Login {
    email: String,
    password: String,
}

/// Checks the password (argon2, off the async threads) and returns a staff token; every failure looks alike.
#[utoipa::path(post, path = "/api/staff/login", tag = "staff", request_body = Login,
    responses((status = 200, description = "`{\"token\",\"role\",\"name\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn login(tenant: Tenant, state: web::Data<AppState>, body: web::Json<Login>) -> Result<HttpResponse, ApiError> {
    let failed = || ApiError::new(ErrorCode::StaffLoginFailed);
    let vault = state.vault.tenant(tenant.code);
    let email = normalise_email(&body.email).ok_or_else(failed)?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let row = staff::by_email(&txn, vault.hash(Field::Email, &email)).await?;
    txn.commit().await?;
    let row = row.filter(|row| row.active).ok_or_else(failed)?;
    let stored = row.password_hash.clone().ok_or_else(failed)?;
    if !crate::passwords::matches(stored, body.password.clone()).await? {
        return Err(failed());
    }
    let token = tokens::issue(&vault, tenant.code, row.id)?;
    Ok(HttpResponse::Ok().json(json!({ "token": token, "role": row.role, "name": row.name })))
}
