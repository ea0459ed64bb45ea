//! Language tags of the locales a tenant enables.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A BCP 47 language tag of the simple form this platform uses: language, optional script, optional region
/// (`en`, `hi`, `pt-BR`, `uz`, `sr-Latn`). Case is normalised (`pt-br` becomes `pt-BR`); `_` is read as `-`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct LocaleTag(String);

/// Why a text is not a locale tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{0:?} is not a language tag such as \"en\", \"hi\" or \"pt-BR\"")]
pub struct LocaleTagError(String);

impl LocaleTag {
    /// Parses a tag such as `hi`, `hi-IN`, `hi_IN` or `pt-BR`.
    pub fn parse(text: &str) -> Result<Self, LocaleTagError> {
        let error = || LocaleTagError(text.to_owned());
        let mut parts = text.split(['-', '_']);
        let language = parts
            .next()
            .filter(|l| (2..=3).contains(&l.len()) && l.bytes().all(|b| b.is_ascii_alphabetic()));
        let mut tag = language.ok_or_else(error)?.to_ascii_lowercase();
        let mut seen_region = false;
        for part in parts {
            let alpha = part.bytes().all(|b| b.is_ascii_alphabetic());
            if part.len() == 4 && alpha && !seen_region && !tag.contains('-') {
                tag.push('-');
                tag.push_str(&part[..1].to_ascii_uppercase());
                tag.push_str(&part[1..].to_ascii_lowercase());
            } else if !seen_region && ((part.len() == 2 && alpha) || (part.len() == 3 && part.bytes().all(|b| b.is_ascii_digit()))) {
                tag.push('-');
                tag.push_str(&part.to_ascii_uppercase());
                seen_region = true;
            } else {
                return Err(error());
            }
        }
        Ok(Self(tag))
    }

    /// The English tag, the last step of every fallback chain.
    pub fn english() -> Self {
        Self("en".to_owned())
    }

    /// The tag text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The language subtag alone (`pt` for `pt-BR`).
    pub fn language(&self) -> &str {
        self.0.split('-').next().unwrap_or(&self.0)
    }

    /// Whether the language is written right to left (Arabic, Hebrew, Persian, Urdu, ...).
    pub fn is_right_to_left(&self) -> bool {
        matches!(
            self.language(),
            "ar" | "he" | "fa" | "ur" | "ps" | "sd" | "ug" | "yi" | "dv" | "ckb"
        )
    }
}

impl fmt::Display for LocaleTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl TryFrom<String> for LocaleTag {
    type Error = LocaleTagError;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<LocaleTag> for String {
    fn from(value: LocaleTag) -> Self {
        value.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalises_tags() {
        assert_eq!(LocaleTag::parse("hi_IN").unwrap().as_str(), "hi-IN");
        assert_eq!(LocaleTag::parse("pt-br").unwrap().as_str(), "pt-BR");
        assert_eq!(LocaleTag::parse("sr-latn-rs").unwrap().as_str(), "sr-Latn-RS");
        assert_eq!(LocaleTag::parse("es-419").unwrap().as_str(), "es-419");
        assert_eq!(LocaleTag::parse("pt-BR").unwrap().language(), "pt");
    }

    #[test]
    fn refuses_other_text() {
        for bad in ["", "e", "english", "en-", "en-US-x", "../etc", "hi IN"] {
            assert!(LocaleTag::parse(bad).is_err(), "{bad} should be refused");
        }
    }

    #[test]
    fn knows_right_to_left_languages() {
        assert!(LocaleTag::parse("ar").unwrap().is_right_to_left());
        assert!(!LocaleTag::parse("hi").unwrap().is_right_to_left());
    }
}
