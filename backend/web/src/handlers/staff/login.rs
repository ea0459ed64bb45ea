//! `POST /api/staff/login`.

use actix_web::web;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::{Client, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct Login {
    /// The address the invitation went to.
    pub(super) email: String,
    /// The password set on accepting it.
    pub(super) password: String,
}

/// A signed-in session.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct StaffSession {
    /// Bearer token for the staff API.
    token: String,
    /// The role it acts in.
    role: String,
    /// Display name.
    name: String,
}

/// Checks the password and returns a staff token. Limited per client and per account before any password is
/// hashed; every failure looks alike and takes as long, whether or not the account exists.
#[utoipa::path(post, path = "/api/staff/login", tag = "staff", request_body = Login,
    responses((status = 200, body = StaffSession)))]
pub(crate) async fn login(
    tenant: Tenant,
    client: Client,
    state: web::Data<AppState>,
    body: Json<Login>,
) -> Result<web::Json<StaffSession>, ApiError> {
    let session = state
        .staff_accounts()
        .sign_in(&tenant, &body.email, body.password.clone(), client.0)
        .await?;
    Ok(web::Json(StaffSession {
        token: session.token,
        role: session.role,
        name: session.name,
    }))
}
