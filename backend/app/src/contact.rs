//! E-mail addresses of citizens, staff and NHA administrators, in the one form they are hashed, matched and sent to.

use std::fmt;

/// An e-mail address: trimmed, lower-cased, and one an SMTP message can be sent to.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct EmailAddress(String);

impl EmailAddress {
    /// The address as written, normalised, or `None` if mail cannot be sent to it.
    pub fn parse(text: &str) -> Option<Self> {
        let address = text.trim().to_lowercase();
        address.parse::<lettre::Address>().is_ok().then_some(Self(address))
    }

    /// The address.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Addresses are personal data: never printed whole in logs.
impl fmt::Debug for EmailAddress {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("EmailAddress(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn addresses_are_normalised_and_checked() {
        assert_eq!(EmailAddress::parse(" Asha@Example.ORG ").unwrap().as_str(), "asha@example.org");
        assert!(EmailAddress::parse("not an address").is_none());
        assert!(!format!("{:?}", EmailAddress::parse("a@b.org").unwrap()).contains("a@b"));
    }
}
