//! Request handlers, one action per file.

pub(crate) mod aefi;
pub(crate) mod appointments;
pub(crate) mod audit_entries;
pub(crate) mod auth;
pub(crate) mod availability;
pub(crate) mod beneficiaries;
pub(crate) mod browser_session;
pub(crate) mod certificates;
pub(crate) mod configuration;
pub(crate) mod contact;
pub(crate) mod corrections;
pub(crate) mod desk;
pub(crate) mod extract_errors;
pub mod health;
pub(crate) mod json_body;
pub(crate) mod location;
pub(crate) mod metadata;
pub(crate) mod openapi;
pub(crate) mod operations;
pub(crate) mod params;
pub(crate) mod platform;
pub(crate) mod reports;
pub(crate) mod requests;
pub(crate) mod staff;
pub(crate) mod tenant_info;

use cowin_core::ErrorCode;

use crate::ApiError;

/// How long clients may cache reference lists (states, districts, genders, documents), in hours: CoWIN's `ttl`.
pub(crate) const REFERENCE_TTL_HOURS: u32 = 24;

/// Any path no route matches.
pub(crate) async fn not_found() -> Result<actix_web::HttpResponse, ApiError> {
    Err(ApiError::new(ErrorCode::NotFound))
}
