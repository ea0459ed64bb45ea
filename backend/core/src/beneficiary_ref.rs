//! The 14-digit beneficiary reference id that CoWIN printed on slips and certificates.

use std::fmt;

/// A beneficiary reference id: 14 digits, the first not zero.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct BeneficiaryRef(u64);

const SMALLEST: u64 = 10_000_000_000_000;
const LARGEST: u64 = 99_999_999_999_999;

impl BeneficiaryRef {
    /// Parses the 14-digit form.
    pub fn parse(text: &str) -> Option<Self> {
        if text.len() != 14 || !text.bytes().all(|b| b.is_ascii_digit()) {
            return None;
        }
        text.parse::<u64>()
            .ok()
            .filter(|value| (SMALLEST..=LARGEST).contains(value))
            .map(Self)
    }

    /// A reference made from 64 random bits, spread evenly enough over the 9 × 10^13 possible ids.
    pub fn from_random(bits: u64) -> Self {
        Self(SMALLEST + bits % (LARGEST - SMALLEST + 1))
    }
}

impl fmt::Display for BeneficiaryRef {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:014}", self.0)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    proptest! {
        #[test]
        fn random_references_are_fourteen_digits_and_parse_back(bits in any::<u64>()) {
            let reference = BeneficiaryRef::from_random(bits);
            let text = reference.to_string();
            prop_assert_eq!(text.len(), 14);
            prop_assert!(!text.starts_with('0'));
            prop_assert_eq!(BeneficiaryRef::parse(&text), Some(reference));
        }
    }

    #[test]
    fn refuses_other_text() {
        for bad in ["", "1234", "01234567890123", "1234567890123a", "123456789012345"] {
            assert!(BeneficiaryRef::parse(bad).is_none(), "{bad}");
        }
    }
}
