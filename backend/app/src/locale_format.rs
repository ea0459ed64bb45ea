//! Numbers and dates as each language writes them, from CLDR through ICU4X: the locale's default digits (Bengali
//! digits for Bengali, Arabic-Indic for Egyptian Arabic), its grouping (India's lakh grouping for Hindi) and its month names.
//! Every number a Fluent message shows goes through [`fluent_number`], set as each bundle's formatter; dates, times
//! and numbers outside messages are written by [`LocaleFormats`] for a language *as written in the tenant's country*
//! (English in India is en-IN: "5 December 2026", 12,34,567), times in the tenant's time zone. Grouping starts at
//! five digits (CLDR's "min2"), so a year stays `1980`. The CoWIN v2 API's own date fields keep their `DD-MM-YYYY`:
//! those are data, not text.

use std::collections::{BTreeSet, HashMap};
use std::sync::{Arc, RwLock};

use chrono::{DateTime, Datelike, NaiveDate, Offset, TimeZone, Timelike, Utc};
use cowin_core::{LocaleTag, TenantCode};
use fluent_bundle::FluentValue;
use fluent_bundle::memoizer::MemoizerKind;
use icu_calendar::{Date, Gregorian};
use icu_datetime::FixedCalendarDateTimeFormatter;
use icu_datetime::fieldsets::{YMD, YMDT};
use icu_datetime::input::Time;
use icu_datetime::options::TimePrecision;
use icu_decimal::DecimalFormatter;
use icu_decimal::input::Decimal;
use icu_decimal::options::{DecimalFormatterOptions, GroupingStrategy};
use icu_locale::LocaleExpander;
use icu_locale_core::Locale;
use unic_langid::LanguageIdentifier;

/// The ICU locale of a language tag in `country`: a tag that names no region takes the country's (English in India is
/// en-IN), then CLDR's likely script and region complete the rest (`ar` alone is `ar-Arab-EG`, `hi` is
/// `hi-Deva-IN`); the root locale if ICU cannot read the tag, which validation prevents.
fn icu_locale(tag: &str, country: Option<TenantCode>) -> Locale {
    let mut locale: Locale = tag.parse().unwrap_or(Locale::UNKNOWN);
    if locale.id.region.is_none() {
        locale.id.region = country.and_then(|code| code.as_str().parse().ok());
    }
    LocaleExpander::new_common().maximize(&mut locale.id);
    locale
}

/// Whole numbers in one language.
#[derive(Debug)]
pub struct NumberFormat(DecimalFormatter);

impl NumberFormat {
    /// The formatter of `tag`.
    pub fn new(tag: &str) -> Result<Self, String> {
        Self::in_country(tag, None)
    }

    /// The formatter of `tag` as written in `country`.
    fn in_country(tag: &str, country: Option<TenantCode>) -> Result<Self, String> {
        let mut options = DecimalFormatterOptions::default();
        options.grouping_strategy = Some(GroupingStrategy::Min2);
        DecimalFormatter::try_new(icu_locale(tag, country).into(), options)
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

/// One language's formatters as written in one country.
#[derive(Debug)]
struct Formats {
    date: FixedCalendarDateTimeFormatter<Gregorian, YMD>,
    date_time: FixedCalendarDateTimeFormatter<Gregorian, YMDT>,
    number: NumberFormat,
}

impl Formats {
    fn new(tag: &LocaleTag, country: Option<TenantCode>) -> Result<Self, String> {
        let locale = icu_locale(tag.as_str(), country);
        let failed = |error: icu_datetime::DateTimeFormatterLoadError| format!("{tag}: {error}");
        Ok(Self {
            date: FixedCalendarDateTimeFormatter::try_new(locale.clone().into(), YMD::long()).map_err(failed)?,
            date_time: FixedCalendarDateTimeFormatter::try_new(locale.into(), YMDT::long().with_time_precision(TimePrecision::Minute))
                .map_err(failed)?,
            number: NumberFormat::in_country(tag.as_str(), country)?,
        })
    }
}

/// ICU's day for a chrono day (every chrono day is one).
fn gregorian(date: NaiveDate) -> Option<Date<Gregorian>> {
    let month = u8::try_from(date.month()).ok()?;
    let day = u8::try_from(date.day()).ok()?;
    Date::try_new_gregorian(date.year(), month, day).ok()
}

/// A language as written in a country (`None`: where CLDR says most of its speakers live).
type Written = (LocaleTag, Option<TenantCode>);

/// Fluent's `PLURAL($count)` for `tag`: the CLDR plural category of a number (`one`, `few`, ...) from ICU4X, for
/// selectors to match. Fluent's own selection on a bare `{ $count -> ... }` uses CLDR 37 data that gets Arabic wrong
/// above 100 (103 is `few`, not `other`) and lacks Spanish `many`; every message the server selects on goes through
/// this instead. A value that is not a number is left as it is.
pub fn plural_function(
    tag: &str,
) -> impl for<'a> Fn(&[FluentValue<'a>], &fluent_bundle::FluentArgs) -> FluentValue<'a> + Send + Sync + 'static {
    let rules = icu_plurals::PluralRules::try_new_cardinal(icu_locale(tag, None).into()).ok();
    move |positional, _named| {
        let (Some(rules), Some(FluentValue::Number(number))) = (&rules, positional.first()) else {
            return positional.first().cloned().unwrap_or(FluentValue::None);
        };
        let category = match number.as_string().parse::<icu_decimal::input::Decimal>() {
            Ok(decimal) => rules.category_for(&decimal),
            Err(_) => icu_plurals::PluralCategory::Other,
        };
        FluentValue::String(category_name(category).into())
    }
}

/// The name a Fluent variant key gives a plural category.
fn category_name(category: icu_plurals::PluralCategory) -> &'static str {
    use icu_plurals::PluralCategory::{Few, Many, One, Other, Two, Zero};
    match category {
        Zero => "zero",
        One => "one",
        Two => "two",
        Few => "few",
        Many => "many",
        Other => "other",
    }
}

/// Dates, times and whole numbers in every loaded language, as written in each country asked for; each
/// (language, country) pair's formatters are made on first use and kept (languages × countries, a few thousand at
/// most).
#[derive(Debug, Default)]
pub struct LocaleFormats {
    loaded: BTreeSet<LocaleTag>,
    made: RwLock<HashMap<Written, Arc<Formats>>>,
}

impl LocaleFormats {
    /// The formatters of `locales`, checked now so that a language ICU cannot write fails at start.
    pub fn new<'a>(locales: impl IntoIterator<Item = &'a LocaleTag>) -> Result<Self, String> {
        let formats = Self {
            loaded: locales.into_iter().cloned().collect(),
            made: RwLock::default(),
        };
        for tag in &formats.loaded {
            formats.formats(tag, None).ok_or_else(|| format!("{tag}: no formats"))?;
        }
        Ok(formats)
    }

    fn formats(&self, locale: &LocaleTag, country: Option<TenantCode>) -> Option<Arc<Formats>> {
        if !self.loaded.contains(locale) {
            return None;
        }
        let key = (locale.clone(), country);
        if let Some(formats) = self.made.read().ok().and_then(|made| made.get(&key).cloned()) {
            return Some(formats);
        }
        let formats = Arc::new(Formats::new(locale, country).ok()?);
        if let Ok(mut made) = self.made.write() {
            made.insert(key, Arc::clone(&formats));
        }
        Some(formats)
    }

    /// `date` in `locale` as `country` writes it ("December 4, 2026"; in India "4 December 2026"; "٤ ديسمبر ٢٠٢٦"),
    /// or `DD-MM-YYYY` in a language not loaded.
    pub fn date(&self, locale: &LocaleTag, country: Option<TenantCode>, date: NaiveDate) -> String {
        match (self.formats(locale, country), gregorian(date)) {
            (Some(formats), Some(day)) => formats.date.format(&day).to_string(),
            _ => date.format("%d-%m-%Y").to_string(),
        }
    }

    /// The moment `at` in `locale` as `country` writes it, on the clock of `zone`, with the zone's offset from UTC
    /// ("4 December 2026 at 3:30 pm (UTC+05:30)").
    pub fn date_time<Z: TimeZone>(&self, locale: &LocaleTag, country: Option<TenantCode>, zone: &Z, at: DateTime<Utc>) -> String {
        let local = at.with_timezone(zone);
        let offset = local.offset().fix().local_minus_utc();
        let sign = if offset < 0 { '-' } else { '+' };
        let utc = format!("UTC{sign}{:02}:{:02}", offset.abs() / 3600, offset.abs() % 3600 / 60);
        let naive = local.naive_local();
        let time = u8::try_from(naive.hour())
            .ok()
            .zip(u8::try_from(naive.minute()).ok())
            .and_then(|(hour, minute)| Time::try_new(hour, minute, 0, 0).ok());
        match (self.formats(locale, country), gregorian(naive.date()), time) {
            (Some(formats), Some(date), Some(time)) => {
                let written = formats.date_time.format(&icu_datetime::input::DateTime { date, time });
                format!("{written} ({utc})")
            }
            _ => format!("{} ({utc})", naive.format("%d-%m-%Y %H:%M")),
        }
    }

    /// `value` in `locale` as `country` writes it, or as Rust writes it in a language not loaded.
    pub fn number(&self, locale: &LocaleTag, country: Option<TenantCode>, value: i64) -> String {
        self.formats(locale, country)
            .map_or_else(|| value.to_string(), |formats| formats.number.format(value))
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
        assert_eq!(dates.number(&tag("ar"), None, 1_234_567), "١٬٢٣٤٬٥٦٧");
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        assert_eq!(dates.date(&tag("en"), None, day), "December 4, 2026");
        let arabic = dates.date(&tag("ar"), None, day);
        assert!(arabic.contains("ديسمبر") && arabic.contains("٢٠٢٦"), "{arabic}");
        assert!(
            dates.date(&tag("ru"), None, day).contains("дек"),
            "{}",
            dates.date(&tag("ru"), None, day)
        );
        assert_eq!(dates.date(&tag("uz"), None, day), "04-12-2026", "not loaded");
    }

    #[test]
    fn a_language_is_written_as_in_the_tenants_country_and_times_on_its_clock() {
        let india = TenantCode::parse("IN").ok();
        let locales = [tag("en"), tag("hi"), tag("mr"), tag("ta"), tag("as"), tag("sw"), tag("fr")];
        let formats = LocaleFormats::new(&locales).unwrap();
        let day = NaiveDate::from_ymd_opt(2026, 12, 4).unwrap();
        assert_eq!(formats.date(&tag("en"), india, day), "4 December 2026", "en-IN");
        assert_eq!(formats.number(&tag("en"), india, 1_234_567), "12,34,567", "en-IN groups in lakhs");
        assert_eq!(formats.number(&tag("mr"), india, 42), "४२", "Marathi writes Devanagari digits");
        assert_eq!(formats.number(&tag("as"), india, 42), "৪২", "Assamese writes Bengali digits");
        assert_eq!(formats.number(&tag("ta"), india, 42), "42");
        assert!(
            formats.date(&tag("ta"), india, day).contains("டிசம்பர்"),
            "{}",
            formats.date(&tag("ta"), india, day)
        );
        assert!(formats.date(&tag("sw"), TenantCode::parse("KE").ok(), day).contains("Desemba"));
        assert_eq!(formats.date(&tag("fr"), TenantCode::parse("SN").ok(), day), "4 décembre 2026");
        let at = DateTime::parse_from_rfc3339("2026-12-04T10:00:00Z").unwrap().with_timezone(&Utc);
        let kolkata = formats.date_time(&tag("en"), india, &chrono_tz::Asia::Kolkata, at);
        assert!(kolkata.contains("3:30") && kolkata.ends_with("(UTC+05:30)"), "{kolkata}");
        let dakar = formats.date_time(&tag("fr"), TenantCode::parse("SN").ok(), &chrono_tz::Africa::Dakar, at);
        assert!(dakar.contains("10:00") && dakar.ends_with("(UTC+00:00)"), "{dakar}");
    }
}
