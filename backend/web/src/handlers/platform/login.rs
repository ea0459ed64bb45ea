//! `POST /platform/api/login`: an NHA administrator signs in to the platform domain.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::platform::nha_users;
use serde::Deserialize;
use serde_json::json;

use crate::handlers::json_body::Json;
use crate::platform::tokens;
use crate::staff::invitations::normalise_email;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize)]
pub(crate) struct Login {
    email: String,
    password: String,
}

/// Checks the password and returns a platform token. Limited per client and per account before any password is
/// hashed; every failure looks alike and takes as long, whether or not the account exists.
pub(crate) async fn login(req: HttpRequest, state: web::Data<AppState>, body: Json<Login>) -> Result<HttpResponse, ApiError> {
    let failed = || ApiError::new(ErrorCode::StaffLoginFailed);
    let email = normalise_email(&body.email).ok_or_else(failed)?;
    let vault = state.vault.platform();
    let account = vault.hash(Field::Email, &email);
    state.rate_limits.sign_in(None, &account, state.rate_limits.client_ip(&req))?;
    let user = nha_users::by_email(&state.db, &vault, &email).await?.filter(|user| user.active);
    let stored = user.as_ref().map(|user| user.password_hash.clone());
    let matched = state.passwords.matches(stored, body.password.clone()).await?;
    let Some(user) = user.filter(|_| matched) else {
        state.rate_limits.wrong_password(None, &account);
        return Err(failed());
    };
    let token = tokens::issue(&state.vault, user.id)?;
    Ok(HttpResponse::Ok().json(json!({ "token": token, "role": crate::platform::access::NHA_ADMIN, "name": user.name })))
}
