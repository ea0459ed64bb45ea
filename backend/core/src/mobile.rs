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

    /// The international number, `+919876543210`. A country that writes its numbers with a trunk prefix (Egypt's
    /// `01012345678`) is dialled from abroad without it (`+201012345678`).
    pub fn international(&self, calling_code: &str) -> String {
        let national = self.0.strip_prefix('0').unwrap_or(&self.0);
        format!("{calling_code}{national}")
    }
}

/// Mobile numbers are personal data: never printed whole in logs.
impl fmt::Debug for Mobile {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Mobile(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::Mobile;

    #[test]
    fn the_trunk_prefix_is_dropped_from_the_international_number() {
        let mobile = |text: &str| Mobile::parse(text, |_| true).unwrap_or_else(|| Mobile(String::new()));
        assert_eq!(mobile("9876543210").international("+91"), "+919876543210");
        assert_eq!(mobile("01012345678").international("+20"), "+201012345678");
        assert_eq!(mobile("11987654321").international("+55"), "+5511987654321");
    }
}
