//! The one record a certificate is made from: who, what, where, by whom issued. Every format is a rendering of
//! it, so all formats of a certificate always agree.

use chrono::{DateTime, NaiveDate, Utc};
use serde::{Deserialize, Serialize};
use uuid::Uuid;

/// Where the holder stands after this dose.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SeriesStatus {
    /// Part of the primary series (CoWIN's provisional certificate).
    Partial,
    /// The primary series is complete (CoWIN's final certificate).
    Full,
    /// A booster (precaution) dose after the primary series.
    Booster,
}

/// A certificate's content.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CertificateRecord {
    /// Certificate id.
    pub id: Uuid,
    /// When it was issued.
    pub issued_at: DateTime<Utc>,
    /// ISO 3166-1 alpha-2 code of the issuing country.
    pub country: String,
    /// The country's name in English.
    pub country_name: String,
    /// The issuing authority, in English.
    pub issuer: String,
    /// The host the issuer publishes its keys at (`https://<host>/.well-known/jwks.json`).
    pub issuer_host: String,
    /// The NHA licence the country issues under.
    pub licence_id: Option<String>,
    /// Who was vaccinated.
    pub holder: Holder,
    /// The vaccination.
    pub vaccination: Vaccination,
    /// Series status after it.
    pub status: SeriesStatus,
}

/// The vaccinated person.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Holder {
    /// Beneficiary reference id (14 digits).
    pub reference: String,
    /// Name as registered.
    pub name: String,
    /// Year of birth (CoWIN recorded only the year).
    pub birth_year: i32,
    /// `male`, `female` or `other`.
    pub gender: Option<String>,
    /// The identity document type's name in English, and the document number masked (`XXXXXXXX5678`).
    pub id_document: Option<(String, String)>,
    /// The passport number the holder added for travel, in full (border checks compare it with the passport).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub passport: Option<String>,
}

/// The dose given.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Vaccination {
    /// Dose id.
    pub dose_id: Uuid,
    /// Catalogue code.
    pub vaccine_code: String,
    /// Product name.
    pub vaccine_name: String,
    /// Manufacturer.
    pub manufacturer: String,
    /// ATC code of the prophylaxis (`J07BX03`).
    pub atc: Option<String>,
    /// EU DCC medicinal product.
    pub dcc_product: Option<String>,
    /// EU DCC marketing authorisation holder.
    pub dcc_manufacturer: Option<String>,
    /// CDC CVX code.
    pub cvx: Option<String>,
    /// Dose number.
    pub dose: u8,
    /// Doses in the primary series.
    pub series_doses: u8,
    /// Day given.
    pub date: NaiveDate,
    /// Batch or lot.
    pub batch: String,
    /// Vaccination centre (in English, or the country's default language).
    pub facility: String,
    /// The centre's name in each language the country writes it in (locale tag to name).
    #[serde(default)]
    pub facility_names: std::collections::BTreeMap<String, String>,
    /// Its address.
    pub facility_address: String,
    /// The centre's district and state, as printed on CoWIN's certificate.
    pub place: String,
}

impl CertificateRecord {
    /// The unique vaccination certificate identifier (UVCI), as the EU DCC and WHO DDCC carry it.
    pub fn uvci(&self) -> String {
        format!("URN:UVCI:01:{}:{}", self.country, self.id.simple().to_string().to_uppercase())
    }

    /// The SHA-256 of the certificate id, hex: how revocation lists name a certificate without naming a person.
    pub fn id_hash(&self) -> String {
        id_hash(self.id)
    }

    /// `https://<issuer host>`: SMART Health Cards' `iss`.
    pub fn issuer_url(&self) -> String {
        format!("https://{}", self.issuer_host)
    }

    /// `did:web:<issuer host>`: the Verifiable Credential's issuer, whose keys are at `/.well-known/did.json`.
    pub fn issuer_did(&self) -> String {
        format!("did:web:{}", self.issuer_host)
    }
}

/// The SHA-256 of a certificate id, hex.
pub fn id_hash(id: Uuid) -> String {
    use sha2::Digest as _;
    sha2::Sha256::digest(id.as_bytes())
        .iter()
        .map(|byte| format!("{byte:02x}"))
        .collect()
}

/// A name split into given names and family name (the last word), as FHIR and the EU DCC want it; one word
/// is a family name alone.
pub fn split_name(name: &str) -> (Vec<&str>, &str) {
    let words: Vec<&str> = name.split_whitespace().collect();
    match words.split_last() {
        Some((family, given)) => (given.to_vec(), family),
        None => (Vec::new(), name),
    }
}

/// The ICAO 9303 machine-readable form of a name (`[A-Z<]`), transliterated from any script.
pub fn icao_transliteration(name: &str) -> String {
    let ascii = deunicode::deunicode(name).to_ascii_uppercase();
    let mut out = String::with_capacity(ascii.len());
    for character in ascii.chars() {
        match character {
            'A'..='Z' => out.push(character),
            _ if !out.ends_with('<') && !out.is_empty() => out.push('<'),
            _ => {}
        }
    }
    let trimmed = out.trim_end_matches('<');
    trimmed.chars().take(80).collect()
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    /// A record for format tests.
    pub(crate) fn record() -> CertificateRecord {
        CertificateRecord {
            id: Uuid::parse_str("6f3c1d52-6c3e-4b8e-9a3a-2f7d1b2c3d4e").unwrap(),
            issued_at: DateTime::parse_from_rfc3339("2021-06-01T10:00:00Z").unwrap().with_timezone(&Utc),
            country: "LK".into(),
            country_name: "Sri Lanka".into(),
            issuer: "Ministry of Health, Sri Lanka".into(),
            issuer_host: "lk.test.localhost".into(),
            licence_id: Some("LIC-LK-TEST".into()),
            holder: Holder {
                reference: "12345678901234".into(),
                name: "Nimal Perera".into(),
                birth_year: 1970,
                gender: Some("male".into()),
                id_document: Some(("National Identity Card".into(), "XXXXXXXX5678".into())),
                passport: None,
            },
            vaccination: Vaccination {
                dose_id: Uuid::parse_str("1f3c1d52-6c3e-4b8e-9a3a-2f7d1b2c3d4e").unwrap(),
                vaccine_code: "COVISHIELD".into(),
                vaccine_name: "COVISHIELD".into(),
                manufacturer: "Serum Institute of India Pvt. Ltd.".into(),
                atc: Some("J07BX03".into()),
                dcc_product: Some("Covishield".into()),
                dcc_manufacturer: Some("ORG-100001981".into()),
                cvx: Some("210".into()),
                dose: 1,
                series_doses: 2,
                date: NaiveDate::from_ymd_opt(2021, 6, 1).unwrap(),
                batch: "4121Z025".into(),
                facility: "National Hospital of Sri Lanka".into(),
                facility_names: Default::default(),
                facility_address: "Regent Street, Colombo 10".into(),
                place: "Colombo, Western".into(),
            },
            status: SeriesStatus::Partial,
        }
    }

    #[test]
    fn names_transliterate_to_the_machine_readable_form() {
        assert_eq!(icao_transliteration("Nimal Perera"), "NIMAL<PERERA");
        assert_eq!(icao_transliteration("José d'Ávila"), "JOSE<D<AVILA");
        assert!(icao_transliteration("मोहन दास").starts_with("MOH"));
        assert!(
            icao_transliteration("محمد أحمد")
                .chars()
                .all(|c| c.is_ascii_uppercase() || c == '<')
        );
        assert_eq!(split_name("Nimal Perera"), (vec!["Nimal"], "Perera"));
        assert_eq!(split_name("Prince"), (vec![], "Prince"));
    }

    #[test]
    fn the_uvci_names_the_country_and_the_certificate() {
        assert_eq!(record().uvci(), "URN:UVCI:01:LK:6F3C1D526C3E4B8E9A3A2F7D1B2C3D4E");
        assert_eq!(record().id_hash().len(), 64);
    }
}
