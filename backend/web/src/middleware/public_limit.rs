//! The public rate limit (CoWIN's 100 calls per 5 minutes per client): every call of a tenant or of the platform
//! that carries no token that verifies counts against its client. A junk, expired or foreign token is no token.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, web};
use cowin_app::tokens;
use cowin_core::TenantCode;

use crate::extractors::{Client, Tenant, presented_token};
use crate::{ApiError, AppState};

/// Whether the request carries a token that verifies: a citizen's or staff member's of its tenant, or NHA's on a
/// platform path.
fn verified_caller(req: &ServiceRequest, state: &AppState, tenant: Option<TenantCode>) -> bool {
    let Some(token) = presented_token(req.request()) else {
        return false;
    };
    match tenant {
        Some(tenant) => tokens::verifies_in_tenant(&state.vault, tenant, &token),
        None => tokens::verify_nha(&state.vault, &token).is_some(),
    }
}

/// Applies the public limit to every call, of a tenant or of the platform, that carries no token that verifies.
pub(crate) async fn limit_public_calls(
    req: ServiceRequest,
    next: Next<impl MessageBody + 'static>,
) -> Result<ServiceResponse<BoxBody>, Error> {
    let tenant = req.extensions().get::<Tenant>().map(|tenant| tenant.code);
    let platform = req.path().starts_with("/platform/");
    let state = req.app_data::<web::Data<AppState>>().cloned();
    if let Some(state) = state
        && (tenant.is_some() || platform)
        && !verified_caller(&req, &state, tenant)
        && let Client(Some(ip)) = Client::of(req.request())
        && let Err(limited) = state.rate_limits.public_call(tenant, ip).await
    {
        return Ok(req.error_response(ApiError::from(limited)));
    }
    next.call(req).await.map(ServiceResponse::map_into_boxed_body)
}
