//! The HTTP layer of CoWIN Global on actix-web.
//!
//! Every request passes, outermost first: tracing (request id, tenant code on the root span) ->
//! localised errors -> tenant resolution (by `/t/{code}` prefix or `Host`) -> the handler, whose extractors
//! (`Tenant`, `RequestLocale`) carry the context it needs.

pub mod availability_cache;
pub mod bearer_tokens;
pub mod certificates;
pub mod citizen;
pub mod error;
pub mod extractors;
pub mod handlers;
pub mod i18n;
pub mod licence;
mod middleware;
mod pages;
pub mod passwords;
pub mod platform;
pub mod rate_limit;
pub mod request_locale;
pub mod routes;
mod server;
pub mod staff;
pub mod state;
pub mod tenant_registry;

pub use error::ApiError;
pub use handlers::openapi::openapi;
pub use i18n::{Localizer, TenantMessages};
pub use server::serve;
pub use state::{AppState, CitizenRules, DownloadSettings};
pub use tenant_registry::TenantRegistry;
