//! `POST /platform/api/tenants` with a zip of a tenant's configuration folder (as `tenant-config/XX`: its TOML,
//! licence and branding files): checked as `cowin tenant check` checks it, its licence judged by the guard,
//! then applied as `cowin tenant apply` applies it. Only NHA reaches this; no tenant role can create a tenant.

use std::sync::Arc;

use actix_web::http::StatusCode;
use actix_web::{HttpResponse, web};
use cowin_app::access::ManageTenants;
use cowin_app::platform::onboarding::read_zipped_folder;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::Nha;
use crate::{ApiError, AppState};

/// What applying did.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Applied {
    /// The tenant.
    code: String,
    /// Whether it was new.
    created: bool,
    /// The configuration version now in force.
    config_version: i32,
    /// Tenant migrations applied on the way.
    migrations_applied: usize,
}

/// Onboards (or updates) the tenant the uploaded folder describes: 201 when new, 200 when updated.
#[utoipa::path(post, path = "/api/tenants", tag = "platform",
    request_body(content = Vec<u8>, description = "A zip of the tenant's configuration folder", content_type = "application/zip"),
    security(("bearer" = [])),
    responses((status = 201, body = Applied), (status = 200, body = Applied)))]
pub(crate) async fn onboard(nha: Nha<ManageTenants>, state: web::Data<AppState>, body: web::Bytes) -> Result<HttpResponse, ApiError> {
    let locales = Arc::clone(&state.locale_catalogue);
    let (config, licence) = web::block(move || read_zipped_folder(&body, &locales))
        .await
        .map_err(|error| ApiError::internal(&error))??;
    let outcome = state.onboarding().apply(&config, licence.as_deref(), &nha.actor()).await?;
    let status = if outcome.created { StatusCode::CREATED } else { StatusCode::OK };
    Ok(HttpResponse::build(status).json(Applied {
        code: outcome.tenant.as_str().to_owned(),
        created: outcome.created,
        config_version: outcome.config_version,
        migrations_applied: outcome.migrations_applied.len(),
    }))
}
