//! `POST /api/staff/corrections/dose`: correct a dose recorded wrongly (vaccine, batch, date).

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_core::vaccine::VaccineCode;
use cowin_store::TenantTxn;
use cowin_store::vaccination::corrections::{CorrectionError, dose};
use serde::Deserialize;
use uuid::Uuid;

use super::reason;
use crate::certificates::reissue::reissue;
use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::staff::access::{Correct, Staff};
use crate::{ApiError, AppState};

/// What to change, and why.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct DoseCorrection {
    dose_id: Uuid,
    vaccine: Option<String>,
    batch: Option<String>,
    #[schema(value_type = Option<String>)]
    given_on: Option<CowinDate>,
    reason: String,
}

/// Applies the correction and keeps the old values. (Certificate reissue follows with the certificates.)
#[utoipa::path(post, path = "/api/staff/corrections/dose", tag = "corrections", request_body = DoseCorrection, security(("bearer" = [])),
    responses((status = 204, description = "Corrected"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn correct(
    admin: Staff<Correct>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: DoseCorrection = crate::handlers::json_body::parse(&body)?;
    let vaccine = match body.vaccine.as_deref().map(str::trim) {
        Some(code) => {
            let code = VaccineCode::parse(code).map_err(|_| ApiError::invalid_parameter("vaccine"))?;
            let date = body.given_on.map_or_else(|| tenant.config.today(), |date| date.0);
            if tenant.catalogue.rules(&code, date).is_none() {
                return Err(ApiError::invalid_parameter("vaccine"));
            }
            Some(code)
        }
        None => None,
    };
    let batch = body.batch.as_deref().map(str::trim);
    if batch.is_some_and(|batch| batch.is_empty() || batch.len() > 50) {
        return Err(ApiError::invalid_parameter("batch"));
    }
    if body.given_on.is_some_and(|date| date.0 > tenant.config.today()) {
        return Err(ApiError::invalid_parameter("given_on"));
    }
    if vaccine.is_none() && batch.is_none() && body.given_on.is_none() {
        return Err(ApiError::invalid_parameter("vaccine"));
    }
    let reason = reason(&body.reason)?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    match dose(
        &txn,
        body.dose_id,
        vaccine.as_ref().map(VaccineCode::as_str),
        batch,
        body.given_on.map(|date| date.0),
        reason,
        admin.id,
    )
    .await
    {
        Ok(()) => {}
        Err(CorrectionError::NotFound) => return Err(ApiError::new(ErrorCode::NotFound)),
        Err(CorrectionError::Database(error)) => return Err(error.into()),
    }
    // The certificate of the corrected dose is replaced.
    if let Some(beneficiary) = cowin_store::vaccination::doses::beneficiary_of(&txn, body.dose_id).await? {
        reissue(&state, &tenant, &txn, &beneficiary, Some(body.dose_id), reason).await?;
    }
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
