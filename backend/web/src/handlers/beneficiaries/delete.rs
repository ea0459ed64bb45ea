//! `POST /v2/registration/beneficiary/delete`.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::extractors::{Citizen, Tenant};
use crate::handlers::json_body::Json;
use crate::handlers::params::reference;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Deletion {
    /// The member to delete.
    beneficiary_reference_id: String,
}

/// Deletes an unvaccinated member of the account (their appointments are cancelled).
#[utoipa::path(post, path = "/api/v2/registration/beneficiary/delete", tag = "beneficiaries", request_body = Deletion, security(("bearer" = [])),
    responses((status = 204, description = "Deleted (no body)")))]
pub(crate) async fn delete_beneficiary(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: Json<Deletion>,
) -> Result<HttpResponse, ApiError> {
    let member = reference(&body.beneficiary_reference_id, "beneficiary_reference_id")?;
    state.family().delete(&tenant, citizen.account, member).await?;
    Ok(HttpResponse::NoContent().finish())
}
