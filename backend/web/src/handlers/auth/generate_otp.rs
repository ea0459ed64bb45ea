//! `POST /v2/auth/public/generateOTP`: `{"mobile"}` (plus `"email"` where the tenant sends OTPs by e-mail).

use actix_web::{HttpRequest, HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_privacy::{Field, sha256_hex};
use cowin_store::TenantTxn;
use cowin_store::citizens::otp;
use cowin_tenant_config::OtpChannel;
use fluent_bundle::FluentArgs;
use rand::Rng;
use serde::Deserialize;
use serde_json::json;
use uuid::Uuid;

use crate::citizen::otp_delivery::Sms;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct GenerateOtp {
    mobile: String,
    email: Option<String>,
}

/// Records a hashed OTP and sends it; answers `{"txnId"}`.
#[utoipa::path(post, path = "/api/v2/auth/public/generateOTP", tag = "auth", request_body = GenerateOtp, 
    responses((status = 200, description = "`{\"txnId\"}`; the OTP goes by SMS, or by e-mail where the tenant sends OTPs by e-mail (then `email` is required)"), (status = "4XX", description = "`{\"errorCode\", \"error\"}` in the caller's language", body = crate::error::ErrorBody)))]
pub(crate) async fn generate_otp(
    req: HttpRequest,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Json<GenerateOtp>,
) -> Result<HttpResponse, ApiError> {
    let mobile = body.mobile.trim();
    if !tenant.config.mobile_pattern.matches(mobile) {
        return Err(ApiError::new(ErrorCode::InvalidMobile));
    }
    let email = match tenant.config.otp.channel {
        OtpChannel::Email => {
            let email = body
                .email
                .as_deref()
                .map(str::trim)
                .filter(|email| email.parse::<lettre::Address>().is_ok());
            Some(email.ok_or_else(|| ApiError::invalid_parameter("email"))?.to_owned())
        }
        OtpChannel::Sms => None,
    };

    let vault = state.vault.tenant(tenant.code);
    state
        .rate_limits
        .otp_generation(tenant.code, vault.hash(Field::Mobile, mobile), state.rate_limits.client_ip(&req))?;
    let code = format!("{:06}", rand::thread_rng().gen_range(0..1_000_000));
    let transaction = Uuid::new_v4();
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    otp::create(
        &txn,
        transaction,
        vault.hash(Field::Mobile, mobile),
        vault.seal(Field::Mobile, mobile),
        vault.hash(Field::Otp, &sha256_hex(&code)),
        state.citizen_rules.otp_ttl_seconds,
        otp::OtpContact {
            email_sealed: email.as_deref().map(|address| vault.seal(Field::Email, address)),
            locale: Some(locale.locale.as_str().to_owned()),
        },
    )
    .await?;
    txn.commit().await?;

    let mut args = FluentArgs::new();
    args.set("otp", code.clone());
    args.set("minutes", state.citizen_rules.otp_ttl_seconds / 60);
    let chain = [&locale.locale, &locale.default];
    let text = state.localizer.format(&chain, "otp-message", Some(&args));
    let sender = &tenant.config.otp.sender;
    let sent = match email {
        Some(address) => {
            let subject = state.localizer.format(&chain, "otp-email-subject", None);
            state.otp_delivery.mailer.send(sender, &address, &subject, &text).await
        }
        None => {
            let to = format!("{}{mobile}", tenant.config.calling_code);
            state
                .otp_delivery
                .sms
                .send(&Sms {
                    to: &to,
                    sender,
                    text: &text,
                })
                .await
        }
    };
    if let Err(error) = sent {
        tracing::error!(error = %error, "OTP delivery failed");
        return Err(ApiError::new(ErrorCode::OtpDeliveryFailed));
    }
    Ok(HttpResponse::Ok().json(json!({ "txnId": transaction })))
}
