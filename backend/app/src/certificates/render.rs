//! Rendering a tenant's certificates and appointment slips: the labels from the translations, the values in
//! each of the certificate's languages, the branding parsed once per configuration version.

use std::collections::HashMap;

use chrono::Datelike as _;
use std::sync::{Arc, Mutex};

use cowin_certify::SignedForms;
use cowin_certify::pdf::{Branding, CertificateText, Language, SlipText, render_certificate, render_slip};
use cowin_core::{LocaleTag, LocalisedText, TenantCode};
use cowin_store::tenants::TenantRecord;

use crate::i18n::Localizer;

/// Why a document could not be rendered (a fault: the configuration and the record were checked before).
#[derive(Debug, thiserror::Error)]
#[error("rendering: {0}")]
pub struct RenderError(String);

/// Labels every document uses (`certificate-<id>` in `locales/<tag>/certificates.ftl`).
pub const LABELS: [&str; 32] = [
    "title",
    "status-partial",
    "status-full",
    "status-booster",
    "beneficiary-details",
    "vaccination-details",
    "name",
    "age",
    "gender",
    "id-document",
    "passport",
    "reference",
    "certificate-id",
    "vaccine",
    "manufacturer",
    "dose",
    "date",
    "batch",
    "facility",
    "place",
    "issued",
    "qr-vc",
    "qr-dcc",
    "qr-shc",
    "verify-note",
    "slip-title",
    "security-code",
    "appointment",
    "centre",
    "slot",
    "booked-dose",
    "booked-vaccine",
];

/// Renders documents; keeps each tenant's parsed branding.
#[derive(Debug, Default)]
pub struct Renderer {
    brandings: Mutex<HashMap<(TenantCode, i32), Arc<Branding>>>,
}

impl Renderer {
    fn branding(&self, tenant: &TenantRecord) -> Result<Arc<Branding>, RenderError> {
        let key = (tenant.code, tenant.config_version);
        if let Some(branding) = self.brandings.lock().ok().and_then(|cache| cache.get(&key).cloned()) {
            return Ok(branding);
        }
        let branding = &tenant.config.branding;
        let parsed = Arc::new(
            Branding::parse(
                &branding.primary_colour,
                &branding.accent_colour,
                tenant.config.asset(&branding.logo),
                tenant.config.asset(&branding.signature),
            )
            .map_err(|error| RenderError(error.to_string()))?,
        );
        if let Ok(mut cache) = self.brandings.lock() {
            cache.retain(|(code, _), _| *code != tenant.code);
            cache.insert(key, Arc::clone(&parsed));
        }
        Ok(parsed)
    }

    /// The certificate's languages: the tenant's language first, then English.
    fn languages(tenant: &TenantRecord, localizer: &Localizer) -> Vec<(LocaleTag, Language)> {
        let mut tags = tenant.config.branding.certificate_locales.clone();
        tags.sort_by_key(|tag| *tag == LocaleTag::english());
        tags.into_iter()
            .map(|tag| {
                let labels = LABELS
                    .iter()
                    .map(|id| {
                        let message = format!("certificate-{id}");
                        (
                            (*id).to_owned(),
                            localizer.format_for(&tenant.config.messages, &[&tag], &message, None),
                        )
                    })
                    .collect();
                let language = Language {
                    tag: tag.as_str().to_owned(),
                    right_to_left: tag.is_right_to_left(),
                    labels,
                };
                (tag, language)
            })
            .collect()
    }

    /// The certificate of `forms` as a PDF.
    pub fn certificate(&self, tenant: &TenantRecord, localizer: &Localizer, forms: &SignedForms) -> Result<Vec<u8>, RenderError> {
        let languages = Self::languages(tenant, localizer);
        let config = &tenant.config;
        let in_each = |text: &LocalisedText| -> Vec<String> {
            languages
                .iter()
                .map(|(tag, _)| text.get(tag, &tenant.default_locale).to_owned())
                .collect()
        };
        let holder = &forms.record.holder;
        let gender = config.genders.iter().find(|gender| Some(&gender.code) == holder.gender.as_ref());
        let document = holder.id_document.as_ref().and_then(|(name, _)| {
            config
                .id_documents
                .iter()
                .find(|document| document.name.locales().any(|tag| document.name.get(tag, tag) == name))
        });
        let facility = &forms.record.vaccination;
        let vaccination = &forms.record.vaccination;
        let age = vaccination.date.year() - holder.birth_year;
        let dose = i64::from(vaccination.dose);
        let series = i64::from(vaccination.series_doses).max(dose);
        let (country, zone) = (tenant.code, config.zone());
        // Numbers and dates as each language writes them in this country, the issue time on its clock.
        let in_each_way = |write: &dyn Fn(&LocaleTag) -> String| -> Vec<String> { languages.iter().map(|(tag, _)| write(tag)).collect() };
        let text = CertificateText {
            age: in_each_way(&|tag| {
                let year = localizer.number(tag, country, i64::from(holder.birth_year));
                format!("{} ({year})", localizer.number(tag, country, i64::from(age)))
            }),
            dose: in_each_way(&|tag| {
                format!(
                    "{} / {}",
                    localizer.number(tag, country, dose),
                    localizer.number(tag, country, series)
                )
            }),
            date: in_each_way(&|tag| localizer.date(tag, country, vaccination.date)),
            issued: in_each_way(&|tag| localizer.date_time(tag, country, zone, forms.record.issued_at)),
            issuer: in_each(&config.branding.issuer),
            signatory: in_each(&config.branding.signatory),
            gender: gender.map(|gender| in_each(&gender.name)).unwrap_or_default(),
            id_document: document.map(|document| in_each(&document.name)).unwrap_or_default(),
            facility: languages
                .iter()
                .map(|(tag, _)| {
                    facility
                        .facility_names
                        .get(tag.as_str())
                        .cloned()
                        .unwrap_or_else(|| facility.facility.clone())
                })
                .collect(),
            languages: languages.into_iter().map(|(_, language)| language).collect(),
        };
        render_certificate(forms, self.branding(tenant)?.as_ref(), &text).map_err(|error| RenderError(error.to_string()))
    }

    /// An appointment slip as a PDF; `rows` are label ids and values.
    pub fn slip(
        &self,
        tenant: &TenantRecord,
        localizer: &Localizer,
        rows: Vec<(String, String)>,
        security_code: &str,
        licence: Option<String>,
    ) -> Result<Vec<u8>, RenderError> {
        let languages = Self::languages(tenant, localizer);
        let text = SlipText {
            issuer: languages
                .iter()
                .map(|(tag, _)| tenant.config.branding.issuer.get(tag, &tenant.default_locale).to_owned())
                .collect(),
            languages: languages.into_iter().map(|(_, language)| language).collect(),
            rows,
            security_code: security_code.to_owned(),
            licence,
        };
        render_slip(self.branding(tenant)?.as_ref(), &text).map_err(|error| RenderError(error.to_string()))
    }
}
