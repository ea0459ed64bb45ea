//! The shape of `tenant.toml`. Field types parse their values (codes, tags, hostnames, patterns), so a
//! value that deserialises is well-formed; cross-field rules live in `validate`.

use std::collections::BTreeMap;
use std::path::PathBuf;

use chrono::NaiveDate;
use cowin_core::eligibility::Catalogue;
use cowin_core::vaccine::{RuleSet, VaccineCode, VaccineRules};
use cowin_core::{Hostname, LocaleTag, LocalisedText, TenantCode};
use serde::{Deserialize, Serialize};

use crate::Pattern;

/// A country's whole configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TenantConfig {
    /// ISO 3166-1 alpha-2 code; equals the folder name.
    pub code: TenantCode,
    /// The country's name.
    pub name: LocalisedText,
    /// Hostnames that route to this tenant.
    pub hostnames: Vec<Hostname>,
    /// The language used when a caller's language is not enabled.
    pub default_locale: LocaleTag,
    /// Enabled languages.
    pub locales: Vec<LocaleTag>,
    /// IANA time zone, for "today" at a facility.
    pub time_zone: String,
    /// Beneficiaries one mobile number may register.
    pub members_per_account: u8,
    /// National mobile number format.
    pub mobile_pattern: Pattern,
    /// International calling prefix (`+91`).
    pub calling_code: String,
    /// One-time password delivery.
    pub otp: OtpConfig,
    /// The country's own SMS gateway (its operator contract); without it, SMS go through the deployment's.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sms: Option<SmsGatewayConfig>,
    /// Names of the administrative levels and the postal code format.
    pub admin_levels: AdminLevels,
    /// Genders offered at registration.
    pub genders: Vec<Gender>,
    /// Photo-ID documents accepted at registration.
    pub id_documents: Vec<IdDocumentType>,
    /// First-level areas, each with its districts.
    pub states: Vec<State>,
    /// Vaccination centres.
    #[serde(default)]
    pub facilities: Vec<Facility>,
    /// The vaccine catalogue.
    pub vaccines: Vec<Vaccine>,
    /// Certificate branding.
    pub branding: Branding,
    /// Certificate formats issued.
    pub certificates: Certificates,
    /// The tenant's own wording of platform messages, per locale (`[messages.en]`, message id = Fluent text).
    /// The platform's attribution and name (`platform-*`) are not the tenant's to change.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub messages: BTreeMap<LocaleTag, BTreeMap<String, String>>,
    /// The branding files' contents by their path in the folder (SVG text, or `data:image/png;base64,...`),
    /// read by [`crate::load_dir`] so a server renders certificates without the folder. Not written in the file.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub assets: BTreeMap<String, String>,
}

impl TenantConfig {
    /// The content of a branding file, if it was read.
    pub fn asset(&self, path: &std::path::Path) -> Option<&str> {
        self.assets.get(&path.to_string_lossy().into_owned()).map(String::as_str)
    }

    /// The host the country publishes its certificate keys at: `certificates.issuer_host`, else its first hostname.
    pub fn issuer_host(&self) -> String {
        self.certificates.issuer_host.as_ref().or(self.hostnames.first()).map_or_else(
            || format!("{}.cowin.localhost", self.code.to_lowercase()),
            |host| host.as_str().to_owned(),
        )
    }

    /// Whether the country issues `format`.
    pub fn issues(&self, format: CertificateFormat) -> bool {
        self.certificates.formats.contains(&format)
    }
}

impl TenantConfig {
    /// The vaccine catalogue with each vaccine's rule history, for booking and dose checks.
    pub fn catalogue(&self) -> Catalogue {
        Catalogue::new(
            self.vaccines
                .iter()
                .filter_map(|vaccine| vaccine.rules().map(|rules| (vaccine.code.clone(), rules))),
        )
    }

    /// The country's time zone (validation checked it; UTC if it were unreadable).
    pub fn zone(&self) -> chrono_tz::Tz {
        self.time_zone.parse().unwrap_or(chrono_tz::UTC)
    }

    /// Today's date where the country is.
    pub fn today(&self) -> NaiveDate {
        chrono::Utc::now().with_timezone(&self.zone()).date_naive()
    }

    /// The identity document type with this id.
    pub fn id_document(&self, id: i32) -> Option<&IdDocumentType> {
        self.id_documents.iter().find(|document| document.id == id)
    }

    /// A mobile number of this country's format (`mobile_pattern`), or `None`.
    pub fn parse_mobile(&self, written: &str) -> Option<cowin_core::Mobile> {
        cowin_core::Mobile::parse(written, |number| self.mobile_pattern.matches(number))
    }
}

/// How one-time passwords reach citizens.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct OtpConfig {
    /// SMS or e-mail.
    pub channel: OtpChannel,
    /// SMS sender id or e-mail From address.
    pub sender: String,
}

/// A country's own SMS gateway: where its messages are posted and how. Its credential is not here: it is a secret
/// of the tenant (`cowin tenant secret set XX NAME`, read from standard input and stored sealed), which the file
/// names; `deny_unknown_fields` refuses a credential written in clear under any other key.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SmsGatewayConfig {
    /// Where messages are posted (https; plain http only to this machine).
    pub url: String,
    /// The JSON body, with `{to}` (international number), `{sender}` and `{text}` filled in.
    #[serde(default = "default_sms_body_template")]
    pub body_template: String,
    /// The name of the tenant secret sent as the `Authorization` header, if the gateway wants one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub authorization_secret: Option<String>,
}

/// Whether `name` can name a tenant secret: 1 to 63 lower-case letters, digits and hyphens, a letter first (so a
/// credential pasted where its name belongs is refused rather than stored in the file).
pub fn is_secret_name(name: &str) -> bool {
    let mut chars = name.chars();
    chars.next().is_some_and(|first| first.is_ascii_lowercase())
        && name.len() <= 63
        && chars.all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

fn default_sms_body_template() -> String {
    r#"{"to":"{to}","sender":"{sender}","text":"{text}"}"#.to_owned()
}

/// The delivery channel of one-time passwords.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum OtpChannel {
    /// Through the deployment's SMS gateway.
    Sms,
    /// Through the deployment's SMTP server.
    Email,
}

/// Names of the administrative levels.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AdminLevels {
    /// State, Estado, Governorate.
    pub level1: LocalisedText,
    /// District, Município, Markaz.
    pub level2: LocalisedText,
    /// Block, Bairro, Qism.
    pub level3: LocalisedText,
    /// What the postal code is called.
    pub postal_code: LocalisedText,
    /// The postal code format.
    pub postal_code_pattern: Pattern,
}

/// A gender offered at registration.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Gender {
    /// Id used by the API (`gender_id`).
    pub id: i32,
    /// Stable slug.
    pub code: String,
    /// Display name.
    pub name: LocalisedText,
}

/// A photo-ID document type.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct IdDocumentType {
    /// Id used by the API (`photo_id_type`).
    pub id: i32,
    /// Stable slug.
    pub code: String,
    /// Display name.
    pub name: LocalisedText,
    /// Format of a document number.
    pub pattern: Pattern,
    /// A valid number, checked against the pattern.
    pub example: String,
}

impl IdDocumentType {
    /// A number as a person wrote it, checked against this type's pattern (which is written for the printed form,
    /// separators and all) and brought to the canonical form that is hashed, matched and stored; `None` if it is
    /// not a number of this type.
    pub fn parse_number(&self, written: &str) -> Option<cowin_core::DocumentNumber> {
        self.pattern
            .matches(&cowin_core::DocumentNumber::as_written(written))
            .then(|| cowin_core::DocumentNumber::normalise(written))
            .flatten()
    }
}

/// A first-level area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct State {
    /// `state_id`.
    pub id: i32,
    /// Display name.
    pub name: LocalisedText,
    /// Its districts.
    pub districts: Vec<District>,
}

/// A second-level area.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct District {
    /// `district_id`, unique within the tenant.
    pub id: i32,
    /// Display name.
    pub name: LocalisedText,
    /// Postal codes in the district.
    pub postal_codes: Vec<String>,
    /// People living there (census), for coverage in reports; reports show no coverage without it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub population: Option<u64>,
}

/// A vaccination centre.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Facility {
    /// `center_id`: required in tenant.toml; assigned by the platform for facilities staff create.
    #[serde(default)]
    pub id: i64,
    /// Display name.
    pub name: LocalisedText,
    /// Its district.
    pub district_id: i32,
    /// Third-level area.
    pub block: LocalisedText,
    /// Street address as written locally.
    pub address: String,
    /// One of its district's postal codes.
    pub postal_code: String,
    /// Latitude, WGS 84.
    pub lat: f64,
    /// Longitude, WGS 84.
    pub long: f64,
    /// Opening time, `HH:MM`.
    pub opens: String,
    /// Closing time, `HH:MM`.
    pub closes: String,
    /// Free or paid.
    pub fee_type: FeeType,
    /// Fees per vaccine when paid.
    #[serde(default)]
    pub vaccine_fees: Vec<VaccineFee>,
}

/// Whether a centre charges for vaccination.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum FeeType {
    /// Free of charge.
    Free,
    /// Charges the fees listed per vaccine.
    Paid,
}

/// The fee a paid centre charges for one vaccine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct VaccineFee {
    /// The vaccine.
    pub vaccine: VaccineCode,
    /// Fee in the local currency's main unit.
    pub fee: u32,
}

/// A vaccine of the catalogue.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Vaccine {
    /// Catalogue id.
    pub code: VaccineCode,
    /// Product name as printed on certificates.
    pub name: String,
    /// Manufacturer.
    pub manufacturer: String,
    /// ATC code of the prophylaxis.
    pub atc: Option<String>,
    /// EU DCC medicinal product id.
    pub dcc_product: Option<String>,
    /// EU DCC marketing authorisation holder.
    pub dcc_manufacturer: Option<String>,
    /// CDC CVX code.
    pub cvx: Option<String>,
    /// Versions of the rules.
    pub rule_sets: Vec<RuleSet>,
}

impl Vaccine {
    /// The rule history. Validation has checked its order, so this only fails on an unvalidated value.
    pub fn rules(&self) -> Option<VaccineRules> {
        VaccineRules::new(self.rule_sets.clone()).ok()
    }
}

/// Certificate branding.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Branding {
    /// The issuing authority.
    pub issuer: LocalisedText,
    /// `#RRGGBB`.
    pub primary_colour: String,
    /// `#RRGGBB`.
    pub accent_colour: String,
    /// Logo file, relative to the tenant folder.
    pub logo: PathBuf,
    /// Signature image, relative to the tenant folder.
    pub signature: PathBuf,
    /// Name and title under the signature.
    pub signatory: LocalisedText,
    /// The certificate's two languages: the tenant's and English.
    pub certificate_locales: Vec<LocaleTag>,
}

/// Certificate formats a tenant issues.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Certificates {
    /// Enabled formats.
    pub formats: Vec<CertificateFormat>,
    /// Host whose `/.well-known/` publishes the keys (SMART Health Cards' `iss`, the credentials' `did:web`);
    /// the first of `hostnames` if absent.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub issuer_host: Option<Hostname>,
}

/// A certificate format.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
pub enum CertificateFormat {
    /// W3C Verifiable Credential in the DIVOC/CoWIN style.
    #[serde(rename = "divoc")]
    Divoc,
    /// EU Digital COVID Certificate.
    #[serde(rename = "eu-dcc")]
    EuDcc,
    /// SMART Health Card.
    #[serde(rename = "shc")]
    SmartHealthCard,
    /// WHO DDCC:VS.
    #[serde(rename = "ddcc")]
    Ddcc,
}
