//! Anchored regular expressions for document numbers, mobiles and postal codes.

use std::fmt;

use serde::{Deserialize, Serialize};

/// A regular expression anchored at both ends (`^...$`), compiled once.
#[derive(Clone, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Pattern {
    source: String,
    regex: regex::Regex,
}

impl Pattern {
    /// Compiles `source`; it must start with `^` and end with `$` so it judges the whole value.
    pub fn parse(source: &str) -> Result<Self, String> {
        if !source.starts_with('^') || !source.ends_with('$') || source.ends_with("\\$") {
            return Err(format!("pattern {source:?} must be anchored: start with ^ and end with $"));
        }
        let regex = regex::Regex::new(source).map_err(|error| format!("pattern {source:?} is not a valid regular expression: {error}"))?;
        Ok(Self {
            source: source.to_owned(),
            regex,
        })
    }

    /// Whether the whole of `value` matches.
    pub fn matches(&self, value: &str) -> bool {
        self.regex.is_match(value)
    }

    /// The pattern as written.
    pub fn as_str(&self) -> &str {
        &self.source
    }
}

impl fmt::Debug for Pattern {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Pattern({:?})", self.source)
    }
}

impl PartialEq for Pattern {
    fn eq(&self, other: &Self) -> bool {
        self.source == other.source
    }
}

impl TryFrom<String> for Pattern {
    type Error = String;
    fn try_from(value: String) -> Result<Self, Self::Error> {
        Self::parse(&value)
    }
}

impl From<Pattern> for String {
    fn from(value: Pattern) -> Self {
        value.source
    }
}
