//! Routes a request to one tenant: by the `/t/{code}` prefix, or else by the `Host` header; then the licence
//! guard checks that the tenant's licence is in force and names the requested hostname.

use actix_web::body::{BoxBody, MessageBody};
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::HOST;
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, web};
use cowin_core::{ErrorCode, Hostname, TenantCode, TenantStatus};
use tracing_actix_web::RootSpan;

use crate::extractors::Tenant;
use crate::{ApiError, AppState};
use cowin_app::licences::request_check::{self, is_verification};
use cowin_app::tenants::TenantRegistry;

/// Paths served by the platform itself, whatever the host.
const PLATFORM_PATHS: [&str; 4] = ["/healthz", "/readyz", "/metrics", "/platform/"];

/// How a request names its tenant. A name that does not parse finds no tenant.
enum Lookup {
    Code(Option<TenantCode>),
    Host(Option<Hostname>),
}

/// The hostname the request was sent to (`Host`, without port).
fn request_host(req: &ServiceRequest) -> Option<Hostname> {
    req.headers()
        .get(HOST)
        .and_then(|value| value.to_str().ok())
        .or_else(|| req.uri().authority().map(|authority| authority.as_str()))
        .and_then(Hostname::from_host_header)
}

impl Lookup {
    fn for_request(req: &ServiceRequest) -> Option<Self> {
        let path = req.path();
        if let Some(rest) = path.strip_prefix("/t/") {
            let segment = rest.split('/').next().unwrap_or_default();
            return Some(Self::Code(TenantCode::parse(segment).ok()));
        }
        if PLATFORM_PATHS
            .iter()
            .any(|platform| path == platform.trim_end_matches('/') || path.starts_with(platform))
        {
            return None;
        }
        Some(Self::Host(request_host(req)))
    }

    /// The request's path below the tenant's base (`/t/in/api/x` and `/api/x` at a tenant host are both `/api/x`).
    fn tenant_path<'a>(&self, path: &'a str) -> &'a str {
        match self {
            Self::Code(_) => path.get(5..).unwrap_or_default(),
            Self::Host(_) => path,
        }
    }

    fn find(&self, registry: &TenantRegistry) -> Option<Tenant> {
        match self {
            Self::Code(Some(code)) => registry.by_code(*code),
            Self::Host(Some(host)) => registry.by_host(host),
            Self::Code(None) | Self::Host(None) => None,
        }
        .map(Tenant)
    }
}

/// Places the [`Tenant`] in the request, or answers `TENANT_NOT_FOUND` (404), a `LICENCE_*` code (403, recorded
/// as a licence event) or `TENANT_SUSPENDED` (403).
pub(crate) async fn resolve_tenant(req: ServiceRequest, next: Next<impl MessageBody + 'static>) -> Result<ServiceResponse<BoxBody>, Error> {
    let Some(lookup) = Lookup::for_request(&req) else {
        return next.call(req).await.map(ServiceResponse::map_into_boxed_body);
    };
    let Some(state) = req.app_data::<web::Data<AppState>>().cloned() else {
        return Ok(req.error_response(ApiError::internal(&"application state is missing")));
    };
    let mut tenant = lookup.find(&state.tenants);
    if tenant.is_none() && state.tenants.refresh_after_miss().await {
        tenant = lookup.find(&state.tenants);
    }
    let Some(tenant) = tenant else {
        return Ok(req.error_response(ApiError::new(ErrorCode::TenantNotFound)));
    };
    if let Some(span) = req.extensions().get::<RootSpan>() {
        span.record("tenant", tenant.code.as_str());
    }
    let host = request_host(&req);
    let tenant_path = lookup.tenant_path(req.path()).to_owned();
    let licence = state.tenants.licence(tenant.code);
    let judged = match &licence {
        Some(licence) => request_check::check(licence, host.as_ref(), &tenant_path),
        None => Err(cowin_licence::LicenceRefusal::Missing),
    };
    if let Err(refusal) = judged {
        let licence_id = licence.as_ref().and_then(|l| l.as_ref().as_ref().ok().map(|v| v.id().to_owned()));
        state
            .licence_events
            .refused(
                tenant.code,
                licence_id.as_deref(),
                host.as_ref().map(Hostname::as_str),
                cowin_store::licences::LicenceContext::Request,
                &refusal,
            )
            .await;
        req.extensions_mut().insert(tenant);
        return Ok(req.error_response(ApiError::new(refusal.code())));
    }
    // A suspended country's certificates stay verifiable too.
    if tenant.status == TenantStatus::Suspended && !is_verification(&tenant_path) {
        // The tenant's own languages apply to the refusal, so it is placed in the request first.
        req.extensions_mut().insert(tenant);
        return Ok(req.error_response(ApiError::new(ErrorCode::TenantSuspended)));
    }
    req.extensions_mut().insert(tenant);
    next.call(req).await.map(ServiceResponse::map_into_boxed_body)
}
