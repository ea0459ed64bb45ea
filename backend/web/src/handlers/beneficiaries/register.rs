//! `POST /v2/registration/beneficiary/new`.

use actix_web::{HttpResponse, web};

use super::body::{Registered, RegistrationBody};
use crate::extractors::{Citizen, RequestLocale, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// Registers a member of the account.
#[utoipa::path(post, path = "/api/v2/registration/beneficiary/new", tag = "beneficiaries", request_body = RegistrationBody, security(("bearer" = [])),
    responses((status = 200, body = Registered)))]
pub(crate) async fn register_beneficiary(
    tenant: Tenant,
    locale: RequestLocale,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: Json<RegistrationBody>,
) -> Result<HttpResponse, ApiError> {
    let reference = state
        .family()
        .register(&tenant, citizen.account, &body.registration(), &locale.locale)
        .await?;
    Ok(HttpResponse::Ok().json(Registered::new(reference)))
}
