//! `POST /v2/registration/beneficiary/delete`.

use actix_web::{HttpResponse, web};
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::citizens::beneficiaries::{DeleteError, delete};
use serde::Deserialize;

use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct Deletion {
    beneficiary_reference_id: String,
}

/// Deletes an unvaccinated member of the account (their appointments are cancelled); 204.
#[utoipa::path(post, path = "/api/v2/registration/beneficiary/delete", tag = "beneficiaries", request_body = Deletion, security(("bearer" = [])),
    responses((status = 204, description = "Deleted (no body)"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn delete_beneficiary(
    tenant: Tenant,
    citizen: Citizen,
    state: web::Data<AppState>,
    body: crate::handlers::json_body::Json<Deletion>,
) -> Result<HttpResponse, ApiError> {
    let reference = BeneficiaryRef::parse(body.beneficiary_reference_id.trim())
        .ok_or_else(|| ApiError::invalid_parameter("beneficiary_reference_id"))?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    match delete(&txn, citizen.account, reference).await {
        Ok(()) => {
            txn.commit().await?;
            Ok(HttpResponse::NoContent().finish())
        }
        Err(DeleteError::NotFound) => Err(ApiError::new(ErrorCode::BeneficiaryNotFound)),
        Err(DeleteError::Vaccinated) => Err(ApiError::new(ErrorCode::BeneficiaryVaccinated)),
        Err(DeleteError::Database(error)) => Err(error.into()),
    }
}
