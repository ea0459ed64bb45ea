//! `POST /api/staff/desk/walk-in`: register someone who arrives without an account.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::TenantTxn;
use cowin_store::citizens::accounts::find_or_create;
use serde::Deserialize;
use serde_json::json;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::beneficiaries::registration::{Registration, store};
use crate::staff::access::{RegisterWalkIn, Staff};
use crate::{ApiError, AppState};

/// The facility, the person's mobile, and the registration fields of `beneficiary/new`.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct WalkIn {
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    mobile: String,
    #[serde(flatten)]
    registration: Registration,
}

/// Registers the person on the account of their mobile number (created if new), as the citizen would.
#[utoipa::path(post, path = "/api/staff/desk/walk-in", tag = "desk", request_body = WalkIn, security(("bearer" = [])),
    responses((status = 201, description = "`{\"beneficiary_reference_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn walk_in(
    staff: Staff<RegisterWalkIn>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: WalkIn = crate::handlers::json_body::parse(&body)?;
    let mobile = body.mobile.trim();
    if !tenant.config.mobile_pattern.matches(mobile) {
        return Err(ApiError::new(ErrorCode::InvalidMobile));
    }
    let valid = body.registration.validate(&tenant, &locale)?;
    let vault = state.vault.tenant(tenant.code);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    staff.require_facility(&txn, body.facility_id).await?;
    let (account, _) = find_or_create(&txn, vault.hash(Field::Mobile, mobile), vault.seal(Field::Mobile, mobile)).await?;
    txn.commit().await?;
    let reference = store(&state.db, &tenant, &vault, account, &valid).await?;
    Ok(HttpResponse::Created().json(json!({ "beneficiary_reference_id": reference.to_string() })))
}
