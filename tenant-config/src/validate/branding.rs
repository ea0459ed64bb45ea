//! Certificate branding: colours, assets inside the folder, the certificate's two languages.

use std::collections::HashSet;
use std::path::{Component, Path};

use cowin_core::LocaleTag;

use super::{Checker, list};

pub(super) fn check(checker: &mut Checker<'_>) {
    let config = checker.config;
    let branding = &config.branding;
    checker.text("branding.issuer", &branding.issuer);
    checker.text("branding.signatory", &branding.signatory);
    for (key, colour) in [
        ("branding.primary_colour", &branding.primary_colour),
        ("branding.accent_colour", &branding.accent_colour),
    ] {
        let valid = colour.len() == 7 && colour.starts_with('#') && colour[1..].bytes().all(|b| b.is_ascii_hexdigit());
        if !valid {
            checker.problem(key, format!("{colour:?} is not a colour in the form \"#RRGGBB\""));
        }
    }
    for (key, path) in [("branding.logo", &branding.logo), ("branding.signature", &branding.signature)] {
        asset(checker, key, path);
    }

    let languages = &branding.certificate_locales;
    let english = LocaleTag::english();
    let distinct: HashSet<&LocaleTag> = languages.iter().collect();
    if !(1..=2).contains(&languages.len()) || distinct.len() != languages.len() || !languages.contains(&english) {
        checker.problem(
            "branding.certificate_locales",
            format!(
                "is {}; a certificate is in the tenant's language and \"en\", or in \"en\" alone",
                list(languages)
            ),
        );
    }
    for (index, tag) in languages.iter().enumerate() {
        if tag != &english && !config.locales.contains(tag) {
            checker.problem(
                format!("branding.certificate_locales[{index}]"),
                format!("{:?} is not one of the enabled locales {}", tag.as_str(), list(&config.locales)),
            );
        }
    }

    let formats = &config.certificates.formats;
    if formats.is_empty() {
        checker.problem("certificates.formats", "must enable at least one certificate format");
    }
    let mut seen = HashSet::new();
    for (index, format) in formats.iter().enumerate() {
        if !seen.insert(format) {
            checker.problem(format!("certificates.formats[{index}]"), "is listed more than once");
        }
    }
}

/// An asset must be an SVG or PNG file inside the tenant folder.
fn asset(checker: &mut Checker<'_>, key: &str, path: &Path) {
    let inside = path.components().all(|component| matches!(component, Component::Normal(_)));
    if !inside {
        checker.problem(key, format!("{} must be a relative path inside the tenant folder", path.display()));
        return;
    }
    let extension = path.extension().and_then(|ext| ext.to_str()).unwrap_or_default();
    if !matches!(extension, "svg" | "png") {
        checker.problem(key, format!("{} must be an .svg or .png file", path.display()));
    }
    if !checker.folder.dir.join(path).is_file() {
        checker.problem(
            key,
            format!("{} does not exist in {}", path.display(), checker.folder.dir.display()),
        );
    }
}
