//! `POST /v2/registration/beneficiary/new`.

use actix_web::{HttpResponse, web};
use serde_json::json;

use super::registration::{Registration, store};
use crate::citizen::tokens::Citizen;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// Registers a member of the account; answers `{"beneficiary_reference_id"}`.
#[utoipa::path(post, path = "/api/v2/registration/beneficiary/new", tag = "beneficiaries", request_body = Registration, security(("bearer" = [])),
    responses((status = 200, description = "`{\"beneficiary_reference_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn register_beneficiary(
    tenant: Tenant,
    locale: RequestLocale,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: crate::handlers::json_body::Json<Registration>,
) -> Result<HttpResponse, ApiError> {
    let valid = body.validate(&tenant, &locale)?;
    let reference = store(&state.db, &tenant, &state.vault.tenant(tenant.code), citizen.account, &valid).await?;
    Ok(HttpResponse::Ok().json(json!({ "beneficiary_reference_id": reference.to_string() })))
}
