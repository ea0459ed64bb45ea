//! `POST /api/citizen/email`: `{"email"}` sends an OTP to a new address for the signed-in account.

use actix_web::{HttpResponse, web};
use serde::Deserialize;

use crate::extractors::{Citizen, Client, RequestLocale, Tenant};
use crate::handlers::auth::generate_otp::OtpTransaction;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The request body.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct EmailChange {
    /// The new address.
    email: String,
}

/// Sends an OTP to the new address; the address is bound only when that OTP is confirmed.
#[utoipa::path(post, path = "/api/citizen/email", tag = "auth", request_body = EmailChange, security(("bearer" = [])),
    responses((status = 200, body = OtpTransaction)))]
pub(crate) async fn request_email_change(
    citizen: Citizen,
    tenant: Tenant,
    locale: RequestLocale,
    client: Client,
    state: web::Data<AppState>,
    body: Json<EmailChange>,
) -> Result<HttpResponse, ApiError> {
    let txn_id = state
        .sign_in()
        .request_email_change(&tenant, citizen.account, &body.email, &locale.locale, client.0)
        .await?;
    Ok(HttpResponse::Ok().json(OtpTransaction::new(txn_id)))
}
