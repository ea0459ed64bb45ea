//! `POST /v2/auth/public/generateOTP`: `{"mobile"}` (plus `"email"` where the tenant sends OTPs by e-mail).
//!
//! An OTP goes only to a destination already bound to the mobile's account: its verified e-mail address where
//! the tenant sends OTPs by e-mail (else its mobile, by SMS). Only for a mobile without an account does it go to
//! the address in the request, which confirming the OTP then binds to the new account. The answer is the same
//! in every case, so it tells nobody whether a mobile has an account.

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::{Field, sha256_hex};
use cowin_store::TenantTxn;
use cowin_store::citizens::accounts;
use cowin_store::citizens::otp::{self, NewOtp, OtpChannel, OtpPurpose};
use cowin_tenant_config::OtpChannel as TenantChannel;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::citizen::otp_challenge::new_code;
use crate::citizen::otp_delivery::OtpDestination;
use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::json_body::Json;
use crate::staff::invitations::normalise_email;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct GenerateOtp {
    mobile: String,
    /// Where the tenant sends OTPs by e-mail: the address to verify if the mobile has no account yet (an existing
    /// account's OTP goes to the address bound to it).
    email: Option<String>,
}

/// Records a hashed OTP and sends it; answers `{"txnId"}`.
#[utoipa::path(post, path = "/api/v2/auth/public/generateOTP", tag = "auth", request_body = GenerateOtp,
    responses((status = 200, description = "`{\"txnId\"}`; the OTP goes to a destination bound to the mobile's account (its e-mail where the tenant sends OTPs by e-mail, else the mobile by SMS); for a mobile without an account, to the `email` given (required where the tenant sends OTPs by e-mail)"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn generate_otp(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: Json<GenerateOtp>,
) -> Result<HttpResponse, ApiError> {
    let mobile = body.mobile.trim();
    if !tenant.config.mobile_pattern.matches(mobile) {
        return Err(ApiError::new(ErrorCode::InvalidMobile));
    }
    // Required whether or not the mobile has an account, so the answer tells nothing about accounts.
    let offered_email = match tenant.config.otp.channel {
        TenantChannel::Email => Some(
            body.email
                .as_deref()
                .and_then(normalise_email)
                .ok_or_else(|| ApiError::invalid_parameter("email"))?,
        ),
        TenantChannel::Sms => None,
    };
    let vault = state.vault.tenant(tenant.code);
    let mobile_hash = vault.hash(Field::Mobile, mobile);
    state
        .rate_limits
        .otp_generation(tenant.code, mobile_hash.clone(), state.rate_limits.client_ip(&req))?;

    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let account = accounts::by_mobile(&txn, mobile_hash.clone()).await?;
    let sms = || OtpDestination::Sms(format!("{}{mobile}", tenant.config.calling_code));
    let (destination, account_id, email_sealed) = match (account, offered_email) {
        // An account with a verified address: there, and nowhere else.
        (Some(account), Some(_)) if account.email_encrypted.is_some() => {
            let sealed = account.email_encrypted.unwrap_or_default();
            let address = vault.open(Field::Email, &sealed).map_err(|error| ApiError::internal(&error))?;
            (OtpDestination::Email(address), Some(account.id), Some(sealed))
        }
        // An account without one (registered at a desk, or before the country sent OTPs by e-mail): its mobile.
        (Some(account), _) => (sms(), Some(account.id), None),
        // No account yet: the address the new account is verifying.
        (None, Some(address)) => {
            let sealed = vault.seal(Field::Email, &address);
            (OtpDestination::Email(address), None, Some(sealed))
        }
        (None, None) => (sms(), None, None),
    };
    let code = new_code();
    let transaction = Uuid::new_v4();
    otp::create(
        &txn,
        NewOtp {
            id: transaction,
            purpose: OtpPurpose::SignIn,
            mobile_hash,
            mobile_sealed: vault.seal(Field::Mobile, mobile),
            otp_hash: vault.hash(Field::Otp, &sha256_hex(&code)),
            ttl_seconds: state.citizen_rules.otp_ttl_seconds,
            account: account_id,
            channel: match destination {
                OtpDestination::Sms(_) => OtpChannel::Sms,
                OtpDestination::Email(_) => OtpChannel::Email,
            },
            email_sealed,
            locale: Some(locale.locale.as_str().to_owned()),
        },
    )
    .await?;
    txn.commit().await?;

    let chain = [&locale.locale, &locale.default];
    let ttl_minutes = state.citizen_rules.otp_ttl_seconds / 60;
    let sent = state
        .otp_delivery
        .send_otp(
            &state.localizer,
            &chain,
            &tenant.config.otp.sender,
            &destination,
            &code,
            ttl_minutes,
        )
        .await;
    if let Err(error) = sent {
        tracing::error!(error = %error, "OTP delivery failed");
        return Err(ApiError::new(ErrorCode::OtpDeliveryFailed));
    }
    Ok(HttpResponse::Ok().json(json!({ "txnId": transaction })))
}
