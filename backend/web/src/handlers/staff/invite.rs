//! `POST /api/staff/invitations`: a tenant admin invites someone; the invitation goes by e-mail.

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::TenantTxn;
use fluent_bundle::FluentArgs;
use serde_json::json;

use crate::extractors::{RequestLocale, Tenant};
use crate::staff::access::{InviteStaff, Staff};
use crate::staff::invitations::{INVITATION_DAYS, InvitationRequest, create};
use crate::{ApiError, AppState};

/// Creates the staff member and mails the invitation; if the mail cannot be sent, nothing is created.
#[utoipa::path(post, path = "/api/staff/invitations", tag = "staff", request_body = InvitationRequest, security(("bearer" = [])),
    responses((status = 201, description = "`{\"staff_id\"}`"), (status = "4XX", description = "`{\"errorCode\", \"error\"}`", body = crate::error::ErrorBody)))]
pub(crate) async fn invite(
    admin: Staff<InviteStaff>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: InvitationRequest = crate::handlers::json_body::parse(&body)?;
    let vault = state.vault.tenant(tenant.code);
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let invitation = create(&txn, &vault, &tenant, &body, &admin.id.to_string()).await?;
    let mut args = FluentArgs::new();
    args.set("country", tenant.name.clone());
    args.set("name", body.name.trim().to_owned());
    args.set("role", body.role.as_str());
    args.set("days", INVITATION_DAYS);
    args.set("token", invitation.secret.clone());
    let chain = [&locale.locale, &locale.default];
    let subject = state.localizer.format(&chain, "staff-invitation-subject", Some(&args));
    let text = state.localizer.format(&chain, "staff-invitation-body", Some(&args));
    if let Err(error) = state
        .otp_delivery
        .mailer
        .send(state.otp_delivery.mailer.platform_from(), &invitation.email, &subject, &text)
        .await
    {
        tracing::error!(error = %error, "invitation e-mail failed");
        return Err(ApiError::new(ErrorCode::MailDeliveryFailed));
    }
    txn.commit().await?;
    Ok(HttpResponse::Created().json(json!({ "staff_id": invitation.staff_id })))
}
