//! `POST /api/staff/desk/walk-in`: register someone who arrives without an account.

use actix_web::{HttpResponse, web};
use cowin_app::access::RegisterWalkIn;
use serde::Deserialize;
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Staff, Tenant};
use crate::handlers::beneficiaries::body::{Registered, RegistrationBody};
use crate::handlers::json_body::parse;
use crate::{ApiError, AppState};

/// The facility, the person's mobile, and the registration fields of `beneficiary/new`.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct WalkIn {
    /// The facility of the desk.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    /// The person's mobile (their account's; created if new).
    mobile: String,
    #[serde(flatten)]
    registration: RegistrationBody,
}

/// Registers the person on the account of their mobile number (created if new), as the citizen would.
#[utoipa::path(post, path = "/api/staff/desk/walk-in", tag = "desk", request_body = WalkIn, security(("bearer" = [])),
    responses((status = 201, body = Registered)))]
pub(crate) async fn walk_in(
    staff: Staff<RegisterWalkIn>,
    tenant: Tenant,
    locale: RequestLocale,
    state: web::Data<AppState>,
    body: web::Bytes,
) -> Result<HttpResponse, ApiError> {
    let body: WalkIn = parse(&body)?;
    let reference = state
        .desk()
        .register_walk_in(
            &tenant,
            &staff,
            body.facility_id,
            &body.mobile,
            &body.registration.registration(),
            &locale.locale,
        )
        .await?;
    Ok(HttpResponse::Created().json(Registered::new(reference)))
}
