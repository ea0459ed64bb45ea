//! Onboarding a country: its configuration folder — from the command line, or zipped and uploaded by NHA — checked
//! like `cowin tenant check`, its licence judged by the guard, then applied (schema, migrations, seed data, signing
//! keys, configuration version, audit). Tenants cannot create tenants: only NHA reaches this.

use std::io::Read as _;
use std::path::PathBuf;

use cowin_privacy::Vault;
use cowin_store::Databases;
use cowin_store::apply::{ApplyOutcome, apply};
use cowin_tenant_config::{LICENCE_FILE, LocaleCatalogue, TenantConfig, load_dir, read_licence};

use super::error::PlatformError;
use crate::certificates::key_ring::KeyRing;
use crate::licences::LicenceGuard;
use crate::tenants::TenantRegistry;

/// Largest upload of a zipped tenant folder (branding images make it larger than a request body usually is).
pub const MAX_UPLOAD_BYTES: usize = 16 * 1024 * 1024;
/// Largest file in it.
const MAX_FILE_BYTES: u64 = 4 * 1024 * 1024;
/// Most files in it.
const MAX_FILES: usize = 64;

/// A country's folder, read: its configuration and its licence (if the folder has one).
pub type CountryFolder = (TenantConfig, Option<String>);

fn invalid(reason: impl std::fmt::Display) -> PlatformError {
    PlatformError::InvalidConfig(reason.to_string())
}

fn fault(error: impl std::fmt::Display) -> PlatformError {
    PlatformError::Fault(error.to_string())
}

fn unpack(zip: &[u8], dir: &std::path::Path) -> Result<(), PlatformError> {
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
            std::fs::create_dir_all(parent).map_err(fault)?;
        }
        let mut bytes = Vec::new();
        file.by_ref().take(MAX_FILE_BYTES + 1).read_to_end(&mut bytes).map_err(invalid)?;
        if bytes.len() as u64 > MAX_FILE_BYTES {
            return Err(invalid(format!("{relative} is larger than {MAX_FILE_BYTES} bytes")));
        }
        std::fs::write(&target, bytes).map_err(fault)?;
    }
    Ok(())
}

/// The folder the upload is checked in: named by the code its `tenant.toml` gives, as `tenant check` expects.
fn country_folder(staging: &std::path::Path) -> Result<std::path::PathBuf, PlatformError> {
    let text = std::fs::read_to_string(staging.join("tenant.toml")).map_err(invalid)?;
    let table: toml::Table = text.parse().map_err(invalid)?;
    let code = table
        .get("code")
        .and_then(toml::Value::as_str)
        .and_then(|code| cowin_core::TenantCode::parse(code).ok())
        .ok_or_else(|| invalid("tenant.toml: code is missing or not a country code"))?;
    let folder = staging.with_file_name(code.as_str());
    std::fs::rename(staging, &folder).map_err(fault)?;
    Ok(folder)
}

/// The configuration and licence document of an uploaded folder (file work: for the blocking pool).
/// Reads a zipped tenant folder (blocking: file work, for the blocking pool).
pub fn read_zipped_folder(zip: &[u8], locales: &LocaleCatalogue) -> Result<CountryFolder, PlatformError> {
    let dir = tempfile::tempdir().map_err(fault)?;
    let staging = dir.path().join("upload");
    unpack(zip, &staging)?;
    let folder = country_folder(&staging)?;
    let config = load_dir(&folder, locales).map_err(invalid)?;
    let licence = read_licence(&folder).map_err(invalid)?;
    Ok((config, licence))
}

/// Reads and checks configuration folders as `cowin tenant check` does: every folder valid and no hostname claimed
/// twice, or every problem found (as `file: key: reason` lines).
pub fn read_folders(dirs: &[PathBuf], locales: &LocaleCatalogue) -> Result<Vec<CountryFolder>, Vec<String>> {
    let mut folders = Vec::new();
    let mut problems = Vec::new();
    for dir in dirs {
        match load_dir(dir, locales) {
            Ok(config) => match read_licence(dir) {
                Ok(licence) => folders.push((config, licence)),
                Err(error) => problems.push(format!("cannot read {}: {error}", dir.join(LICENCE_FILE).display())),
            },
            Err(invalid) => problems.push(invalid.to_string()),
        }
    }
    let mut owners: std::collections::HashMap<&str, &str> = std::collections::HashMap::new();
    for (config, _) in &folders {
        for host in &config.hostnames {
            if let Some(owner) = owners.insert(host.as_str(), config.code.as_str()) {
                problems.push(format!("{}: hostnames: {host} is also claimed by {owner}", config.code));
            }
        }
    }
    if problems.is_empty() { Ok(folders) } else { Err(problems) }
}

/// Applying tenant configurations.
#[derive(Debug)]
pub struct Onboarding<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Judges the licence each configuration comes with.
    pub guard: &'a LicenceGuard,
    /// Seals a new tenant's signing keys.
    pub vault: &'a Vault,
    /// A serving process's tenants and keys, reloaded after the change so it serves the tenant at once.
    pub served: Option<(&'a TenantRegistry, &'a KeyRing)>,
}

impl Onboarding<'_> {
    /// Creates the tenant or brings it up to `config`, if the guard accepts `licence` (a refusal is recorded as a
    /// licence event).
    pub async fn apply(&self, config: &TenantConfig, licence: Option<&str>, actor: &str) -> Result<ApplyOutcome, PlatformError> {
        let licence = self
            .guard
            .check_for_apply(self.db, config.code, licence)
            .await?
            .map_err(PlatformError::Licence)?;
        let outcome = apply(self.db, config, &licence, self.vault, actor).await.map_err(invalid)?;
        if let Some((tenants, keys)) = self.served {
            tenants.refresh().await?;
            keys.refresh().await?;
        }
        Ok(outcome)
    }
}
