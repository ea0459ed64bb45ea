//! `POST /platform/api/tenants` with a zip of a tenant's configuration folder (as `tenant-config/XX`: its TOML,
//! licence and branding files): checked as `cowin tenant check` checks it, its licence judged by the guard,
//! then applied as `cowin tenant apply` applies it. Only NHA reaches this; no tenant role can create a tenant.

use std::io::Read as _;

use actix_web::{HttpResponse, web};
use cowin_core::ErrorCode;
use cowin_store::apply::apply;
use cowin_tenant_config::{LocaleCatalogue, TenantConfig, load_dir, read_licence};
use serde_json::json;

use crate::error::MessageArg;
use crate::platform::access::{ManageTenants, Nha};
use crate::{ApiError, AppState};

/// Largest upload accepted.
pub(crate) const MAX_UPLOAD_BYTES: usize = 16 * 1024 * 1024;
/// Largest file unpacked from an upload; branding images are small.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Most files in an upload.
const MAX_FILES: usize = 64;

fn invalid(reason: impl std::fmt::Display) -> ApiError {
    ApiError::new(ErrorCode::TenantConfigInvalid).with_arg("reason", MessageArg::Text(reason.to_string()))
}

/// Unpacks `zip` into `dir`, flattening one top-level folder (a zipped `tenant-config/XX` or its contents).
fn unpack(zip: &[u8], dir: &std::path::Path) -> Result<(), ApiError> {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(zip)).map_err(|error| invalid(format!("not a zip archive ({error})")))?;
    if archive.len() > MAX_FILES {
        return Err(invalid(format!("more than {MAX_FILES} files")));
    }
    let names: Vec<String> = archive
        .file_names()
        .map(|name| name.map(|name| name.into_owned()))
        .collect::<Result<_, _>>()
        .map_err(invalid)?;
    let prefix = match names.iter().find(|name| name.ends_with("tenant.toml")) {
        Some(toml) => toml.trim_end_matches("tenant.toml").to_owned(),
        None => return Err(invalid("no tenant.toml")),
    };
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).map_err(invalid)?;
        if file.is_dir() {
            continue;
        }
        let Some(relative) = file.enclosed_name().and_then(|name| {
            let name = name.to_string_lossy().into_owned();
            name.strip_prefix(&prefix).map(str::to_owned)
        }) else {
            continue;
        };
        let target = dir.join(&relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent).map_err(|error| ApiError::internal(&error))?;
        }
        let mut bytes = Vec::new();
        file.by_ref().take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(invalid)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(invalid(format!("{relative} is larger than {MAX_FILE_BYTES} bytes")));
        }
        std::fs::write(&target, bytes).map_err(|error| ApiError::internal(&error))?;
    }
    Ok(())
}

/// The folder the upload is checked in: named by the code its `tenant.toml` gives, as `tenant check` expects.
fn country_folder(staging: &std::path::Path) -> Result<std::path::PathBuf, ApiError> {
    let text = std::fs::read_to_string(staging.join("tenant.toml")).map_err(invalid)?;
    let table: toml::Table = text.parse().map_err(invalid)?;
    let code = table
        .get("code")
        .and_then(toml::Value::as_str)
        .and_then(|code| cowin_core::TenantCode::parse(code).ok())
        .ok_or_else(|| invalid("tenant.toml: code is missing or not a country code"))?;
    let folder = staging.with_file_name(code.as_str());
    std::fs::rename(staging, &folder).map_err(|error| ApiError::internal(&error))?;
    Ok(folder)
}

/// The configuration and licence document of an uploaded folder (file work: for the blocking pool).
fn read_upload(zip: &[u8], locales: &LocaleCatalogue) -> Result<(TenantConfig, Option<String>), ApiError> {
    let dir = tempfile::tempdir().map_err(|error| ApiError::internal(&error))?;
    let staging = dir.path().join("upload");
    unpack(zip, &staging)?;
    let folder = country_folder(&staging)?;
    let config = load_dir(&folder, locales).map_err(invalid)?;
    let licence = read_licence(&folder).map_err(invalid)?;
    Ok((config, licence))
}

/// Onboards (or updates) the tenant the uploaded folder describes.
pub(crate) async fn onboard(nha: Nha<ManageTenants>, state: web::Data<AppState>, body: web::Bytes) -> Result<HttpResponse, ApiError> {
    let locales = std::sync::Arc::clone(&state.locale_catalogue);
    let (config, licence) = web::block(move || read_upload(&body, &locales))
        .await
        .map_err(|error| ApiError::internal(&error))??;
    let licence = state
        .tenants
        .guard()
        .check_for_apply(&state.db, config.code, licence.as_deref())
        .await?
        .map_err(|refusal| ApiError::new(refusal.code()))?;
    let outcome = apply(&state.db, &config, &licence, &state.vault, &nha.actor())
        .await
        .map_err(invalid)?;
    state.tenants.refresh().await.map_err(|error| ApiError::internal(&error))?;
    state.key_ring.refresh().await?;
    let status = if outcome.created { 201 } else { 200 };
    Ok(
        HttpResponse::build(actix_web::http::StatusCode::from_u16(status).unwrap_or_default()).json(json!({
            "code": outcome.tenant.as_str(),
            "created": outcome.created,
            "config_version": outcome.config_version,
            "migrations_applied": outcome.migrations_applied.len(),
        })),
    )
}
