//! `POST /platform/api/login`: an NHA administrator signs in to the platform domain.

use actix_web::web;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::Client;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct NhaLogin {
    /// The administrator's address.
    pub(super) email: String,
    /// Their password.
    pub(super) password: String,
}

/// A signed-in platform session.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct NhaSession {
    /// Bearer token for the platform API.
    token: String,
    /// `nha_admin`.
    role: String,
    /// Display name.
    name: String,
}

/// Checks the password and returns a platform token. Limited per client and per account before any password is
/// hashed; every failure looks alike and takes as long, whether or not the account exists.
#[utoipa::path(post, path = "/api/login", tag = "platform", request_body = NhaLogin,
    responses((status = 200, body = NhaSession)))]
pub(crate) async fn login(client: Client, state: web::Data<AppState>, body: Json<NhaLogin>) -> Result<web::Json<NhaSession>, ApiError> {
    let session = state.nha_accounts().sign_in(&body.email, body.password.clone(), client.0).await?;
    Ok(web::Json(NhaSession {
        token: session.token,
        role: session.role.to_owned(),
        name: session.name,
    }))
}
