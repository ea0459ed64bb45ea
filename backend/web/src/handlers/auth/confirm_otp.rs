//! `POST /v2/auth/public/confirmOTP`: `{"otp": sha256-hex, "txnId"}` gives `{"token", "isNewAccount"}`.

use actix_web::{HttpResponse, web};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

use crate::extractors::Tenant;
use crate::handlers::json_body::Json;
use crate::handlers::params::YesNo;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct ConfirmOtp {
    /// The SHA-256 of the OTP, lower-case hex.
    otp: String,
    /// The transaction of generateOTP.
    #[serde(rename = "txnId")]
    txn_id: Uuid,
}

impl ConfirmOtp {
    /// The transaction and the OTP's digest.
    pub(crate) fn into_parts(self) -> (Uuid, String) {
        (self.txn_id, self.otp)
    }
}

/// A citizen signed in.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub(crate) struct CitizenToken {
    /// Bearer token, valid 15 minutes.
    token: String,
    /// Whether the account was created now.
    #[serde(rename = "isNewAccount")]
    is_new_account: YesNo,
}

/// Checks the OTP (five tries, within its lifetime, once) and signs the citizen in.
#[utoipa::path(post, path = "/api/v2/auth/public/confirmOTP", tag = "auth", request_body = ConfirmOtp,
    responses((status = 200, body = CitizenToken)))]
pub(crate) async fn confirm_otp(tenant: Tenant, state: web::Data<AppState>, body: Json<ConfirmOtp>) -> Result<HttpResponse, ApiError> {
    let signed_in = state.sign_in().confirm_otp(&tenant, body.txn_id, &body.otp).await?;
    Ok(HttpResponse::Ok().json(CitizenToken {
        token: signed_in.token,
        is_new_account: signed_in.new_account.into(),
    }))
}
