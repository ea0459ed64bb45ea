//! Parameters in CoWIN's formats, parsed once at the edge.

use chrono::NaiveDate;
use serde::{Deserialize, Deserializer, de};

/// A date written as CoWIN wrote them: `DD-MM-YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CowinDate(pub(crate) NaiveDate);

impl CowinDate {
    /// `DD-MM-YYYY`.
    pub(crate) fn format(date: NaiveDate) -> String {
        date.format("%d-%m-%Y").to_string()
    }
}

impl<'de> Deserialize<'de> for CowinDate {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let text = String::deserialize(deserializer)?;
        NaiveDate::parse_from_str(&text, "%d-%m-%Y")
            .map(Self)
            .map_err(|_| de::Error::custom(format!("`date` must be DD-MM-YYYY, got \"{text}\"")))
    }
}

/// A number CoWIN clients send either as a JSON number or as a string (`"birth_year": "1990"`).
#[derive(Debug, Clone, Copy)]
pub(crate) struct LenientNumber(pub(crate) i64);

impl<'de> Deserialize<'de> for LenientNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        #[derive(Deserialize)]
        #[serde(untagged)]
        enum Either {
            Number(i64),
            Text(String),
        }
        match Either::deserialize(deserializer)? {
            Either::Number(number) => Ok(Self(number)),
            Either::Text(text) => text.trim().parse().map(Self).map_err(|_| de::Error::custom("expected a number")),
        }
    }
}

/// `"Y"` or `"N"`, as CoWIN's flags.
pub(crate) fn yes_no(flag: bool) -> &'static str {
    if flag { "Y" } else { "N" }
}
