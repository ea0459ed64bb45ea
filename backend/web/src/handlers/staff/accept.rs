//! `POST /api/staff/invitations/accept`: the invitee sets a password.

use actix_web::web;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{Client, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct Accept {
    /// The invitation's secret, from the e-mail.
    token: String,
    /// At least 12 characters.
    password: String,
}

/// The account set up.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Accepted {
    /// The staff member's id.
    staff_id: Uuid,
}

/// Consumes the invitation and stores the password as an argon2id hash. The client is limited and the invitation
/// checked before the password is hashed, so a guess costs no hashing.
#[utoipa::path(post, path = "/api/staff/invitations/accept", tag = "staff", request_body = Accept,
    responses((status = 200, body = Accepted)))]
pub(crate) async fn accept(
    tenant: Tenant,
    client: Client,
    state: web::Data<AppState>,
    body: Json<Accept>,
) -> Result<web::Json<Accepted>, ApiError> {
    let staff_id = state
        .staff_accounts()
        .accept_invitation(&tenant, &body.token, body.password.clone(), client.0)
        .await?;
    Ok(web::Json(Accepted { staff_id }))
}
