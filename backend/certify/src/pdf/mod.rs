//! PDF certificates and appointment slips, A4, with the country's branding, the QR codes of the signed forms
//! and every text in the country's language and in English. krilla writes the PDF (fonts embedded and
//! subset, text selectable); our own text setter shapes and orders complex scripts.

mod certificate;
mod fonts;
mod page;
mod slip;
mod text;

use std::collections::BTreeMap;

pub use certificate::{CertificateText, render_certificate};
pub use slip::{SlipText, render_slip};

/// Why a PDF could not be made.
#[derive(Debug, thiserror::Error)]
pub enum PdfError {
    /// A compiled-in font could not be read.
    #[error("the certificate fonts could not be loaded")]
    Fonts,
    /// A branding image is not a readable SVG.
    #[error("branding image: {0}")]
    Svg(String),
    /// krilla refused the document.
    #[error("PDF: {0}")]
    Pdf(String),
}

/// A tenant's branding, parsed once and reused for every document.
#[derive(Debug)]
pub struct Branding {
    primary: (u8, u8, u8),
    accent: (u8, u8, u8),
    logo: Option<usvg::Tree>,
    signature: Option<usvg::Tree>,
}

/// `#RRGGBB` as RGB; black if malformed (configuration validation has already refused those).
fn colour(hex: &str) -> (u8, u8, u8) {
    let channel = |range: std::ops::Range<usize>| hex.get(range).and_then(|text| u8::from_str_radix(text, 16).ok()).unwrap_or(0);
    (channel(1..3), channel(3..5), channel(5..7))
}

fn parse_svg(svg: &str) -> Result<usvg::Tree, PdfError> {
    // Text in a logo is drawn as outlines from the same Noto font every server has compiled in.
    let mut fonts = usvg::fontdb::Database::new();
    fonts.load_font_data(include_bytes!("../../fonts/NotoSans-Bold.ttf").to_vec());
    fonts.set_sans_serif_family("Noto Sans");
    let options = usvg::Options {
        fontdb: std::sync::Arc::new(fonts),
        font_family: "Noto Sans".into(),
        // A tenant's logo is the tenant's to write: an `<image href>` naming a file or URL would make the server
        // read it into a public document. Only images embedded as `data:` URLs are drawn.
        image_href_resolver: usvg::ImageHrefResolver {
            resolve_data: usvg::ImageHrefResolver::default_data_resolver(),
            resolve_string: Box::new(|_, _| None),
        },
        resources_dir: None,
        ..usvg::Options::default()
    };
    usvg::Tree::from_str(svg, &options).map_err(|error| PdfError::Svg(error.to_string()))
}

impl Branding {
    /// Parses the colours (`#RRGGBB`) and the logo and signature SVGs.
    pub fn parse(primary: &str, accent: &str, logo_svg: Option<&str>, signature_svg: Option<&str>) -> Result<Self, PdfError> {
        Ok(Self {
            primary: colour(primary),
            accent: colour(accent),
            logo: logo_svg.map(parse_svg).transpose()?,
            signature: signature_svg.map(parse_svg).transpose()?,
        })
    }
}

/// The texts of one language on a document: message ids (without prefix) to text, and its direction.
#[derive(Debug, Clone, Default)]
pub struct Language {
    /// BCP 47 tag.
    pub tag: String,
    /// Whether it is written right to left.
    pub right_to_left: bool,
    /// Labels by id (`name`, `dose`, ...).
    pub labels: BTreeMap<String, String>,
}

impl Language {
    /// The label `id`, or the id itself if the translation lacks it.
    pub fn label<'a>(&'a self, id: &'a str) -> &'a str {
        self.labels.get(id).map_or(id, String::as_str)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::issue::{Formats, issue};
    use crate::keys::{EcSigner, EdSigner, KeyPurpose, SigningKeys, generate_for_country};
    use crate::record::tests::record;

    fn language(tag: &str, rtl: bool, title: &str) -> Language {
        Language {
            tag: tag.into(),
            right_to_left: rtl,
            labels: [("title".to_owned(), title.to_owned())].into_iter().collect(),
        }
    }

    pub(crate) fn signed() -> crate::issue::SignedForms {
        let keys = generate_for_country("LK", chrono::Utc::now()).unwrap();
        let find = |purpose| keys.iter().find(|key| key.purpose == purpose).unwrap();
        let signing = SigningKeys {
            dsc: Some(EcSigner::from_pkcs8(&find(KeyPurpose::Dsc).kid, &find(KeyPurpose::Dsc).private_pkcs8).unwrap()),
            shc: Some(EcSigner::from_pkcs8(&find(KeyPurpose::Shc).kid, &find(KeyPurpose::Shc).private_pkcs8).unwrap()),
            vc: Some(EdSigner::from_pkcs8(&find(KeyPurpose::Vc).kid, &find(KeyPurpose::Vc).private_pkcs8).unwrap()),
        };
        let formats = Formats {
            vc: true,
            dcc: true,
            shc: true,
            ddcc: true,
        };
        issue(record(), formats, &signing).unwrap()
    }

    #[test]
    fn certificates_render_in_devanagari_bengali_and_arabic_with_english() {
        let logo = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#fff"/><text x="8" y="26" font-size="14">IN</text></svg>"##;
        let branding = Branding::parse("#0B2E6B", "#FF9933", Some(logo), Some(logo)).unwrap();
        for (tag, rtl, title, issuer) in [
            ("hi", false, "कोविड-19 टीकाकरण का प्रमाणपत्र", "स्वास्थ्य एवं परिवार कल्याण मंत्रालय"),
            ("bn", false, "কোভিড-১৯ টিকাকরণের শংসাপত্র", "স্বাস্থ্য ও পরিবার কল্যাণ মন্ত্রক"),
            ("ar", true, "شهادة التطعيم ضد كوفيد-19", "وزارة الصحة والسكان 2021"),
        ] {
            let text = CertificateText {
                languages: vec![
                    language(tag, rtl, title),
                    language("en", false, "Certificate for COVID-19 Vaccination"),
                ],
                issuer: vec![issuer.into(), "Ministry of Health".into()],
                signatory: vec![issuer.into(), "Authorised signatory".into()],
                gender: vec!["—".into(), "Male".into()],
                id_document: vec!["—".into(), "Passport".into()],
                facility: vec![issuer.into(), "National Hospital".into()],
            };
            let pdf = render_certificate(&signed(), &branding, &text).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{tag}");
            if let Ok(dir) = std::env::var("COWIN_PDF_DUMP") {
                std::fs::write(format!("{dir}/certificate-{tag}.pdf"), &pdf).unwrap();
            }
        }
    }
}

#[cfg(test)]
mod svg_tests {
    use super::parse_svg;

    fn images(group: &usvg::Group) -> usize {
        group
            .children()
            .iter()
            .map(|node| match node {
                usvg::Node::Image(_) => 1,
                usvg::Node::Group(group) => images(group),
                _ => 0,
            })
            .sum()
    }

    #[test]
    fn a_logo_cannot_read_files_of_the_server_but_may_embed_images() {
        let dir = tempfile::tempdir().unwrap();
        let secret = dir.path().join("secret.svg");
        std::fs::write(
            &secret,
            r#"<svg xmlns="http://www.w3.org/2000/svg" width="4" height="4"><rect width="4" height="4"/></svg>"#,
        )
        .unwrap();
        let referencing = format!(
            r#"<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10">
               <image href="{0}" width="4" height="4"/><image xlink:href="file://{0}" width="4" height="4"/></svg>"#,
            secret.display()
        );
        assert_eq!(images(parse_svg(&referencing).unwrap().root()), 0, "files are not read");
        let embedded = r#"<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><image width="4" height="4"
            href="data:image/svg+xml;base64,PHN2ZyB4bWxucz0iaHR0cDovL3d3dy53My5vcmcvMjAwMC9zdmciIHdpZHRoPSI0IiBoZWlnaHQ9IjQiPjxyZWN0IHdpZHRoPSI0IiBoZWlnaHQ9IjQiLz48L3N2Zz4="/></svg>"#;
        assert_eq!(images(parse_svg(embedded).unwrap().root()), 1, "data: URLs still work");
    }
}
