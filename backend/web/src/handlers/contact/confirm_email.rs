//! `POST /api/citizen/email/confirm`: `{"otp": sha256-hex, "txnId"}` binds the verified address to the account.

use actix_web::{HttpResponse, web};

use crate::extractors::{Citizen, Tenant};
use crate::handlers::auth::confirm_otp::ConfirmOtp;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// Binds the new address once its OTP is confirmed by the same account; OTPs still open for the account are closed.
#[utoipa::path(post, path = "/api/citizen/email/confirm", tag = "auth", request_body = ConfirmOtp, security(("bearer" = [])),
    responses((status = 204, description = "The address is bound to the account")))]
pub(crate) async fn confirm_email_change(
    citizen: Citizen,
    tenant: Tenant,
    state: web::Data<AppState>,
    body: Json<ConfirmOtp>,
) -> Result<HttpResponse, ApiError> {
    let (transaction, otp) = body.0.into_parts();
    state
        .sign_in()
        .confirm_email_change(&tenant, citizen.account, transaction, &otp)
        .await?;
    Ok(HttpResponse::NoContent().finish())
}
