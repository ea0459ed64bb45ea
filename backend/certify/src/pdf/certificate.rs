//! The vaccination certificate: CoWIN's layout (issuer band, beneficiary and vaccination details, QR codes,
//! signature), every label and value in the country's language and in English, and the platform attribution.

use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};

use super::fonts::Weight;
use super::page::{Align, HEIGHT, INK, MUTED, WHITE, WIDTH, attribution, chain_for, qr_code, rectangle, svg, text_box};
use super::{Branding, Language, PdfError};
use crate::issue::SignedForms;
use crate::qr::{self, Redundancy};
use crate::record::SeriesStatus;

/// The certificate's texts: its languages (the country's first, then English) and the values that are written
/// differently in each (one entry per language, in the same order).
#[derive(Debug, Clone, Default)]
pub struct CertificateText {
    /// Languages with their labels.
    pub languages: Vec<Language>,
    /// The issuing authority.
    pub issuer: Vec<String>,
    /// Name and title under the signature.
    pub signatory: Vec<String>,
    /// The holder's gender.
    pub gender: Vec<String>,
    /// The identity document type.
    pub id_document: Vec<String>,
    /// The vaccination centre.
    pub facility: Vec<String>,
    /// The holder's age at the dose and birth year, in each language's digits.
    pub age: Vec<String>,
    /// The dose of the series ("1 / 2"), in each language's digits.
    pub dose: Vec<String>,
    /// The day of the dose, as each language writes dates.
    pub date: Vec<String>,
    /// When the certificate was issued, on the country's clock.
    pub issued: Vec<String>,
}

fn joined(values: &[String]) -> String {
    let mut distinct: Vec<&str> = Vec::new();
    for value in values {
        if !distinct.contains(&value.as_str()) {
            distinct.push(value);
        }
    }
    distinct.join(" / ")
}

/// Renders the certificate of `forms`.
pub fn render_certificate(forms: &SignedForms, branding: &Branding, text: &CertificateText) -> Result<Vec<u8>, PdfError> {
    let record = &forms.record;
    let vaccination = &record.vaccination;
    let languages: Vec<&Language> = text.languages.iter().collect();
    let chains: Vec<(Vec<_>, Vec<_>, bool)> = languages
        .iter()
        .map(|language| {
            Ok((
                chain_for(&language.tag, Weight::Regular).ok_or(PdfError::Fonts)?,
                chain_for(&language.tag, Weight::Bold).ok_or(PdfError::Fonts)?,
                language.right_to_left,
            ))
        })
        .collect::<Result<_, PdfError>>()?;
    let latin = chain_for("en", Weight::Regular).ok_or(PdfError::Fonts)?;
    let latin_bold = chain_for("en", Weight::Bold).ok_or(PdfError::Fonts)?;

    let mut document = Document::new_with(SerializeSettings {
        xmp_metadata: false,
        ..SerializeSettings::default()
    });
    let mut page = document.start_page_with(PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError::Pdf("page size".into()))?);
    let mut surface = page.surface();

    // The issuer's band.
    rectangle(&mut surface, (0.0, 0.0, WIDTH, 96.0), branding.primary);
    rectangle(&mut surface, (0.0, 96.0, WIDTH, 4.0), branding.accent);
    if let Some(logo) = &branding.logo {
        svg(&mut surface, logo, 28.0, 14.0, 68.0);
    }
    let mut y = 36.0;
    for (index, (regular, bold, rtl)) in chains.iter().enumerate() {
        let issuer = text.issuer.get(index).map_or("", String::as_str);
        let (chain, size) = if index == 0 { (bold, 15.0) } else { (regular, 11.0) };
        y = text_box(
            &mut surface,
            issuer,
            chain,
            size,
            WHITE,
            (110.0, y, WIDTH - 140.0),
            *rtl,
            Align::Start,
        );
    }

    // Title and status.
    y = 134.0;
    for (index, (language, (regular, bold, rtl))) in languages.iter().zip(&chains).enumerate() {
        let (chain, size) = if index == 0 { (bold, 17.0) } else { (regular, 12.0) };
        y = text_box(
            &mut surface,
            language.label("title"),
            chain,
            size,
            branding.primary,
            (40.0, y, WIDTH - 80.0),
            *rtl,
            Align::Centre,
        );
    }
    let status = match record.status {
        SeriesStatus::Partial => "status-partial",
        SeriesStatus::Full => "status-full",
        SeriesStatus::Booster => "status-booster",
    };
    let statuses: Vec<String> = languages.iter().map(|language| language.label(status).to_owned()).collect();
    y = text_box(
        &mut surface,
        &joined(&statuses),
        &latin_bold,
        10.5,
        branding.accent,
        (40.0, y + 2.0, WIDTH - 80.0),
        false,
        Align::Centre,
    );

    // The details, as label / value rows.
    let masked = record
        .holder
        .id_document
        .as_ref()
        .map(|(_, number)| number.as_str())
        .unwrap_or_default();
    let id_documents: Vec<String> = text.id_document.iter().map(|kind| format!("{kind} {masked}")).collect();
    let holder_rows = [
        Some(("name", record.holder.name.clone())),
        Some(("age", joined(&text.age))),
        Some(("gender", joined(&text.gender))),
        Some(("id-document", joined(&id_documents))),
        record.holder.passport.clone().map(|passport| ("passport", passport)),
        Some(("reference", record.holder.reference.clone())),
        Some(("certificate-id", record.uvci())),
    ];
    let sections: [(&str, Vec<(&str, String)>); 2] = [
        ("beneficiary-details", holder_rows.into_iter().flatten().collect()),
        (
            "vaccination-details",
            vec![
                ("vaccine", vaccination.vaccine_name.clone()),
                ("manufacturer", vaccination.manufacturer.clone()),
                ("dose", joined(&text.dose)),
                ("date", joined(&text.date)),
                ("batch", vaccination.batch.clone()),
                ("facility", joined(&text.facility)),
                ("place", vaccination.place.clone()),
                ("issued", joined(&text.issued)),
            ],
        ),
    ];
    y += 10.0;
    for (heading, rows) in sections {
        let headings: Vec<String> = languages.iter().map(|language| language.label(heading).to_owned()).collect();
        rectangle(&mut surface, (40.0, y - 2.0, WIDTH - 80.0, 20.0), (0xf3, 0xf4, 0xf6));
        text_box(
            &mut surface,
            &joined(&headings),
            &latin_bold,
            10.5,
            branding.primary,
            (48.0, y + 12.0, WIDTH - 96.0),
            false,
            Align::Start,
        );
        y += 26.0;
        for (label, value) in rows {
            // "नाम / Name": the country's label and the English one on one line, in the country's fonts (whose
            // fallback chain sets the English part in Latin).
            let labels: Vec<String> = languages.iter().map(|language| language.label(label).to_owned()).collect();
            let (regular, bold, rtl) = chains
                .first()
                .map_or((&latin, &latin_bold, false), |(regular, bold, rtl)| (regular, bold, *rtl));
            let label_y = text_box(
                &mut surface,
                &joined(&labels),
                regular,
                8.5,
                MUTED,
                (48.0, y + 9.0, 195.0),
                rtl,
                Align::Start,
            );
            // A value is set in whichever script it is written in; the fallback chain finds the font.
            let value_y = text_box(
                &mut surface,
                &value,
                bold,
                10.0,
                INK,
                (250.0, y + 9.0, WIDTH - 290.0),
                false,
                Align::Start,
            );
            y = label_y.max(value_y) - 4.0;
        }
        y += 6.0;
    }

    // The QR codes of the signed forms, with their names.
    let mut codes = Vec::new();
    if let Some(credential) = &forms.vc {
        codes.push(("qr-vc", qr::encode(&crate::vc::zipped(credential), Redundancy::Low)));
    }
    if let Some(hc1) = &forms.hc1 {
        codes.push(("qr-dcc", qr::encode(hc1.as_bytes(), Redundancy::Quartile)));
    }
    if let Some(card) = &forms.shc {
        codes.push(("qr-shc", qr::encode(card.as_bytes(), Redundancy::Low)));
    }
    let side = 124.0;
    let gap = (WIDTH - 80.0 - side * codes.len() as f32) / (codes.len().max(1) as f32);
    let qr_top = y + 4.0;
    for (index, (label, code)) in codes.iter().enumerate() {
        let x = 40.0 + gap / 2.0 + index as f32 * (side + gap);
        if let Some(code) = code {
            qr_code(&mut surface, code, x, qr_top, side);
        }
        let names: Vec<String> = languages.iter().map(|language| language.label(label).to_owned()).collect();
        text_box(
            &mut surface,
            &joined(&names),
            &latin,
            8.0,
            MUTED,
            (x - 10.0, qr_top + side + 12.0, side + 20.0),
            false,
            Align::Centre,
        );
    }

    // The signature.
    let signature_top = (qr_top + side + 34.0).max(HEIGHT - 46.0 - 118.0);
    if let Some(signature) = &branding.signature {
        svg(&mut surface, signature, WIDTH - 200.0, signature_top, 150.0);
    }
    let mut sig_y = signature_top + 70.0;
    for (index, (regular, _, rtl)) in chains.iter().enumerate() {
        let signatory = text.signatory.get(index).map_or("", String::as_str);
        sig_y = text_box(
            &mut surface,
            signatory,
            regular,
            8.0,
            INK,
            (WIDTH - 260.0, sig_y, 220.0),
            *rtl,
            Align::Start,
        );
    }
    let notes: Vec<String> = languages.iter().map(|language| language.label("verify-note").to_owned()).collect();
    text_box(
        &mut surface,
        &joined(&notes),
        &latin,
        7.5,
        MUTED,
        (40.0, signature_top + 70.0, 280.0),
        false,
        Align::Start,
    );

    attribution(&mut surface, &latin, record.licence_id.as_deref());
    surface.finish();
    page.finish();
    document.finish().map_err(|error| PdfError::Pdf(format!("{error:?}")))
}
