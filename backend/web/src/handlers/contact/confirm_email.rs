//! `POST /api/citizen/email/confirm`: `{"otp": sha256-hex, "txnId"}` binds the verified address to the account.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::citizens::accounts;
use cowin_store::citizens::otp::{self, OtpPurpose};
use serde::Deserialize;
use uuid::Uuid;

use crate::citizen::otp_challenge::{Confirmation, confirm};
use crate::citizen::tokens::Citizen;
use crate::extractors::Tenant;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct ConfirmEmail {
    otp: String,
    #[serde(rename = "txnId")]
    txn_id: Uuid,
}

/// Binds the new address once its OTP is confirmed by the same account; OTPs still open for the account are
/// closed, since they went to the old address. 204.
#[utoipa::path(post, path = "/api/citizen/email/confirm", tag = "auth", request_body = ConfirmEmail, security(("bearer" = [])),
    responses((status = 204, description = "The address is bound to the account"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn confirm_email_change(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: Json<ConfirmEmail>,
) -> Result<HttpResponse, ApiError> {
    state.rate_limits.otp_confirmation(tenant.code, body.txn_id)?;
    let vault = state.vault.tenant(tenant.code);
    let confirmation = Confirmation {
        transaction: body.txn_id,
        otp_digest: &body.otp,
        purpose: OtpPurpose::EmailChange,
        max_attempts: state.citizen_rules.otp_max_attempts,
    };
    let (txn, challenge) = confirm(&state.db, tenant.code, &vault, &confirmation).await?;
    let (Some(account), Some(email)) = (challenge.account_id, challenge.email_encrypted) else {
        return Err(ApiError::new(ErrorCode::OtpExpired));
    };
    if account != citizen.account {
        // Another account's change: as if it did not exist.
        return Err(ApiError::new(ErrorCode::OtpExpired));
    }
    otp::close_open_for_account(&txn, account).await?;
    accounts::bind_email(&txn, account, email).await?;
    txn.commit().await?;
    Ok(HttpResponse::NoContent().finish())
}
