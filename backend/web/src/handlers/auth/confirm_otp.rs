//! `POST /v2/auth/public/confirmOTP`: `{"otp": sha256-hex, "txnId"}` gives `{"token", "isNewAccount"}`.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::citizens::accounts;
use cowin_store::citizens::otp::OtpPurpose;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::citizen::otp_challenge::{Confirmation, confirm};
use crate::citizen::tokens;
use crate::extractors::Tenant;
use crate::handlers::json_body::Json;
use crate::handlers::params::yes_no;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct ConfirmOtp {
    otp: String,
    #[serde(rename = "txnId")]
    txn_id: Uuid,
}

/// Checks the OTP (at most `otp_max_attempts` tries, within its lifetime, once) and signs the citizen in to the
/// account whose bound destination received it, or to a new account bound to the address it verified.
#[utoipa::path(post, path = "/api/v2/auth/public/confirmOTP", tag = "auth", request_body = ConfirmOtp,
    responses((status = 200, description = "`{\"token\",\"isNewAccount\":\"Y\"|\"N\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn confirm_otp(tenant: Tenant, state: web::Data<AppState>, body: Json<ConfirmOtp>) -> Result<HttpResponse, ApiError> {
    state.rate_limits.otp_confirmation(tenant.code, body.txn_id)?;
    let vault = state.vault.tenant(tenant.code);
    let confirmation = Confirmation {
        transaction: body.txn_id,
        otp_digest: &body.otp,
        purpose: OtpPurpose::SignIn,
        max_attempts: state.citizen_rules.otp_max_attempts,
    };
    let (txn, challenge) = confirm(&state.db, tenant.code, &vault, &confirmation).await?;
    let (account, created) = match challenge.account_id {
        // The OTP went to a destination bound to this account.
        Some(account) => (account, false),
        None => {
            let (account, created) = accounts::find_or_create(&txn, challenge.mobile_hash, challenge.mobile_encrypted).await?;
            if !created {
                // Another sign-in created the account meanwhile; the address this OTP verified is not bound to it.
                return Err(ApiError::new(ErrorCode::OtpExpired));
            }
            if let Some(email) = challenge.email_encrypted {
                accounts::bind_email(&txn, account, email).await?;
            }
            (account, true)
        }
    };
    accounts::remember_locale(&txn, account, challenge.locale).await?;
    txn.commit().await?;
    let token = tokens::issue(&vault, tenant.code, account, state.citizen_rules.token_ttl_seconds)?;
    Ok(HttpResponse::Ok().json(json!({ "token": token, "isNewAccount": yes_no(created) })))
}
