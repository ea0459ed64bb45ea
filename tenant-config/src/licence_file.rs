//! The licence NHA issued to the country, kept beside its configuration as `licence.jwt`. This crate only
//! reads the file; the licence guard judges it.

use std::path::Path;

/// The licence file's name in a tenant folder.
pub const LICENCE_FILE: &str = "licence.jwt";

/// The licence document in `dir`, if the folder has one.
pub fn read_licence(dir: &Path) -> std::io::Result<Option<String>> {
    match std::fs::read_to_string(dir.join(LICENCE_FILE)) {
        Ok(text) => Ok(Some(text.trim().to_owned())),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
        Err(error) => Err(error),
    }
}
