//! A person's name as registered, corrected or invited: trimmed, not empty, at most 100 characters.

use std::fmt;

/// Longest name kept, in characters (CoWIN's limit).
const MAX_CHARACTERS: usize = 100;

/// A person's name.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct PersonName(String);

impl PersonName {
    /// The name as given, trimmed; `None` if nothing is left or it is longer than 100 characters.
    pub fn parse(text: &str) -> Option<Self> {
        let name = text.trim();
        (!name.is_empty() && name.chars().count() <= MAX_CHARACTERS && !name.chars().any(char::is_control)).then(|| Self(name.to_owned()))
    }

    /// The name.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The name, owned.
    pub fn into_string(self) -> String {
        self.0
    }
}

/// Names are personal data: never printed whole in logs.
impl fmt::Debug for PersonName {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PersonName(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_are_trimmed_and_bounded() {
        assert_eq!(PersonName::parse("  Asha Kumari ").unwrap().as_str(), "Asha Kumari");
        assert_eq!(PersonName::parse("अमित शर्मा").unwrap().as_str(), "अमित शर्मा");
        assert!(PersonName::parse("   ").is_none());
        assert!(PersonName::parse(&"a".repeat(101)).is_none());
        assert!(PersonName::parse(&"अ".repeat(100)).is_some(), "characters, not bytes");
        assert!(PersonName::parse("line\nbreak").is_none());
    }
}
