//! A mobile number as a country writes it (without its calling code), checked against the country's pattern.

use std::fmt;

/// A mobile number of a tenant's format.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct Mobile(String);

impl Mobile {
    /// The number, trimmed, if `matches` (the tenant's pattern) accepts it.
    pub fn parse(text: &str, matches: impl FnOnce(&str) -> bool) -> Option<Self> {
        let number = text.trim();
        matches(number).then(|| Self(number.to_owned()))
    }

    /// The number.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The international number, `+919876543210`.
    pub fn international(&self, calling_code: &str) -> String {
        format!("{calling_code}{}", self.0)
    }
}

/// Mobile numbers are personal data: never printed whole in logs.
impl fmt::Debug for Mobile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Mobile(<redacted>)")
    }
}
