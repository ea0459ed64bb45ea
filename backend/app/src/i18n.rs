//! Fluent messages of every language, loaded from `locales/<tag>/*.ftl` at start-up.

use std::collections::BTreeMap;
use std::fmt;
use std::fs;
use std::path::{Path, PathBuf};

use cowin_core::{LocaleTag, TenantCode};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use crate::locale_format::{LocaleFormats, fluent_number, plural_function};

/// Why the translations could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum LocalizerError {
    #[error("{path}: {error}")]
    Io { path: PathBuf, error: std::io::Error },
    #[error("{path}: {reason}")]
    Invalid { path: PathBuf, reason: String },
}

/// The language to write to an account in: the one it last used, if the tenant still enables it, else the
/// tenant's default.
pub fn account_locale(tenant: &cowin_store::tenants::TenantRecord, stored: Option<&str>) -> LocaleTag {
    stored
        .and_then(|tag| LocaleTag::parse(tag).ok())
        .filter(|tag| tenant.locales.contains(tag))
        .unwrap_or_else(|| tenant.default_locale.clone())
}

/// A tenant's own wording of messages, per locale (from its configuration).
pub type TenantMessages = BTreeMap<LocaleTag, BTreeMap<String, String>>;

/// An empty bundle of `tag`, set up as every bundle is.
fn new_bundle(tag: &LocaleTag, language: LanguageIdentifier) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![language]);
    // Isolation marks keep placeables in order inside right-to-left text; elsewhere they are noise.
    bundle.set_use_isolating(tag.is_right_to_left());
    // Numbers in the language's own digits and grouping (CLDR), not Rust's.
    bundle.set_formatter(Some(fluent_number));
    // Plural categories from CLDR through ICU4X (see `plural_function`); a fresh bundle has no PLURAL yet.
    let _ = bundle.add_function("PLURAL", plural_function(tag.as_str()));
    bundle
}

/// Formats one tenant override, written in Fluent syntax; `None` (and a warning) if it does not parse.
fn format_override(locale: &LocaleTag, id: &str, text: &str, args: Option<&FluentArgs<'_>>) -> Option<String> {
    let language: LanguageIdentifier = locale.as_str().parse().ok()?;
    // Continuation lines of a multi-line text must be indented in Fluent.
    let source = format!("{id} = {}\n", text.replace('\n', "\n    "));
    let resource = match FluentResource::try_new(source) {
        Ok(resource) => resource,
        Err((_, errors)) => {
            tracing::warn!(message_id = id, locale = %locale, ?errors, "a tenant's message override does not parse; the platform text is used");
            return None;
        }
    };
    let mut bundle = new_bundle(locale, language);
    bundle.add_resource(resource).ok()?;
    let pattern = bundle.get_message(id)?.value()?;
    let mut errors = Vec::new();
    Some(bundle.format_pattern(pattern, args, &mut errors).into_owned())
}

/// Every language's messages; formats a message id in the first language of a chain that has it, and dates in
/// a language's own way.
pub struct Localizer {
    bundles: BTreeMap<LocaleTag, FluentBundle<FluentResource>>,
    formats: LocaleFormats,
}

impl fmt::Debug for Localizer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Localizer")
            .field("locales", &self.bundles.keys().collect::<Vec<_>>())
            .finish()
    }
}

impl Localizer {
    /// Loads every `<dir>/<tag>/*.ftl`. A syntax error or a duplicate message id is refused at start-up,
    /// so a broken translation never reaches a citizen.
    pub fn load(dir: &Path) -> Result<Self, LocalizerError> {
        let io = |path: &Path| {
            let path = path.to_path_buf();
            move |error| LocalizerError::Io { path, error }
        };
        let mut bundles = BTreeMap::new();
        let mut folders: Vec<_> = fs::read_dir(dir).map_err(io(dir))?.collect::<Result<_, _>>().map_err(io(dir))?;
        folders.sort_by_key(|entry| entry.file_name());
        for folder in folders {
            let Some(tag) = folder.file_name().to_str().and_then(|name| LocaleTag::parse(name).ok()) else {
                continue;
            };
            let language: LanguageIdentifier = tag.as_str().parse().map_err(|error| LocalizerError::Invalid {
                path: folder.path(),
                reason: format!("not a language identifier: {error}"),
            })?;
            let mut bundle = new_bundle(&tag, language);
            let mut files: Vec<_> = fs::read_dir(folder.path())
                .map_err(io(&folder.path()))?
                .collect::<Result<_, _>>()
                .map_err(io(&folder.path()))?;
            files.sort_by_key(|entry| entry.file_name());
            for file in files
                .into_iter()
                .filter(|file| file.path().extension().is_some_and(|ext| ext == "ftl"))
            {
                let path = file.path();
                let text = fs::read_to_string(&path).map_err(io(&path))?;
                let resource = FluentResource::try_new(text).map_err(|(_, errors)| LocalizerError::Invalid {
                    path: path.clone(),
                    reason: format!("Fluent syntax errors: {errors:?}"),
                })?;
                bundle.add_resource(resource).map_err(|errors| LocalizerError::Invalid {
                    path: path.clone(),
                    reason: format!("{errors:?}"),
                })?;
            }
            bundles.insert(tag, bundle);
        }
        if !bundles.contains_key(&LocaleTag::english()) {
            return Err(LocalizerError::Invalid {
                path: dir.join("en"),
                reason: "English is the last fallback and must exist".into(),
            });
        }
        let formats = LocaleFormats::new(bundles.keys()).map_err(|reason| LocalizerError::Invalid {
            path: dir.to_path_buf(),
            reason: format!("no CLDR formats: {reason}"),
        })?;
        Ok(Self { bundles, formats })
    }

    /// `date` as `locale` writes it in the tenant's `country` (day, month name, year, in its digits).
    pub fn date(&self, locale: &LocaleTag, country: TenantCode, date: chrono::NaiveDate) -> String {
        self.formats.date(locale, Some(country), date)
    }

    /// The moment `at` as `locale` writes it in the tenant's `country`, on the tenant's clock (`zone`).
    pub fn date_time(&self, locale: &LocaleTag, country: TenantCode, zone: chrono_tz::Tz, at: chrono::DateTime<chrono::Utc>) -> String {
        self.formats.date_time(locale, Some(country), &zone, at)
    }

    /// A whole number as `locale` writes it in the tenant's `country` (its digits and grouping).
    pub fn number(&self, locale: &LocaleTag, country: TenantCode, value: i64) -> String {
        self.formats.number(locale, Some(country), value)
    }

    /// The languages loaded.
    pub fn locales(&self) -> impl Iterator<Item = &LocaleTag> {
        self.bundles.keys()
    }

    /// Whether `locale` has a message `id`.
    pub fn has_message(&self, locale: &LocaleTag, id: &str) -> bool {
        self.bundles.get(locale).is_some_and(|bundle| bundle.has_message(id))
    }

    /// Formats `id` for a tenant: the tenant's own wording (`[messages.<locale>]` of its configuration) in the
    /// first locale of `chain` that has one, else as [`Localizer::format`]. The platform's own messages
    /// (attribution, name) are never taken from a tenant.
    pub fn format_for(&self, overrides: &TenantMessages, chain: &[&LocaleTag], id: &str, args: Option<&FluentArgs<'_>>) -> String {
        if !id.starts_with("platform-") {
            for locale in chain.iter().copied() {
                if let Some(text) = overrides.get(locale).and_then(|messages| messages.get(id))
                    && let Some(formatted) = format_override(locale, id, text, args)
                {
                    return formatted;
                }
            }
        }
        self.format(chain, id, args)
    }

    /// Formats `id` in the first locale of `chain` that has it, then English; the id itself if none does.
    pub fn format(&self, chain: &[&LocaleTag], id: &str, args: Option<&FluentArgs<'_>>) -> String {
        let english = LocaleTag::english();
        for locale in chain.iter().copied().chain(std::iter::once(&english)) {
            let Some(bundle) = self.bundles.get(locale) else {
                continue;
            };
            let Some(pattern) = bundle.get_message(id).and_then(|message| message.value()) else {
                continue;
            };
            let mut errors = Vec::new();
            let text = bundle.format_pattern(pattern, args, &mut errors);
            if !errors.is_empty() {
                tracing::warn!(message_id = id, locale = %locale, ?errors, "message formatted with errors");
            }
            return text.into_owned();
        }
        tracing::warn!(message_id = id, "message missing in every locale");
        id.to_owned()
    }
}
