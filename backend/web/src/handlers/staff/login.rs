//! `POST /api/staff/login`.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::{TenantTxn, staff};
use serde::Deserialize;
use serde_json::json;

use crate::extractors::Tenant;
use crate::handlers::json_body::Json;
use crate::staff::invitations::normalise_email;
use crate::staff::tokens;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Login {
    email: String,
    password: String,
}

/// Checks the password and returns a staff token. Limited per client and per account before any password is
/// hashed; every failure looks alike and takes as long, whether or not the account exists.
#[utoipa::path(post, path = "/api/staff/login", tag = "staff", request_body = Login,
    responses((status = 200, description = "`{\"token\",\"role\",\"name\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn login(
    req: HttpRequest,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: Json<Login>,
) -> Result<HttpResponse, ApiError> {
    let failed = || ApiError::new(ErrorCode::StaffLoginFailed);
    let vault = state.vault.tenant(tenant.code);
    let email = normalise_email(&body.email).ok_or_else(failed)?;
    let account = vault.hash(Field::Email, &email);
    let realm = Some(tenant.code);
    state.rate_limits.sign_in(realm, &account, state.rate_limits.client_ip(&req))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let row = staff::by_email(&txn, account.clone()).await?;
    txn.commit().await?;
    let row = row.filter(|row| row.active);
    let stored = row.as_ref().and_then(|row| row.password_hash.clone());
    let matched = state.passwords.matches(stored, body.password.clone()).await?;
    let Some(row) = row.filter(|_| matched) else {
        state.rate_limits.wrong_password(realm, &account);
        return Err(failed());
    };
    let token = tokens::issue(&vault, tenant.code, row.id)?;
    Ok(HttpResponse::Ok().json(json!({ "token": token, "role": row.role, "name": row.name })))
}
