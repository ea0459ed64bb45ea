//! Middleware, in the order a request meets them.

pub(crate) mod localise_errors;
pub(crate) mod public_limit;
pub(crate) mod refuse_nul;
pub(crate) mod request_id;
pub(crate) mod resolve_tenant;
pub(crate) mod root_span;
