//! The certificate record of a dose: the dose's facts from the database, the country's configuration for
//! everything a certificate names (vaccine codes, issuer, country), the licence it issues under.

use chrono::{DateTime, Utc};
use cowin_certify::issue::Formats;
use cowin_certify::record::{CertificateRecord, Holder, SeriesStatus, Vaccination};
use cowin_core::LocaleTag;
use cowin_core::eligibility::VaccinationStatus;
use cowin_store::tenants::TenantRecord;
use cowin_store::vaccination::certification::CertifiableDose;
use cowin_tenant_config::CertificateFormat;
use uuid::Uuid;

/// English where the configuration has it, else the tenant's default language.
fn english(text: &cowin_core::LocalisedText, tenant: &TenantRecord) -> String {
    text.get(&LocaleTag::english(), &tenant.default_locale).to_owned()
}

/// The formats `tenant` issues.
pub(crate) fn formats(tenant: &TenantRecord) -> Formats {
    let config = &tenant.config;
    Formats {
        vc: config.issues(CertificateFormat::Divoc),
        dcc: config.issues(CertificateFormat::EuDcc),
        shc: config.issues(CertificateFormat::SmartHealthCard),
        ddcc: config.issues(CertificateFormat::Ddcc),
    }
}

/// The holder's documents as the certificate shows them, opened from their sealed forms.
#[derive(Debug, Default)]
pub(crate) struct HolderDocuments {
    /// The identity document's number, masked.
    pub(crate) masked_id: Option<String>,
    /// The passport number added for travel, in full.
    pub(crate) passport: Option<String>,
}

/// The record of `dose`, issued now as certificate `id`, showing the holder's `documents`.
pub(crate) fn record(
    tenant: &TenantRecord,
    licence_id: Option<String>,
    dose: &CertifiableDose,
    documents: HolderDocuments,
    id: Uuid,
    now: DateTime<Utc>,
) -> CertificateRecord {
    let config = &tenant.config;
    let vaccine = config.vaccines.iter().find(|vaccine| vaccine.code.as_str() == dose.vaccine);
    let series_doses = vaccine
        .and_then(|vaccine| tenant.catalogue.rules(&vaccine.code, dose.given_on))
        .map_or(dose.dose, |rules| rules.primary_doses());
    let document = config.id_documents.iter().find(|document| document.id == dose.id_document_type);
    let facility = &dose.facility;
    CertificateRecord {
        id,
        issued_at: now,
        country: tenant.code.as_str().to_owned(),
        country_name: english(&config.name, tenant),
        issuer: english(&config.branding.issuer, tenant),
        issuer_host: config.issuer_host(),
        licence_id,
        holder: Holder {
            reference: dose.beneficiary.clone(),
            name: dose.name.clone(),
            birth_year: dose.birth_year,
            gender: config
                .genders
                .iter()
                .find(|gender| gender.id == dose.gender_id)
                .map(|gender| gender.code.clone()),
            id_document: document
                .zip(documents.masked_id)
                .map(|(document, masked)| (english(&document.name, tenant), masked)),
            passport: documents.passport,
        },
        vaccination: Vaccination {
            dose_id: dose.dose_id,
            vaccine_code: dose.vaccine.clone(),
            vaccine_name: vaccine.map_or_else(|| dose.vaccine.clone(), |vaccine| vaccine.name.clone()),
            manufacturer: vaccine.map(|vaccine| vaccine.manufacturer.clone()).unwrap_or_default(),
            atc: vaccine.and_then(|vaccine| vaccine.atc.clone()),
            dcc_product: vaccine.and_then(|vaccine| vaccine.dcc_product.clone()),
            dcc_manufacturer: vaccine.and_then(|vaccine| vaccine.dcc_manufacturer.clone()),
            cvx: vaccine.and_then(|vaccine| vaccine.cvx.clone()),
            dose: dose.dose,
            series_doses,
            date: dose.given_on,
            batch: dose.batch.clone(),
            facility: english(&facility.name, tenant),
            facility_names: facility
                .name
                .locales()
                .map(|locale| (locale.as_str().to_owned(), facility.name.get(locale, locale).to_owned()))
                .collect(),
            facility_address: facility.address.clone(),
            place: format!("{}, {}", english(&facility.district, tenant), english(&facility.state, tenant)),
        },
        status: match dose.status {
            VaccinationStatus::NotVaccinated | VaccinationStatus::Partially => SeriesStatus::Partial,
            VaccinationStatus::Fully => SeriesStatus::Full,
            VaccinationStatus::Boosted => SeriesStatus::Booster,
        },
    }
}
