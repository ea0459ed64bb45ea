//! Identity document numbers in one canonical form, so that a document is recognised however it was written:
//! `384.516.270-80` and `38451627080` are one CPF, `MH14-20110062821` and `MH14 20110062821` one Indian driving
//! licence. Document patterns accept the separators people write; hashing, matching and storage use this form.

use std::fmt;

/// Characters people write between groups of a document number; none is part of any document's identity.
const SEPARATORS: [char; 4] = ['.', '-', '/', '_'];

/// Longest canonical number kept (no national document comes close).
const MAX_LENGTH: usize = 40;

/// An identity document number, normalised: upper case, with no white space and no separators.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct DocumentNumber(String);

impl DocumentNumber {
    /// The canonical form of what a person wrote, or `None` if nothing (or too much) is left of it.
    pub fn normalise(written: &str) -> Option<Self> {
        let canonical: String = written
            .chars()
            .filter(|c| !c.is_whitespace() && !SEPARATORS.contains(c))
            .flat_map(char::to_uppercase)
            .collect();
        (!canonical.is_empty() && canonical.chars().count() <= MAX_LENGTH).then_some(Self(canonical))
    }

    /// What a person wrote, trimmed and upper-cased but with its separators: the form a document type's pattern
    /// judges (patterns are written for the printed form).
    pub fn as_written(written: &str) -> String {
        written.trim().to_uppercase()
    }

    /// The canonical form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Never printed whole: document numbers are personal data.
impl fmt::Debug for DocumentNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("DocumentNumber(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    #[test]
    fn separators_and_case_do_not_make_another_document() {
        let canonical = |text: &str| DocumentNumber::normalise(text).map(|n| n.as_str().to_owned());
        assert_eq!(canonical("384.516.270-80"), canonical("38451627080"));
        assert_eq!(canonical("MH14-20110062821"), canonical("mh14 20110062821"));
        assert_eq!(canonical("796 0308 2462 8194").as_deref(), Some("796030824628194"));
        assert_eq!(canonical(" j8369854 ").as_deref(), Some("J8369854"));
        assert_eq!(canonical(" - . "), None);
        assert_eq!(canonical(&"9".repeat(41)), None);
        assert!(!format!("{:?}", DocumentNumber::normalise("J8369854").unwrap()).contains("8369854"));
    }

    proptest! {
        #[test]
        fn normalising_twice_changes_nothing(text in "[ a-zA-Z0-9.\\-/]{1,30}") {
            if let Some(once) = DocumentNumber::normalise(&text) {
                prop_assert_eq!(DocumentNumber::normalise(once.as_str()), Some(once));
            }
        }
    }
}
