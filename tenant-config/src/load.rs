//! Reading a tenant folder from disk.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Path, PathBuf};

use cowin_core::LocaleTag;

use crate::{ConfigProblem, InvalidConfig, TenantConfig, validate};

/// The languages the platform has translations for (`locales/<tag>/` folders).
#[derive(Debug, Clone, Default)]
pub struct LocaleCatalogue(BTreeSet<LocaleTag>);

impl LocaleCatalogue {
    /// The languages given.
    pub fn new(tags: impl IntoIterator<Item = LocaleTag>) -> Self {
        Self(tags.into_iter().collect())
    }

    /// The languages with a folder under `dir`; folders whose names are not language tags are ignored.
    pub fn from_dir(dir: &Path) -> std::io::Result<Self> {
        let mut tags = BTreeSet::new();
        for entry in fs::read_dir(dir)? {
            let entry = entry?;
            if entry.file_type()?.is_dir()
                && let Some(tag) = entry.file_name().to_str().and_then(|name| LocaleTag::parse(name).ok())
            {
                tags.insert(tag);
            }
        }
        Ok(Self(tags))
    }

    /// Whether translations exist for `tag`.
    pub fn contains(&self, tag: &LocaleTag) -> bool {
        self.0.contains(tag)
    }

    /// Every language, in tag order.
    pub fn iter(&self) -> impl Iterator<Item = &LocaleTag> {
        self.0.iter()
    }
}

/// Reads `dir/tenant.toml`, checks it against the folder (its name, its assets) and the available
/// languages, and returns the configuration or every problem found.
pub fn load_dir(dir: &Path, locales: &LocaleCatalogue) -> Result<TenantConfig, InvalidConfig> {
    let file = dir.join("tenant.toml");
    let whole_file = |reason: String| {
        InvalidConfig(vec![ConfigProblem {
            file: file.clone(),
            key: "(file)".into(),
            reason,
        }])
    };
    let text = fs::read_to_string(&file).map_err(|error| whole_file(format!("cannot be read: {error}")))?;
    let table: toml::Table = toml::from_str(&text).map_err(|error| whole_file(format!("is not valid TOML: {}", error.message().trim())))?;
    if let Some(key) = attribution_key(&table, "") {
        return Err(InvalidConfig(vec![ConfigProblem {
            file: file.clone(),
            key,
            reason: "the platform attribution is rendered by the platform outside tenant branding; no setting can change, hide \
                     or remove it (MoU: attribution kept)"
                .into(),
        }]));
    }
    if table.contains_key("assets") {
        return Err(whole_file(
            "assets: is read from the branding files, not written in tenant.toml".into(),
        ));
    }
    let mut config: TenantConfig = serde_path_to_error::deserialize(toml::Value::Table(table)).map_err(|error| {
        let key = match error.path().to_string() {
            path if path == "." => "(top level)".to_owned(),
            path => path,
        };
        InvalidConfig(vec![ConfigProblem {
            file: file.clone(),
            key,
            reason: error.into_inner().message().trim().to_owned(),
        }])
    })?;
    validate::check(
        &config,
        &Folder {
            dir: dir.to_path_buf(),
            file: file.clone(),
        },
        locales,
    )?;
    for path in [config.branding.logo.clone(), config.branding.signature.clone()] {
        let bytes = fs::read(dir.join(&path)).map_err(|error| whole_file(format!("{}: cannot be read: {error}", path.display())))?;
        let content = match String::from_utf8(bytes) {
            Ok(svg) if path.extension().is_some_and(|ext| ext == "svg") => svg,
            Ok(text) => base64_png(text.as_bytes()),
            Err(error) => base64_png(error.as_bytes()),
        };
        config.assets.insert(path.to_string_lossy().into_owned(), content);
    }
    Ok(config)
}

/// A PNG as a data URI, which an SVG image element (and so the certificate renderer) can show.
fn base64_png(bytes: &[u8]) -> String {
    use base64::Engine as _;
    format!("data:image/png;base64,{}", base64::engine::general_purpose::STANDARD.encode(bytes))
}

/// The first key, at any depth, that tries to configure the platform attribution (`hide_attribution`,
/// `branding.attribution`, ...): refused with its own reason rather than as an unknown key.
fn attribution_key(table: &toml::Table, prefix: &str) -> Option<String> {
    table.iter().find_map(|(name, value)| {
        let key = if prefix.is_empty() {
            name.clone()
        } else {
            format!("{prefix}.{name}")
        };
        if name.to_ascii_lowercase().contains("attribution") {
            return Some(key);
        }
        match value {
            toml::Value::Table(inner) if key != "messages" && !key.starts_with("messages.") => attribution_key(inner, &key),
            _ => None,
        }
    })
}

/// Where a configuration came from, for checking its assets and naming its file in problems.
#[derive(Debug)]
pub(crate) struct Folder {
    pub(crate) dir: PathBuf,
    pub(crate) file: PathBuf,
}
