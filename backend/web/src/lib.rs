//! The HTTP doors of CoWIN Global on actix-web: the JSON API of every country (CoWIN v2, staff, certificates), NHA's
//! platform API, and the pages. Each handler extracts what the caller sent, calls one service of `cowin-app`, maps
//! its failure to a localised `{"errorCode","error"}` and serialises a typed answer.
//!
//! Every request passes, outermost first: tracing (request id, tenant code on the root span) -> localised errors ->
//! tenant resolution (by `/t/{code}` prefix or `Host`) and the licence guard -> the public rate limit -> the
//! handler, whose extractors (`Tenant`, `RequestLocale`, `Citizen`, `Staff<A>`, `Nha<A>`) carry the context it needs.

pub mod availability_cache;
pub mod console;
pub mod error;
pub mod extractors;
pub mod handlers;
pub mod metrics;
mod middleware;
mod pages;
pub mod portal;
pub mod request_locale;
pub mod routes;
mod server;
mod session_cookies;
pub mod state;

pub use error::ApiError;
pub use handlers::openapi::{openapi, platform_openapi};
pub use server::serve;
pub use state::AppState;
