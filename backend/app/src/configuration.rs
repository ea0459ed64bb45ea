//! A ministry's self-service configuration: its administrator changes what is the country's to change (vaccine
//! catalogue, areas, branding, message overrides, ...) from the console. A proposal is written out as a tenant
//! folder and read back by exactly the rules of `cowin tenant check`, then applied like `cowin tenant apply` (a new
//! configuration version, an audit entry); the folder can be exported, so configuration as code and the console
//! never disagree. What the MoU, the licence and other pages own stays as it is.

use std::sync::Arc;

use cowin_core::{ErrorCode, MessageArg};
use cowin_store::DbErr;
use cowin_store::tenants::{self, TenantRecord};
use cowin_tenant_config::{LocaleCatalogue, TenantConfig, load_dir, write_dir};

use crate::certificates::render::Renderer;
use crate::failure::{Failure, database_code};
use crate::i18n::Localizer;
use crate::platform::PlatformError;
use crate::platform::onboarding::Onboarding;
use crate::staff::StaffMember;

/// Top-level keys a ministry cannot change here: its code and hostnames (routing, fixed with NHA), certificate
/// formats and issuer (bound to its signing keys and the trust list) and branding files (they come with the
/// folder). The platform attribution is no key at all: `cowin tenant check` refuses any that tries to set it.
pub const READ_ONLY_KEYS: [&str; 4] = ["code", "hostnames", "certificates", "assets"];

/// Why a configuration change was refused.
#[derive(Debug, thiserror::Error)]
pub enum ConfigurationError {
    /// The proposal breaks a rule (every problem found, one per line).
    #[error("{}", .0.join("; "))]
    Invalid(Vec<String>),
    /// Someone applied another version since the proposal's.
    #[error("the configuration is at version {0} now")]
    Changed(i32),
    /// Applying failed (the licence guard refused, or the store).
    #[error(transparent)]
    Platform(#[from] PlatformError),
    /// Our own file work failed.
    #[error("{0}")]
    Fault(String),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for ConfigurationError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::Invalid(_) => ErrorCode::TenantConfigInvalid,
            Self::Changed(_) => ErrorCode::ConfigurationChanged,
            Self::Platform(error) => error.code(),
            Self::Fault(_) => ErrorCode::Internal,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::Invalid(problems) => vec![("reason", MessageArg::Text(problems.join("; ")))],
            Self::Changed(version) => vec![("version", MessageArg::Number(u64::try_from(*version).unwrap_or_default()))],
            Self::Platform(error) => error.arguments(),
            _ => Vec::new(),
        }
    }
}

/// The configuration in force.
#[derive(Debug, Clone)]
pub struct ConfigurationView {
    /// Its version.
    pub version: i32,
    /// It, as JSON (the shape of `tenant.toml`, branding files included under `assets`).
    pub config: serde_json::Value,
}

/// The configuration of the tenants, as their administrators change it.
#[derive(Debug)]
pub struct TenantConfiguration<'a> {
    /// Applies a checked proposal.
    pub onboarding: Onboarding<'a>,
    /// The languages the platform has.
    pub locales: &'a LocaleCatalogue,
    /// Certificate labels, for previews.
    pub localizer: &'a Arc<Localizer>,
}

fn fault(error: impl std::fmt::Display) -> ConfigurationError {
    ConfigurationError::Fault(error.to_string())
}

impl TenantConfiguration<'_> {
    /// The version in force, read from the database (the registry may be a moment behind another process).
    async fn in_force(&self, tenant: &TenantRecord) -> Result<TenantRecord, ConfigurationError> {
        tenants::one(self.onboarding.db, tenant.code)
            .await
            .map_err(|error| match error {
                tenants::TenantAdminError::Database(error) => ConfigurationError::Database(error),
                other => fault(other),
            })?
            .ok_or(ConfigurationError::Platform(PlatformError::TenantNotFound))
    }

    /// The configuration in force.
    pub async fn current(&self, tenant: &TenantRecord) -> Result<ConfigurationView, ConfigurationError> {
        let record = self.in_force(tenant).await?;
        Ok(ConfigurationView {
            version: record.config_version,
            config: serde_json::to_value(record.config.as_ref()).map_err(fault)?,
        })
    }

    /// Checks `proposed` against the version in force (`based_on`) and the rules of `cowin tenant check`, then
    /// applies it as a new version; returns that version (the same one if nothing changed).
    pub async fn save(
        &self,
        tenant: &TenantRecord,
        admin: &StaffMember,
        based_on: i32,
        proposed: serde_json::Value,
    ) -> Result<i32, ConfigurationError> {
        let record = self.in_force(tenant).await?;
        if record.config_version != based_on {
            return Err(ConfigurationError::Changed(record.config_version));
        }
        let proposed = keep_read_only(&record.config, proposed)?;
        let config = self.checked(proposed, record.licence.clone()).await?;
        let problems = new_rule_sets_in_the_past(&record.config, &config);
        if !problems.is_empty() {
            return Err(ConfigurationError::Invalid(problems));
        }
        let outcome = self.onboarding.apply(&config, record.licence.as_deref(), &admin.actor()).await?;
        Ok(outcome.config_version)
    }

    /// A specimen certificate rendered with `proposed` (checked like a change, applied nowhere), so a ministry sees
    /// its branding before saving it.
    pub async fn preview(&self, tenant: &TenantRecord, proposed: serde_json::Value) -> Result<Vec<u8>, ConfigurationError> {
        let record = self.in_force(tenant).await?;
        let proposed = keep_read_only(&record.config, proposed)?;
        let config = self.checked(proposed, record.licence.clone()).await?;
        let forms = specimen(&config).ok_or_else(|| ConfigurationError::Invalid(vec!["vaccines: a specimen needs one".into()]))?;
        let mut previewed = record;
        previewed.config = Arc::new(config);
        let localizer = Arc::clone(self.localizer);
        // A renderer of its own: the shared one keeps each tenant's branding by version, which a preview has not.
        tokio::task::spawn_blocking(move || Renderer::default().certificate(&previewed, &localizer, &forms))
            .await
            .map_err(fault)?
            .map_err(fault)
    }

    /// The tenant folder of the configuration in force, zipped: `CODE/tenant.toml`, its branding files and licence.
    pub async fn export(&self, tenant: &TenantRecord) -> Result<Vec<u8>, ConfigurationError> {
        let record = self.in_force(tenant).await?;
        tokio::task::spawn_blocking(move || zipped_folder(&record.config, record.licence.as_deref()))
            .await
            .map_err(fault)?
    }

    /// `proposed` as `cowin tenant check` reads it: written out as the tenant's folder and loaded back.
    async fn checked(&self, proposed: serde_json::Value, licence: Option<String>) -> Result<TenantConfig, ConfigurationError> {
        let locales = self.locales.clone();
        tokio::task::spawn_blocking(move || {
            let config: TenantConfig = serde_path_to_error::deserialize(proposed)
                .map_err(|error| ConfigurationError::Invalid(vec![format!("{}: {}", error.path(), error.inner())]))?;
            let dir = tempfile::tempdir().map_err(fault)?;
            let folder = dir.path().join(config.code.as_str());
            write_dir(&config, licence.as_deref(), &folder).map_err(|error| ConfigurationError::Invalid(vec![error.to_string()]))?;
            // Problems name their file within the folder, not the temporary folder it was checked in.
            let temporary = format!("{}/", folder.display());
            load_dir(&folder, &locales).map_err(|invalid| {
                ConfigurationError::Invalid(
                    invalid
                        .to_string()
                        .lines()
                        .filter(|line| !line.is_empty())
                        .map(|line| line.replace(&temporary, ""))
                        .collect(),
                )
            })
        })
        .await
        .map_err(fault)?
    }
}

/// The proposal with every read-only key as it is in force; a proposal that changes one is refused.
fn keep_read_only(current: &TenantConfig, proposed: serde_json::Value) -> Result<serde_json::Value, ConfigurationError> {
    let serde_json::Value::Object(mut proposed) = proposed else {
        return Err(ConfigurationError::Invalid(vec!["(top level): not an object".into()]));
    };
    let serde_json::Value::Object(current) = serde_json::to_value(current).map_err(fault)? else {
        return Err(fault("the configuration in force is not an object"));
    };
    let mut problems = Vec::new();
    for key in READ_ONLY_KEYS {
        let in_force = current.get(key).cloned();
        match proposed.remove(key) {
            Some(value) if Some(&value) != in_force.as_ref() => {
                problems.push(format!("{key}: cannot be changed here"));
            }
            _ => {}
        }
        if let Some(value) = in_force {
            proposed.insert(key.to_owned(), value);
        }
    }
    if problems.is_empty() {
        Ok(serde_json::Value::Object(proposed))
    } else {
        Err(ConfigurationError::Invalid(problems))
    }
}

/// A rule set added with an effective date before the country's today would change the rules doses were already
/// given under; applied ones cannot be rewritten at all (`tenant apply` refuses that).
fn new_rule_sets_in_the_past(current: &TenantConfig, proposed: &TenantConfig) -> Vec<String> {
    let today = proposed.today();
    proposed
        .vaccines
        .iter()
        .flat_map(|vaccine| {
            let applied = current.vaccines.iter().find(|known| known.code == vaccine.code);
            vaccine.rule_sets.iter().filter_map(move |rules| {
                let known = applied.is_some_and(|known| known.rule_sets.iter().any(|old| old.version == rules.version));
                (!known && rules.effective_from < today).then(|| {
                    format!(
                        "vaccines.{}: rule set version {} takes effect on {}, before today ({today}): a new rule set starts today or later",
                        vaccine.code, rules.version, rules.effective_from
                    )
                })
            })
        })
        .collect()
}

/// The text of the specimen's QR code and its holder's name: a preview is never mistaken for a certificate.
pub const SPECIMEN: &str = "SPECIMEN - NOT A CERTIFICATE";

/// A specimen certificate of `config`'s first vaccine at its first facility, signed by nobody.
fn specimen(config: &TenantConfig) -> Option<cowin_certify::SignedForms> {
    use cowin_certify::record::{Holder, SeriesStatus, Vaccination};
    let vaccine = config.vaccines.first()?;
    let facility = config.facilities.first();
    let today = config.today();
    let english = cowin_core::LocaleTag::english();
    let record = cowin_certify::CertificateRecord {
        id: uuid::Uuid::nil(),
        issued_at: chrono::Utc::now(),
        country: config.code.as_str().to_owned(),
        country_name: config.name.get(&english, &config.default_locale).to_owned(),
        issuer: config.branding.issuer.get(&english, &config.default_locale).to_owned(),
        issuer_host: config.issuer_host(),
        licence_id: None,
        holder: Holder {
            reference: "00000000000000".into(),
            name: SPECIMEN.into(),
            birth_year: 1980,
            gender: config.genders.first().map(|gender| gender.code.clone()),
            id_document: None,
            passport: None,
        },
        vaccination: Vaccination {
            dose_id: uuid::Uuid::nil(),
            vaccine_code: vaccine.code.to_string(),
            vaccine_name: vaccine.name.clone(),
            manufacturer: vaccine.manufacturer.clone(),
            atc: vaccine.atc.clone(),
            dcc_product: vaccine.dcc_product.clone(),
            dcc_manufacturer: vaccine.dcc_manufacturer.clone(),
            cvx: vaccine.cvx.clone(),
            dose: 1,
            series_doses: 2,
            date: today,
            batch: "SPECIMEN".into(),
            facility: facility
                .map(|facility| facility.name.get(&english, &config.default_locale).to_owned())
                .unwrap_or_default(),
            facility_names: facility
                .map(|facility| {
                    facility
                        .name
                        .locales()
                        .map(|tag| (tag.as_str().to_owned(), facility.name.get(tag, tag).to_owned()))
                        .collect()
                })
                .unwrap_or_default(),
            facility_address: facility.map(|facility| facility.address.clone()).unwrap_or_default(),
            place: String::new(),
        },
        status: SeriesStatus::Partial,
    };
    Some(cowin_certify::SignedForms {
        record,
        vc: None,
        hc1: Some(SPECIMEN.into()),
        shc: None,
        ddcc: false,
    })
}

/// The folder of `config` as a zip archive.
fn zipped_folder(config: &TenantConfig, licence: Option<&str>) -> Result<Vec<u8>, ConfigurationError> {
    use std::io::Write as _;
    let dir = tempfile::tempdir().map_err(fault)?;
    let folder = dir.path().join(config.code.as_str());
    write_dir(config, licence, &folder).map_err(fault)?;
    let mut archive = zip::ZipWriter::new(std::io::Cursor::new(Vec::new()));
    let options = zip::write::SimpleFileOptions::default().compression_method(zip::CompressionMethod::Deflated);
    for entry in walk(&folder).map_err(fault)? {
        let name = entry.strip_prefix(dir.path()).map_err(fault)?.to_string_lossy().replace('\\', "/");
        archive.start_file(name, options).map_err(fault)?;
        archive.write_all(&std::fs::read(&entry).map_err(fault)?).map_err(fault)?;
    }
    Ok(archive.finish().map_err(fault)?.into_inner())
}

/// Every file below `dir`, in a stable order.
fn walk(dir: &std::path::Path) -> std::io::Result<Vec<std::path::PathBuf>> {
    let mut files = Vec::new();
    let mut entries: Vec<_> = std::fs::read_dir(dir)?.collect::<Result<_, _>>()?;
    entries.sort_by_key(std::fs::DirEntry::file_name);
    for entry in entries {
        let path = entry.path();
        if entry.file_type()?.is_dir() {
            files.extend(walk(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}
