//! The key a client gives a dose record so that a retry answers the first result instead of recording again.

/// Longest key kept.
const MAX_LENGTH: usize = 100;

/// A client's idempotency key: trimmed, 1 to 100 bytes.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct IdempotencyKey(String);

impl IdempotencyKey {
    /// The key as given, trimmed; `None` if empty or longer than 100 bytes.
    pub fn parse(text: &str) -> Option<Self> {
        let key = text.trim();
        (!key.is_empty() && key.len() <= MAX_LENGTH).then(|| Self(key.to_owned()))
    }

    /// The key.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_trimmed_and_bounded() {
        assert_eq!(IdempotencyKey::parse(" dose-1 ").unwrap().as_str(), "dose-1");
        assert!(IdempotencyKey::parse("").is_none());
        assert!(IdempotencyKey::parse(&"k".repeat(101)).is_none());
    }
}
