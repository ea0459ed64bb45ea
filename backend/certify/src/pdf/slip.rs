//! The appointment slip of the CoWIN API (`appointmentslip/download`): who, where, when, and the security code
//! the citizen shows at the desk.

use krilla::page::PageSettings;
use krilla::{Document, SerializeSettings};

use super::fonts::Weight;
use super::page::{Align, HEIGHT, INK, MUTED, WHITE, WIDTH, attribution, chain_for, rectangle, svg, text_box};
use super::{Branding, Language, PdfError};

/// What a slip shows, each value already in its language(s).
#[derive(Debug, Clone, Default)]
pub struct SlipText {
    /// The country's language, then English.
    pub languages: Vec<Language>,
    /// The issuing authority, per language.
    pub issuer: Vec<String>,
    /// Label id and value, in order (`name`, `reference`, `centre`, `date`, `slot`, `dose`, `vaccine`).
    pub rows: Vec<(String, String)>,
    /// The 4-digit code.
    pub security_code: String,
    /// The licence the country runs under.
    pub licence: Option<String>,
}

/// Renders a slip.
pub fn render_slip(branding: &Branding, text: &SlipText) -> Result<Vec<u8>, PdfError> {
    let latin = chain_for("en", Weight::Regular).ok_or(PdfError::Fonts)?;
    let latin_bold = chain_for("en", Weight::Bold).ok_or(PdfError::Fonts)?;
    let mut document = Document::new_with(SerializeSettings {
        xmp_metadata: false,
        ..SerializeSettings::default()
    });
    let mut page = document.start_page_with(PageSettings::from_wh(WIDTH, HEIGHT).ok_or_else(|| PdfError::Pdf("page size".into()))?);
    let mut surface = page.surface();
    rectangle(&mut surface, (0.0, 0.0, WIDTH, 86.0), branding.primary);
    if let Some(logo) = &branding.logo {
        svg(&mut surface, logo, 28.0, 12.0, 60.0);
    }
    let mut y = 36.0;
    for (index, language) in text.languages.iter().enumerate() {
        let chain = chain_for(&language.tag, if index == 0 { Weight::Bold } else { Weight::Regular }).ok_or(PdfError::Fonts)?;
        let issuer = text.issuer.get(index).map_or("", String::as_str);
        y = text_box(
            &mut surface,
            issuer,
            &chain,
            if index == 0 { 14.0 } else { 10.5 },
            WHITE,
            (100.0, y, WIDTH - 130.0),
            language.right_to_left,
            Align::Start,
        );
    }
    y = 128.0;
    for language in &text.languages {
        let chain = chain_for(&language.tag, Weight::Bold).ok_or(PdfError::Fonts)?;
        y = text_box(
            &mut surface,
            language.label("slip-title"),
            &chain,
            15.0,
            branding.primary,
            (40.0, y, WIDTH - 80.0),
            language.right_to_left,
            Align::Centre,
        );
    }
    y += 16.0;
    for (label, value) in &text.rows {
        let mut label_y = y + 9.0;
        for language in &text.languages {
            let chain = chain_for(&language.tag, Weight::Regular).ok_or(PdfError::Fonts)?;
            label_y = text_box(
                &mut surface,
                language.label(label),
                &chain,
                8.5,
                MUTED,
                (48.0, label_y, 190.0),
                language.right_to_left,
                Align::Start,
            ) - 1.5;
        }
        let chain =
            chain_for(text.languages.first().map_or("en", |language| language.tag.as_str()), Weight::Bold).ok_or(PdfError::Fonts)?;
        let value_y = text_box(
            &mut surface,
            value,
            &chain,
            11.0,
            INK,
            (250.0, y + 10.0, WIDTH - 290.0),
            false,
            Align::Start,
        );
        y = label_y.max(value_y) + 4.0;
    }
    y += 20.0;
    rectangle(&mut surface, (WIDTH / 2.0 - 110.0, y, 220.0, 86.0), (0xf3, 0xf4, 0xf6));
    let labels: Vec<&str> = text.languages.iter().map(|language| language.label("security-code")).collect();
    text_box(
        &mut surface,
        &labels.join(" / "),
        &latin,
        9.0,
        MUTED,
        (WIDTH / 2.0 - 110.0, y + 20.0, 220.0),
        false,
        Align::Centre,
    );
    text_box(
        &mut surface,
        &text.security_code,
        &latin_bold,
        34.0,
        branding.accent,
        (WIDTH / 2.0 - 110.0, y + 66.0, 220.0),
        false,
        Align::Centre,
    );
    attribution(&mut surface, &latin, text.licence.as_deref());
    surface.finish();
    page.finish();
    document.finish().map_err(|error| PdfError::Pdf(format!("{error:?}")))
}
