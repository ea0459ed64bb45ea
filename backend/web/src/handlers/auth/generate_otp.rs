//! `POST /v2/auth/public/generateOTP`: `{"mobile"}` (plus `"email"` where the tenant sends OTPs by e-mail).

use actix_web::{HttpResponse, web};
use cowin_app::sign_in::OtpRequest;
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::extractors::{Client, RequestLocale, Tenant};
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct GenerateOtp {
    /// The mobile number, without the country's calling code.
    mobile: String,
    /// Where the tenant sends OTPs by e-mail: the address to verify if the mobile has no account yet (an existing
    /// account's OTP goes to the address bound to it).
    email: Option<String>,
}

/// The OTP transaction.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct OtpTransaction {
    /// Confirm the OTP with it.
    #[serde(rename = "txnId")]
    txn_id: Uuid,
}

impl OtpTransaction {
    /// The answer naming `txn_id`.
    pub(crate) fn new(txn_id: Uuid) -> Self {
        Self { txn_id }
    }
}

/// Sends an OTP to a destination bound to the mobile's account (its e-mail where the tenant sends OTPs by e-mail,
/// else the mobile by SMS); for a mobile without an account, to the `email` given.
#[utoipa::path(post, path = "/api/v2/auth/public/generateOTP", tag = "auth", request_body = GenerateOtp,
    responses((status = 200, body = OtpTransaction)))]
pub(crate) async fn generate_otp(
    tenant: Tenant,
    locale: RequestLocale,
    client: Client,
    state: web::Data<AppState>,
    body: Json<GenerateOtp>,
) -> Result<HttpResponse, ApiError> {
    let request = OtpRequest {
        mobile: &body.mobile,
        email: body.email.as_deref(),
        locale: &locale.locale,
        client: client.0,
    };
    let txn_id = state.sign_in().request_otp(&tenant, request).await?;
    Ok(HttpResponse::Ok().json(OtpTransaction::new(txn_id)))
}
