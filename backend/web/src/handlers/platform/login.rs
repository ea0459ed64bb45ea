//! `POST /platform/api/login`: an NHA administrator signs in to the platform domain.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::platform::nha_users;
use serde::Deserialize;
use serde_json::json;

use crate::platform::tokens;
use crate::staff::invitations::normalise_email;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize)]
pub(crate) struct Login {
    email: String,
    password: String,
}

/// Checks the password and returns a platform token; every failure looks alike.
pub(crate) async fn login(state: web::Data<AppState>, body: web::Json<Login>) -> Result<HttpResponse, ApiError> {
    let failed = || ApiError::new(ErrorCode::StaffLoginFailed);
    let email = normalise_email(&body.email).ok_or_else(failed)?;
    let user = nha_users::by_email(&state.db, &state.vault.platform(), &email)
        .await?
        .filter(|user| user.active)
        .ok_or_else(failed)?;
    if !crate::passwords::matches(user.password_hash.clone(), body.password.clone()).await? {
        return Err(failed());
    }
    let token = tokens::issue(&state.vault, user.id)?;
    Ok(HttpResponse::Ok().json(json!({ "token": token, "role": crate::platform::access::NHA_ADMIN, "name": user.name })))
}
