//! Numbers and dates as each language writes them, from CLDR through ICU4X: the locale's default digits (Bengali
//! digits for Bengali, Arabic-Indic for Egyptian Arabic), its grouping (India's lakh grouping for Hindi) and its month names.
//! Every number a Fluent message shows goes through [`fluent_number`], set as each bundle's formatter; dates are
//! written with [`DateFormats::date`]. Grouping starts at five digits (CLDR's "min2"), so a year stays `1980`.
//! The CoWIN v2 API's own date fields keep their `DD-MM-YYYY`: those are data, not text.

use std::collections::BTreeMap;

use chrono::{Datelike, NaiveDate};
use cowin_core::LocaleTag;
use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::YMD;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale::LocaleExpander;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

/// The ICU locale of a language tag, completed with CLDR's likely script and region where it names none (`ar` is
/// `ar-Arab-EG`, `hi` is `hi-Deva-IN`), so a language is written as where most of its speakers live; the root locale
/// if ICU cannot read the tag, which validation prevents.
fn icu_locale(tag: &str) -> Locale {
    let mut locale: Locale = tag.parse().unwrap_or(Locale::UNKNOWN);
    LocaleExpander::new_common().maximize(&mut locale.id);
    locale
}

/// Whole numbers in one language.
#[derive(Debug)]
pub struct NumberFormat(DecimalFormatter);

impl NumberFormat {
    /// The formatter of `tag`.
    pub fn new(tag: &str) -> Result<Self, String> {
        let mut options = DecimalFormatterOptions::default();
        options.grouping_strategy = Some(GroupingStrategy::Min2);
        DecimalFormatter::try_new(icu_locale(tag).into(), options)
            .map(Self)
            .map_err(|error| error.to_string())
    }

    /// `value` in this language.
    pub fn format(&self, value: i64) -> String {
        self.0.format(&Decimal::from(value)).to_string()
    }
}

impl intl_memoizer::Memoizable for NumberFormat {
    type Args = ();
    type Error = String;

    fn construct(lang: LanguageIdentifier, _: ()) -> Result<Self, String> {
        Self::new(&lang.to_string())
    }
}

/// Fluent's number formatter: whole numbers in the bundle's language (through the bundle's memoizer, so each
/// language's formatter is made once); anything else as Fluent writes it.
pub fn fluent_number<M: MemoizerKind>(value: &FluentValue<'_>, memoizer: &M) -> Option<String> {
    let FluentValue::Number(number) = value else {
        return None;
    };
    let whole = number.value.is_finite() && number.value.fract() == 0.0 && number.value.abs() < 1e15;
    if !whole || number.options.minimum_fraction_digits.is_some() || number.options.minimum_integer_digits.is_some() {
        return None;
    }
    #[allow(clippy::cast_possible_truncation, reason = "a whole number below 10^15 fits an i64 exactly")]
    let value = number.value as i64;
    memoizer
        .with_try_get_threadsafe::<NumberFormat, _, _>((), |format| format.format(value))
        .ok()
}

/// Dates and whole numbers in every loaded language: day, month name and year in the language's order, numbers
/// in its digits and grouping.
#[derive(Debug, Default)]
pub struct LocaleFormats {
    dates: BTreeMap<LocaleTag, FixedCalendarDateTimeFormatter<Gregorian, YMD>>,
    numbers: BTreeMap<LocaleTag, NumberFormat>,
}

impl LocaleFormats {
    /// The formatters of `locales`.
    pub fn new<'a>(locales: impl IntoIterator<Item = &'a LocaleTag>) -> Result<Self, String> {
        let mut formats = Self::default();
        for tag in locales {
            let date = FixedCalendarDateTimeFormatter::try_new(icu_locale(tag.as_str()).into(), YMD::long())
                .map_err(|error| format!("{tag}: {error}"))?;
            formats.dates.insert(tag.clone(), date);
            formats.numbers.insert(tag.clone(), NumberFormat::new(tag.as_str())?);
        }
        Ok(formats)
    }

    /// `date` in `locale` ("December 4, 2026", "٤ ديسمبر ٢٠٢٦"), or `DD-MM-YYYY` in a language not loaded.
    pub fn date(&self, locale: &LocaleTag, date: NaiveDate) -> String {
        let gregorian = u8::try_from(date.month())
            .ok()
            .zip(u8::try_from(date.day()).ok())
            .and_then(|(month, day)| Date::try_new_gregorian(date.year(), month, day).ok());
        match (self.dates.get(locale), gregorian) {
            (Some(format), Some(gregorian)) => format.format(&gregorian).to_string(),
            _ => date.format("%d-%m-%Y").to_string(),
        }
    }

    /// `value` in `locale`, or as Rust writes it in a language not loaded.
    pub fn number(&self, locale: &LocaleTag, value: i64) -> String {
        self.numbers
            .get(locale)
            .map_or_else(|| value.to_string(), |format| format.format(value))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tag(text: &str) -> LocaleTag {
        LocaleTag::parse(text).unwrap()
    }

    #[test]
    fn each_language_writes_numbers_and_dates_its_own_way() {
        let number = |locale: &str, value: i64| NumberFormat::new(locale).unwrap().format(value);
        assert_eq!(number("en", 1_234_567), "1,234,567");
        assert_eq!(number("hi", 1_234_567), "12,34,567", "lakh grouping");
        assert_eq!(number("en", 1980), "1980", "no grouping below five digits");
        assert_eq!(number("bn", 42), "৪২", "Bengali digits");
        assert_eq!(number("ar", 42), "٤٢", "Arabic-Indic digits, as in Egypt");
        assert_eq!(number("ar-MA", 42), "42", "Morocco writes Latin digits");
        assert_eq!(number("pt-BR", 12_345), "12.345");

        let locales = [tag("en"), tag("ar"), tag("ru")];
        let dates = LocaleFormats::new(&locales).unwrap();
        assert_eq!(dates.number(&tag("ar"), 1_234_567), "١٬٢٣٤٬٥٦٧");
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        assert_eq!(dates.date(&tag("en"), day), "December 4, 2026");
        let arabic = dates.date(&tag("ar"), day);
        assert!(arabic.contains("ديسمبر") && arabic.contains("٢٠٢٦"), "{arabic}");
        assert!(dates.date(&tag("ru"), day).contains("дек"), "{}", dates.date(&tag("ru"), day));
        assert_eq!(dates.date(&tag("uz"), day), "04-12-2026", "not loaded");
    }
}
