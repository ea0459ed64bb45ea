//! `POST /v2/auth/public/confirmOTP`: `{"otp": sha256-hex, "txnId"}` gives `{"token", "isNewAccount"}`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::Field;
use cowin_store::TenantTxn;
use cowin_store::citizens::{accounts, otp};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::citizen::tokens;
use crate::extractors::Tenant;
use crate::handlers::params::yes_no;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct ConfirmOtp {
    otp: String,
    #[serde(rename = "txnId")]
    txn_id: Uuid,
}

/// Checks the OTP (at most `otp_max_attempts` tries, within its lifetime, once) and signs the citizen in.
#[utoipa::path(post, path = "/api/v2/auth/public/confirmOTP", tag = "auth", request_body = ConfirmOtp, 
    responses((status = 200, description = "`{\"token\",\"isNewAccount\":\"Y\"|\"N\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn confirm_otp(tenant: Tenant, state: web::Data<AppState>, body: web::Json<ConfirmOtp>) -> Result<HttpResponse, ApiError> {
    state.rate_limits.otp_confirmation(tenant.code, body.txn_id)?;
    let vault = state.vault.tenant(tenant.code);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let challenge = otp::lock(&txn, body.txn_id)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::OtpExpired))?;
    if challenge.confirmed || challenge.expired {
        return Err(ApiError::new(ErrorCode::OtpExpired));
    }
    if challenge.attempts >= state.citizen_rules.otp_max_attempts {
        return Err(ApiError::new(ErrorCode::OtpAttemptsExceeded));
    }
    let digest = body.otp.trim().to_ascii_lowercase();
    if !vault.verify_hash(Field::Otp, &digest, &challenge.otp_hash) {
        let attempts = otp::record_failure(&txn, body.txn_id).await?;
        // The failed attempt is committed, or a client could retry forever by never getting past here.
        txn.commit().await?;
        let code = if attempts >= state.citizen_rules.otp_max_attempts {
            ErrorCode::OtpAttemptsExceeded
        } else {
            ErrorCode::OtpInvalid
        };
        return Err(ApiError::new(code));
    }
    otp::mark_confirmed(&txn, body.txn_id).await?;
    let (account, created) = accounts::find_or_create(&txn, challenge.mobile_hash, challenge.mobile_encrypted).await?;
    accounts::remember_contact(&txn, account, challenge.email_encrypted, challenge.locale).await?;
    txn.commit().await?;
    let token = tokens::issue(&vault, tenant.code, account, state.citizen_rules.token_ttl_seconds)?;
    Ok(HttpResponse::Ok().json(json!({ "token": token, "isNewAccount": yes_no(created) })))
}
