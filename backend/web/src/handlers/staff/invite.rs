//! `POST /api/staff/invitations`: a tenant admin invites someone; the invitation goes by e-mail.

use actix_web::{HttpResponse, web};
use cowin_app::access::InviteStaff;
use cowin_app::contact::EmailAddress;
use cowin_app::staff::invitations::NewStaffMember;
use cowin_core::{PersonName, StaffRole};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::extractors::{RequestLocale, Staff, Tenant};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// Who to invite.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct InvitationBody {
    /// E-mail address the invitation goes to.
    email: String,
    /// Display name.
    name: String,
    /// Role: `tenant_admin`, `district_admin`, `facility_manager`, `vaccinator`, `verifier` or `partner_app`.
    #[schema(value_type = String, example = "vaccinator")]
    role: StaffRole,
    /// Districts a district admin runs.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::list")]
    district_ids: Vec<i32>,
    /// Facilities a facility manager or vaccinator works at.
    #[serde(default, deserialize_with = "crate::handlers::params::whole::list")]
    facility_ids: Vec<i64>,
}

/// The staff member invited.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Invited {
    /// Their id (they can sign in once they accept).
    staff_id: Uuid,
}

/// Creates the staff member and mails the invitation; if the mail cannot be sent, nothing is created.
#[utoipa::path(post, path = "/api/staff/invitations", tag = "staff", request_body = InvitationBody, security(("bearer" = [])),
    responses((status = 201, body = Invited)))]
pub(crate) async fn invite(
    admin: Staff<InviteStaff>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: InvitationBody = parse(&body)?;
    let member = NewStaffMember {
        email: EmailAddress::parse(&body.email).ok_or_else(|| ApiError::invalid_parameter("email"))?,
        name: PersonName::parse(&body.name).ok_or_else(|| ApiError::invalid_parameter("name"))?,
        role: body.role,
        district_ids: body.district_ids,
        facility_ids: body.facility_ids,
    };
    let staff_id = state
        .staff_accounts()
        .invite(&tenant, &admin, &member, &[&locale.locale, &locale.default])
        .await?;
    Ok(HttpResponse::Created().json(Invited { staff_id }))
}
