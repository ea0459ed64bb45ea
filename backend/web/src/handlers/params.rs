//! Parameters in CoWIN's formats, parsed once at the edge.

use chrono::{Datelike as _, NaiveDate};
use serde::{Deserialize, Deserializer, de};

/// A date written as CoWIN wrote them: `DD-MM-YYYY`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) struct CowinDate(pub(crate) NaiveDate);

impl CowinDate {
    /// `DD-MM-YYYY`, written directly: a strftime pattern would be parsed again for every session of every answer.
    pub(crate) fn format(date: NaiveDate) -> String {
        format!("{:02}-{:02}-{:04}", date.day(), date.month(), date.year())
    }
}

impl serde::Serialize for CowinDate {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&Self::format(self.0))
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

/// A beneficiary reference named by parameter `name`.
pub(crate) fn reference(text: &str, name: &str) -> Result<cowin_core::BeneficiaryRef, crate::ApiError> {
    cowin_core::BeneficiaryRef::parse(text.trim()).ok_or_else(|| crate::ApiError::invalid_parameter(name))
}

/// Whole numbers as CoWIN clients send them, for `#[serde(deserialize_with = "...")]` on integer fields. CoWIN's
/// published spec types ids and dose numbers as `number`, so clients generated from it send `1.0`; older scripts
/// send strings (`"birth_year": "1990"`). Any of these is accepted when its value is whole and fits the field;
/// `1.5`, `"one"` or an out-of-range value is refused (the body parser names the field).
pub(crate) mod whole {
    use std::fmt;
    use std::marker::PhantomData;

    use serde::de::{self, Deserializer, Visitor};

    /// Largest integer a JSON number (an IEEE double) holds exactly.
    const EXACT: f64 = 9_007_199_254_740_992.0;

    struct Whole<T>(PhantomData<T>);

    fn fit<T: TryFrom<i64>, E: de::Error>(value: i64) -> Result<T, E> {
        T::try_from(value).map_err(|_| E::custom(format!("{value} is out of range")))
    }

    impl<T: TryFrom<i64>> Visitor<'_> for Whole<T> {
        type Value = T;

        fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
            f.write_str("a whole number")
        }

        fn visit_i64<E: de::Error>(self, value: i64) -> Result<T, E> {
            fit(value)
        }

        fn visit_u64<E: de::Error>(self, value: u64) -> Result<T, E> {
            i64::try_from(value).map_err(|_| E::custom("out of range")).and_then(fit)
        }

        fn visit_f64<E: de::Error>(self, value: f64) -> Result<T, E> {
            if value.is_finite() && value.fract() == 0.0 && value.abs() <= EXACT {
                // Whole and exact, so the conversion loses nothing.
                #[allow(clippy::cast_possible_truncation, reason = "checked whole and within 2^53 above")]
                fit(value as i64)
            } else {
                Err(E::custom(format!("{value} is not a whole number")))
            }
        }

        fn visit_str<E: de::Error>(self, text: &str) -> Result<T, E> {
            let text = text.trim();
            match text.parse::<i64>() {
                Ok(value) => fit(value),
                Err(_) => match text.parse::<f64>() {
                    Ok(value) => self.visit_f64(value),
                    Err(_) => Err(E::custom(format!("{text:?} is not a whole number"))),
                },
            }
        }
    }

    /// A required whole number.
    pub(crate) fn deserialize<'de, D: Deserializer<'de>, T: TryFrom<i64>>(deserializer: D) -> Result<T, D::Error> {
        deserializer.deserialize_any(Whole(PhantomData))
    }

    /// An optional whole number (`null` or absent is `None`; pair with `#[serde(default)]`).
    pub(crate) fn optional<'de, D: Deserializer<'de>, T: TryFrom<i64>>(deserializer: D) -> Result<Option<T>, D::Error> {
        struct Optional<T>(PhantomData<T>);
        impl<'de, T: TryFrom<i64>> Visitor<'de> for Optional<T> {
            type Value = Option<T>;
            fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str("a whole number or null")
            }
            fn visit_none<E: de::Error>(self) -> Result<Option<T>, E> {
                Ok(None)
            }
            fn visit_unit<E: de::Error>(self) -> Result<Option<T>, E> {
                Ok(None)
            }
            fn visit_some<D: Deserializer<'de>>(self, deserializer: D) -> Result<Option<T>, D::Error> {
                deserialize(deserializer).map(Some)
            }
        }
        deserializer.deserialize_option(Optional(PhantomData))
    }

    /// A list of whole numbers.
    pub(crate) fn list<'de, D: Deserializer<'de>, T: TryFrom<i64>>(deserializer: D) -> Result<Vec<T>, D::Error> {
        #[derive(serde::Deserialize)]
        struct Item<T: TryFrom<i64>>(#[serde(deserialize_with = "deserialize")] T);
        let items: Vec<Item<T>> = serde::Deserialize::deserialize(deserializer)?;
        Ok(items.into_iter().map(|Item(value)| value).collect())
    }
}

/// `"Y"` or `"N"`, as CoWIN's flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, utoipa::ToSchema)]
pub(crate) enum YesNo {
    /// Yes.
    Y,
    /// No.
    N,
}

impl From<bool> for YesNo {
    fn from(flag: bool) -> Self {
        if flag { Self::Y } else { Self::N }
    }
}

#[cfg(test)]
mod tests {
    use serde::Deserialize;

    #[derive(Debug, Deserialize)]
    struct Body {
        #[serde(deserialize_with = "super::whole::deserialize")]
        dose: u8,
        #[serde(default, deserialize_with = "super::whole::optional")]
        center_id: Option<i64>,
        #[serde(default, deserialize_with = "super::whole::list")]
        facility_ids: Vec<i64>,
    }

    fn parse(json: &str) -> Result<Body, String> {
        serde_json::from_str(json).map_err(|error| error.to_string())
    }

    #[test]
    fn whole_numbers_come_as_integers_floats_or_strings() {
        let body = parse(r#"{"dose": 1.0, "center_id": "1201", "facility_ids": [3.0, 4]}"#).unwrap();
        assert_eq!((body.dose, body.center_id, body.facility_ids), (1, Some(1201), vec![3, 4]));
        assert_eq!(parse(r#"{"dose": 2, "center_id": null}"#).unwrap().center_id, None);
        assert_eq!(parse(r#"{"dose": " 2 "}"#).unwrap().dose, 2);
    }

    #[test]
    fn fractions_and_out_of_range_values_are_refused() {
        for bad in [
            r#"{"dose": 1.5}"#,
            r#"{"dose": 256}"#,
            r#"{"dose": -1}"#,
            r#"{"dose": "one"}"#,
            r#"{"dose": 1e300}"#,
            r#"{"dose": true}"#,
        ] {
            assert!(parse(bad).is_err(), "{bad}");
        }
        assert!(parse(r#"{"dose": 1, "facility_ids": [1.25]}"#).is_err());
    }

    #[test]
    fn cowin_dates_are_written_as_chrono_writes_dd_mm_yyyy() {
        let mut date = chrono::NaiveDate::from_ymd_opt(1, 1, 1).unwrap();
        let last = chrono::NaiveDate::from_ymd_opt(9999, 12, 31).unwrap();
        while date < last {
            assert_eq!(super::CowinDate::format(date), date.format("%d-%m-%Y").to_string());
            date = date + chrono::Days::new(97);
        }
        assert_eq!(super::CowinDate::format(last), "31-12-9999");
    }
}
