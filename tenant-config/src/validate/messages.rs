//! The tenant's message overrides, and the platform attribution no tenant may remove, hide or rename.

use super::{Checker, list};

/// Message ids that belong to the platform: the attribution and the platform's name.
pub(crate) const PLATFORM_MESSAGE_PREFIX: &str = "platform-";

pub(super) fn check(checker: &mut Checker<'_>) {
    let config = checker.config;
    for (locale, messages) in &config.messages {
        if !config.locales.contains(locale) {
            checker.problem(
                format!("messages.{}", locale.as_str()),
                format!("{:?} is not one of the enabled locales {}", locale.as_str(), list(&config.locales)),
            );
        }
        for (id, text) in messages {
            let key = format!("messages.{}.{id}", locale.as_str());
            let well_formed = !id.is_empty() && id.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-');
            if !well_formed {
                checker.problem(&key, "a message id is lower-case letters, digits and hyphens");
            } else if id.starts_with(PLATFORM_MESSAGE_PREFIX) {
                checker.problem(
                    &key,
                    "the platform attribution and name (\"platform-*\" messages) are rendered by the platform on every page and \
                     certificate and cannot be overridden, hidden or renamed (MoU: attribution kept)",
                );
            }
            if text.trim().is_empty() {
                checker.problem(&key, "an override cannot be empty");
            }
        }
    }
}
