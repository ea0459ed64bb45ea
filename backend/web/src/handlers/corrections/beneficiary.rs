//! `POST /api/staff/corrections/beneficiary`: correct a name or year of birth.

use actix_web::{HttpResponse, web};
use chrono::Datelike;
use cowin_core::{BeneficiaryRef, ErrorCode};
use cowin_store::TenantTxn;
use cowin_store::vaccination::corrections::{CorrectionError, beneficiary};
use serde::Deserialize;

use super::reason;
use crate::certificates::reissue::reissue;
use crate::extractors::Tenant;
use crate::staff::access::{Correct, Staff};
use crate::{ApiError, AppState};

/// What to change, and why.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct BeneficiaryCorrection {
    beneficiary_reference_id: String,
    name: Option<String>,
    #[serde(default, deserialize_with = "crate::handlers::params::whole::optional")]
    birth_year: Option<i16>,
    reason: String,
}

/// Applies the correction and keeps the old values.
#[utoipa::path(post, path = "/api/staff/corrections/beneficiary", tag = "corrections", request_body = BeneficiaryCorrection, security(("bearer" = [])),
    responses((status = 204, description = "Corrected"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn correct(
    admin: Staff<Correct>,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: BeneficiaryCorrection = crate::handlers::json_body::parse(&body)?;
    let reference = BeneficiaryRef::parse(body.beneficiary_reference_id.trim())
        .ok_or_else(|| ApiError::invalid_parameter("beneficiary_reference_id"))?;
    let name = body.name.as_deref().map(str::trim);
    if name.is_some_and(|name| name.is_empty() || name.chars().count() > 100) {
        return Err(ApiError::invalid_parameter("name"));
    }
    let year = i16::try_from(tenant.config.today().year()).unwrap_or(i16::MAX);
    if body.birth_year.is_some_and(|birth| !(year - 120..=year).contains(&birth)) {
        return Err(ApiError::invalid_parameter("birth_year"));
    }
    if name.is_none() && body.birth_year.is_none() {
        return Err(ApiError::invalid_parameter("name"));
    }
    let reason = reason(&body.reason)?;
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    match beneficiary(&txn, &reference.to_string(), name, body.birth_year, reason, admin.id).await {
        Ok(()) => {}
        Err(CorrectionError::NotFound) => return Err(ApiError::new(ErrorCode::BeneficiaryNotFound)),
        Err(CorrectionError::Database(error)) => return Err(error.into()),
    }
    // The name and year of birth are on every certificate of the person: each is replaced.
    reissue(&state, &tenant, &txn, &reference.to_string(), None, reason).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
