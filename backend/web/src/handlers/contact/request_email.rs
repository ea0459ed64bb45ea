//! `POST /api/citizen/email`: `{"email"}` sends an OTP to a new address for the signed-in account.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::{Field, sha256_hex};
use cowin_store::TenantTxn;
use cowin_store::citizens::accounts;
use cowin_store::citizens::otp::{self, NewOtp, OtpChannel, OtpPurpose};
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::citizen::otp_challenge::new_code;
use crate::citizen::otp_delivery::OtpDestination;
use crate::citizen::tokens::Citizen;
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::json_body::Json;
use crate::staff::invitations::normalise_email;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct EmailChange {
    /// The new address.
    email: String,
}

/// Sends an OTP to the new address; the address is bound only when that OTP is confirmed. Answers `{"txnId"}`.
#[utoipa::path(post, path = "/api/citizen/email", tag = "auth", request_body = EmailChange, security(("bearer" = [])),
    responses((status = 200, description = "`{\"txnId\"}`: confirm with the OTP sent to the new address"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn request_email_change(
    req: HttpRequest,
    citizen: Citizen,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: Json<EmailChange>,
) -> Result<HttpResponse, ApiError> {
    let address = normalise_email(&body.email).ok_or_else(|| ApiError::invalid_parameter("email"))?;
    let vault = state.vault.tenant(tenant.code);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let mobile = accounts::mobile(&txn, citizen.account)
        .await?
        .ok_or_else(|| ApiError::new(ErrorCode::Unauthenticated))?;
    state
        .rate_limits
        .otp_generation(tenant.code, mobile.mobile_hash.clone(), state.rate_limits.client_ip(&req))?;
    let code = new_code();
    let transaction = Uuid::new_v4();
    otp::create(
        &txn,
        NewOtp {
            id: transaction,
            purpose: OtpPurpose::EmailChange,
            mobile_hash: mobile.mobile_hash,
            mobile_sealed: mobile.mobile_encrypted,
            otp_hash: vault.hash(Field::Otp, &sha256_hex(&code)),
            ttl_seconds: state.citizen_rules.otp_ttl_seconds,
            account: Some(citizen.account),
            channel: OtpChannel::Email,
            email_sealed: Some(vault.seal(Field::Email, &address)),
            locale: Some(locale.locale.as_str().to_owned()),
        },
    )
    .await?;
    txn.commit().await?;
    let chain = [&locale.locale, &locale.default];
    let destination = OtpDestination::Email(address);
    let ttl_minutes = state.citizen_rules.otp_ttl_seconds / 60;
    if let Err(error) = state
        .otp_delivery
        .send_otp(
            &state.localizer,
            &chain,
            &tenant.config.otp.sender,
            &destination,
            &code,
            ttl_minutes,
        )
        .await
    {
        tracing::error!(error = %error, "OTP delivery failed");
        return Err(ApiError::new(ErrorCode::OtpDeliveryFailed));
    }
    Ok(HttpResponse::Ok().json(json!({ "txnId": transaction })))
}
