//! Text that a tenant writes in each of its languages (names of states, facilities, vaccines).

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use crate::LocaleTag;

/// A text in several languages, keyed by locale tag.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct LocalisedText(BTreeMap<LocaleTag, String>);

impl LocalisedText {
    /// Builds a text from its translations.
    pub fn new(translations: BTreeMap<LocaleTag, String>) -> Self {
        Self(translations)
    }

    /// The text in `locale`, else in its language alone (`hi` for `hi-IN`), else in `fallback`, else in English,
    /// else any translation.
    pub fn get(&self, locale: &LocaleTag, fallback: &LocaleTag) -> &str {
        self.exact(locale)
            .or_else(|| {
                self.0
                    .iter()
                    .find(|(tag, _)| tag.as_str() == locale.language())
                    .map(|(_, text)| text.as_str())
            })
            .or_else(|| self.exact(fallback))
            .or_else(|| self.exact(&LocaleTag::english()))
            .or_else(|| self.0.values().next().map(String::as_str))
            .unwrap_or("")
    }

    /// The text in exactly this locale, if written.
    pub fn exact(&self, locale: &LocaleTag) -> Option<&str> {
        self.0.get(locale).map(String::as_str)
    }

    /// The locales this text is written in.
    pub fn locales(&self) -> impl Iterator<Item = &LocaleTag> {
        self.0.keys()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> LocaleTag {
        LocaleTag::parse(text).unwrap()
    }

    #[test]
    fn falls_back_from_region_to_language_to_default() {
        let text = LocalisedText::new(BTreeMap::from([(tag("en"), "Karnataka".into()), (tag("hi"), "कर्नाटक".into())]));
        assert_eq!(text.get(&tag("hi-IN"), &tag("en")), "कर्नाटक");
        assert_eq!(text.get(&tag("bn"), &tag("en")), "Karnataka");
        assert_eq!(text.get(&tag("bn"), &tag("hi")), "कर्नाटक");
    }
}
