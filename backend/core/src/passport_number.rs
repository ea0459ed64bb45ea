//! A passport number as travel documents carry it: the document number of the machine-readable zone (ICAO Doc 9303),
//! at most nine letters and digits. Any country's passport qualifies, so the rule is ICAO's, not a tenant's pattern.

use std::fmt;

use crate::DocumentNumber;

/// Shortest number accepted (no issuing state uses fewer characters).
const MIN_LENGTH: usize = 5;
/// The MRZ document number field's width.
const MAX_LENGTH: usize = 9;

/// A passport number in canonical form: upper-case letters and digits, separators and spaces dropped.
#[derive(Clone, PartialEq, Eq)]
pub struct PassportNumber(String);

impl PassportNumber {
    /// The passport number a person wrote (`j 836-9854` is `J8369854`), or `None` if it cannot be one.
    pub fn parse(written: &str) -> Option<Self> {
        let canonical = DocumentNumber::normalise(written)?;
        let number = canonical.as_str();
        let well_formed = (MIN_LENGTH..=MAX_LENGTH).contains(&number.len())
            && number.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit())
            && number.chars().any(|c| c.is_ascii_digit());
        well_formed.then(|| Self(number.to_owned()))
    }

    /// The canonical form.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Never printed whole: passport numbers are personal data.
impl fmt::Debug for PassportNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("PassportNumber(<redacted>)")
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn passport_numbers_are_read_as_the_mrz_carries_them() {
        let parsed = |written: &str| PassportNumber::parse(written).map(|number| number.as_str().to_owned());
        assert_eq!(parsed(" j 836-9854 ").as_deref(), Some("J8369854"));
        assert_eq!(parsed("FA1234567").as_deref(), Some("FA1234567"));
        assert_eq!(parsed("AB12345678"), None, "ten characters do not fit the MRZ field");
        assert_eq!(parsed("ABCDEFGH"), None, "no digit");
        assert_eq!(parsed("J83"), None, "too short");
        assert_eq!(parsed("J836985<"), None, "filler is not part of the number");
        assert_eq!(parsed("Ж8369854"), None, "Latin letters only");
        assert_eq!(
            format!("{:?}", PassportNumber::parse("J8369854").unwrap()),
            "PassportNumber(<redacted>)"
        );
    }
}
