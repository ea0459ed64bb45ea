//! Rules that span fields: references between sections, uniqueness, formats that depend on other keys.

mod areas;
mod branding;
pub(crate) mod facility;
mod messages;
mod people;
mod sms;
mod vaccines;

use std::collections::HashSet;
use std::hash::Hash;

use cowin_core::{LocaleTag, LocalisedText};

use crate::load::Folder;
use crate::{ConfigProblem, InvalidConfig, LocaleCatalogue, TenantConfig};

/// Checks `config`, read from `folder`, and returns every problem found.
pub(crate) fn check(config: &TenantConfig, folder: &Folder, locales: &LocaleCatalogue) -> Result<(), InvalidConfig> {
    let mut checker = Checker {
        config,
        folder,
        problems: Vec::new(),
    };
    checker.identity(locales);
    people::check(&mut checker);
    areas::check(&mut checker);
    vaccines::check(&mut checker);
    branding::check(&mut checker);
    messages::check(&mut checker);
    sms::check(&mut checker);
    if checker.problems.is_empty() {
        Ok(())
    } else {
        Err(InvalidConfig(checker.problems))
    }
}

/// Collects problems while the sections are checked.
pub(crate) struct Checker<'a> {
    pub(crate) config: &'a TenantConfig,
    pub(crate) folder: &'a Folder,
    problems: Vec<ConfigProblem>,
}

impl Checker<'_> {
    /// Records that `key` is wrong, and why.
    pub(crate) fn problem(&mut self, key: impl Into<String>, reason: impl Into<String>) {
        self.problems.push(ConfigProblem {
            file: self.folder.file.clone(),
            key: key.into(),
            reason: reason.into(),
        });
    }

    /// A localised text must be written in the default locale, and only in enabled locales.
    pub(crate) fn text(&mut self, key: &str, text: &LocalisedText) {
        for (key, reason) in text_problems(self.config, key, text) {
            self.problem(key, reason);
        }
    }

    /// Reports every value that occurs more than once in `items`.
    pub(crate) fn unique<T, K: Eq + Hash + std::fmt::Debug>(&mut self, section: &str, field: &str, items: &[T], key: impl Fn(&T) -> K) {
        let mut seen = HashSet::new();
        for (index, item) in items.iter().enumerate() {
            let value = key(item);
            if !seen.insert(key(item)) {
                let key = if field.is_empty() {
                    format!("{section}[{index}]")
                } else {
                    format!("{section}[{index}].{field}")
                };
                self.problem(key, format!("{value:?} is used more than once"));
            }
        }
    }

    fn identity(&mut self, locales: &LocaleCatalogue) {
        let config = self.config;
        let folder_name = self
            .folder
            .dir
            .file_name()
            .and_then(|name| name.to_str())
            .unwrap_or_default()
            .to_owned();
        if config.code.as_str() != folder_name {
            self.problem(
                "code",
                format!(
                    "is {:?} but the folder is named {folder_name:?}; they must match",
                    config.code.as_str()
                ),
            );
        }
        if config.locales.is_empty() {
            self.problem("locales", "must enable at least one locale");
        }
        self.unique("locales", "", &config.locales, |tag| tag.clone());
        for (index, tag) in config.locales.iter().enumerate() {
            if !locales.contains(tag) {
                self.problem(
                    format!("locales[{index}]"),
                    format!("{:?} has no translations (no locales/{tag}/ folder)", tag.as_str()),
                );
            }
        }
        if !config.locales.contains(&config.default_locale) {
            self.problem(
                "default_locale",
                format!(
                    "{:?} is not one of the enabled locales {}",
                    config.default_locale.as_str(),
                    list(&config.locales)
                ),
            );
        }
        self.text("name", &config.name);
        if config.hostnames.is_empty() {
            self.problem("hostnames", "must name at least one hostname");
        }
        self.unique("hostnames", "", &config.hostnames, |host| host.clone());
        if config.time_zone.parse::<chrono_tz::Tz>().is_err() {
            self.problem(
                "time_zone",
                format!("{:?} is not an IANA time zone such as \"Asia/Kolkata\"", config.time_zone),
            );
        }
        if !(1..=10).contains(&config.members_per_account) {
            self.problem(
                "members_per_account",
                format!("is {}; it must be between 1 and 10", config.members_per_account),
            );
        }
        let calling_code = &config.calling_code;
        if !(calling_code.starts_with('+')
            && (2..=5).contains(&calling_code.len())
            && calling_code[1..].bytes().all(|b| b.is_ascii_digit()))
        {
            self.problem(
                "calling_code",
                format!("{calling_code:?} is not an international prefix such as \"+91\""),
            );
        }
        if config.otp.sender.trim().is_empty() {
            self.problem("otp.sender", "must not be empty");
        }
    }
}

/// Problems of a localised text at `key`: it must have the default locale, and only enabled locales.
pub(crate) fn text_problems(config: &TenantConfig, key: &str, text: &LocalisedText) -> Vec<(String, String)> {
    let mut problems = Vec::new();
    if text.exact(&config.default_locale).is_none() {
        problems.push((
            key.to_owned(),
            format!("has no text in the default locale {:?}", config.default_locale.as_str()),
        ));
    }
    for tag in text.locales() {
        if !config.locales.contains(tag) {
            problems.push((
                format!("{key}.{tag}"),
                format!("{:?} is not one of the enabled locales {}", tag.as_str(), list(&config.locales)),
            ));
        }
    }
    problems
}

/// `["en", "hi"]`, for messages.
pub(crate) fn list(tags: &[LocaleTag]) -> String {
    let quoted: Vec<String> = tags.iter().map(|tag| format!("{:?}", tag.as_str())).collect();
    format!("[{}]", quoted.join(", "))
}
