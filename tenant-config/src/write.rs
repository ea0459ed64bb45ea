//! Writes a configuration back out as a tenant folder (`tenant.toml`, its branding files, its licence): the inverse
//! of [`crate::load_dir`], so a configuration changed in the console is checked by exactly the rules of
//! `cowin tenant check` and can be exported as the folder a ministry keeps as code.

use std::path::Path;

use base64::Engine as _;

use crate::{LICENCE_FILE, TenantConfig};

/// The prefix [`crate::load_dir`] gives a PNG's content.
const PNG_PREFIX: &str = "data:image/png;base64,";

/// Why a folder could not be written.
#[derive(Debug, thiserror::Error)]
pub enum WriteError {
    /// The configuration has no TOML form (a value TOML cannot hold).
    #[error("tenant.toml: {0}")]
    Toml(#[from] toml::ser::Error),
    /// A branding file's content is not what `load_dir` reads (a PNG must be base64 data).
    #[error("{0}: not an SVG text or a base64 PNG")]
    Asset(String),
    /// A branding file's path leaves the folder.
    #[error("{0}: a branding file must stay inside the folder")]
    AssetPath(String),
    /// The file system failed.
    #[error(transparent)]
    Io(#[from] std::io::Error),
}

/// The `tenant.toml` text of `config` (its branding files' contents are not part of it).
pub fn to_toml(config: &TenantConfig) -> Result<String, toml::ser::Error> {
    let mut file = config.clone();
    file.assets.clear();
    toml::to_string_pretty(&file)
}

/// Writes `config` into `dir` as a tenant folder: `tenant.toml`, every branding file at its path, and `licence`.
pub fn write_dir(config: &TenantConfig, licence: Option<&str>, dir: &Path) -> Result<(), WriteError> {
    std::fs::create_dir_all(dir)?;
    std::fs::write(dir.join("tenant.toml"), to_toml(config)?)?;
    for (path, content) in &config.assets {
        let relative = Path::new(path);
        if relative.is_absolute() || relative.components().any(|part| matches!(part, std::path::Component::ParentDir)) {
            return Err(WriteError::AssetPath(path.clone()));
        }
        let bytes = match content.strip_prefix(PNG_PREFIX) {
            Some(data) => base64::engine::general_purpose::STANDARD
                .decode(data)
                .map_err(|_| WriteError::Asset(path.clone()))?,
            None => content.clone().into_bytes(),
        };
        let target = dir.join(relative);
        if let Some(parent) = target.parent() {
            std::fs::create_dir_all(parent)?;
        }
        std::fs::write(target, bytes)?;
    }
    if let Some(licence) = licence {
        std::fs::write(dir.join(LICENCE_FILE), format!("{}\n", licence.trim()))?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{LocaleCatalogue, load_dir, read_licence};

    /// Every demo country's folder, written back out, reads as the same configuration and licence.
    #[test]
    fn every_demo_folder_survives_a_round_trip() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        let locales = LocaleCatalogue::from_dir(&root.join("../locales")).unwrap();
        for code in crate::DEMO_COUNTRIES {
            let original = root.join(code);
            let config = load_dir(&original, &locales).unwrap();
            let licence = read_licence(&original).unwrap();
            let copy = tempfile::tempdir().unwrap();
            let folder = copy.path().join(code);
            write_dir(&config, licence.as_deref(), &folder).unwrap();
            assert_eq!(load_dir(&folder, &locales).unwrap(), config, "{code}");
            assert_eq!(read_licence(&folder).unwrap(), licence, "{code}");
        }
    }
}
