//! `POST /platform/api/tenants/{code}/offboard` with `{"confirm": "<code>"}`: the tenant's schema, platform rows
//! and objects exported to a zip archive in the object store (`platform/offboarded/...`), then dropped.

use actix_web::web;
use cowin_app::access::ManageTenants;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::tenant_code;
use crate::extractors::Nha;
use crate::handlers::json_body::Json;
use crate::{ApiError, AppState};

/// The tenant's code again, so a slip cannot drop the wrong country.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct Confirmation {
    /// The tenant's code.
    confirm: String,
}

/// A table of the archive.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ArchivedTable {
    /// `tenant/<table>` or `platform/<table>`.
    table: String,
    /// Rows exported.
    rows: u64,
}

/// What was kept.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Offboarded {
    /// The tenant.
    code: String,
    /// The archive's key in the object store.
    archive: String,
    /// Its size.
    archive_bytes: Option<usize>,
    /// A link to download it, valid for an hour (where the store can make one).
    download_url: Option<String>,
    /// The tables exported.
    tables: Vec<ArchivedTable>,
    /// Objects (certificates, branding) copied into it.
    objects: usize,
}

/// Exports, then drops.
#[utoipa::path(post, path = "/api/tenants/{code}/offboard", tag = "platform", params(("code" = String, Path, description = "Tenant code")),
    request_body = Confirmation, security(("bearer" = [])),
    responses((status = 200, body = Offboarded)))]
pub(crate) async fn offboard(
    nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    code: web::Path<String>,
    body: Json<Confirmation>,
) -> Result<web::Json<Offboarded>, ApiError> {
    let tenant = tenant_code(&code)?;
    let done = state.offboarding().to_object_store(tenant, &body.confirm, &nha.actor()).await?;
    Ok(web::Json(Offboarded {
        code: tenant.as_str().to_owned(),
        archive: done.archive,
        archive_bytes: done.archive_bytes,
        download_url: done.download_url,
        tables: done
            .summary
            .tables
            .into_iter()
            .map(|(table, rows)| ArchivedTable { table, rows })
            .collect(),
        objects: done.summary.objects,
    }))
}
