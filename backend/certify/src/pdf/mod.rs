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
                age: vec!["51 (1970)".into()],
                dose: vec!["1 / 2".into()],
                date: vec!["1 June 2021".into()],
                issued: vec!["1 June 2021, 15:30 (UTC+05:30)".into()],
            };
            let pdf = render_certificate(&signed(), &branding, &text).unwrap();
            assert!(pdf.starts_with(b"%PDF-"), "{tag}");
            if let Ok(dir) = std::env::var("COWIN_PDF_DUMP") {
                std::fs::write(format!("{dir}/certificate-{tag}.pdf"), &pdf).unwrap();
            }
        }
    }
}

/// Every shipped language's certificate, read back by an outside PDF reader: poppler's `pdftotext` and `pdffonts`
/// (`scripts/ensure-pdftotext.sh`; `TEST_PDFTOTEXT` names it), so shaping, font subsets and the text layer are checked
/// by something that did not write them.
#[cfg(test)]
mod text_layer_tests {
    use std::collections::BTreeMap;
    use std::path::{Path, PathBuf};

    use super::tests::signed;
    use super::*;

    fn locales_dir() -> PathBuf {
        Path::new(env!("CARGO_MANIFEST_DIR")).join("../../locales")
    }

    /// The certificate labels of a language, read from its `certificates.ftl` (one-line messages, no placeables).
    fn labels(tag: &str) -> BTreeMap<String, String> {
        let text = std::fs::read_to_string(locales_dir().join(tag).join("certificates.ftl")).unwrap();
        text.lines()
            .filter_map(|line| line.strip_prefix("certificate-"))
            .filter_map(|line| line.split_once(" = "))
            .map(|(id, value)| (id.to_owned(), value.trim().to_owned()))
            .collect()
    }

    /// What poppler's `tool` (`pdftotext`, `pdffonts`, beside `TEST_PDFTOTEXT` if set) prints for `pdf`, with `args`
    /// before the file and `after` it.
    fn poppler(tool: &str, pdf: &[u8], args: &[&str], after: &[&str]) -> String {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("certificate.pdf");
        std::fs::write(&path, pdf).unwrap();
        let program =
            std::env::var("TEST_PDFTOTEXT").map_or_else(|_| PathBuf::from(tool), |pdftotext| Path::new(&pdftotext).with_file_name(tool));
        let output = std::process::Command::new(&program)
            .args(args)
            .arg(&path)
            .args(after)
            .output()
            .unwrap_or_else(|error| panic!("{} runs (scripts/ensure-pdftotext.sh): {error}", program.display()));
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8(output.stdout).unwrap()
    }

    /// The text `pdftotext` reads from `pdf`, without white space (lines wrap where the layout wraps them).
    fn extracted(pdf: &[u8]) -> String {
        poppler("pdftotext", pdf, &["-enc", "UTF-8"], &["-"]).split_whitespace().collect()
    }

    /// The font a language's own script is set in (Latin scripts: Noto Sans alone).
    fn script_font(tag: &str) -> &'static str {
        match tag {
            "hi" | "mr" => "NotoSansDevanagari",
            "bn" | "as" => "NotoSansBengali",
            "ar" => "NotoSansArabic",
            "te" => "NotoSansTelugu",
            "ta" => "NotoSansTamil",
            "gu" => "NotoSansGujarati",
            "kn" => "NotoSansKannada",
            "ml" => "NotoSansMalayalam",
            "pa" => "NotoSansGurmukhi",
            "or" => "NotoSansOriya",
            _ => "NotoSans-",
        }
    }

    /// The words of right-to-left `expected` that `read` lacks. pdftotext returns each right-to-left run in logical
    /// order between bidi marks, but moves the digits next to it ("كوفيد-19" reads "19-…كوفيد") and reverses a run
    /// character by character, so a lam-alef ligature (one glyph for ل then ا) comes out as ا then ل; so each word of
    /// the script is looked for, with that ligature as pdftotext writes it. (pypdf reads the same files' ligatures in
    /// the right order; it cannot read the Indic scripts, which pdftotext reads whole.)
    fn missing_rtl_words(expected: &str, read: &str) -> Vec<String> {
        let read: String = read
            .chars()
            .filter(|c| !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}'))
            .collect();
        expected
            .split(|c: char| !('\u{0600}'..='\u{06ff}').contains(&c) || c.is_ascii_digit())
            .filter(|word| word.chars().count() > 1)
            .map(|word| word.replace("\u{0644}\u{0627}", "\u{0627}\u{0644}"))
            .filter(|word| !read.contains(word.as_str()))
            .collect()
    }

    #[test]
    fn every_language_reads_back_from_the_certificates_text_layer() {
        let logo = r##"<svg xmlns="http://www.w3.org/2000/svg" width="40" height="40"><circle cx="20" cy="20" r="18" fill="#fff"/></svg>"##;
        let branding = Branding::parse("#0B2E6B", "#FF9933", Some(logo), Some(logo)).unwrap();
        let mut tags: Vec<String> = std::fs::read_dir(locales_dir())
            .unwrap()
            .flatten()
            .filter(|entry| entry.path().join("certificates.ftl").is_file())
            .map(|entry| entry.file_name().to_string_lossy().into_owned())
            .collect();
        tags.sort();
        assert!(tags.len() >= 17, "{tags:?}");
        let english = labels("en");
        let mut unread = Vec::new();
        for tag in &tags {
            let labels = labels(tag);
            let right_to_left = matches!(tag.as_str(), "ar" | "fa" | "ur" | "he");
            let language = |tag: &str, labels: &BTreeMap<String, String>, rtl: bool| Language {
                tag: tag.to_owned(),
                right_to_left: rtl,
                labels: labels.clone(),
            };
            let mut forms = signed();
            // A name in the language's own script beside a Latin passport number (bidirectional in Arabic).
            let name = labels["name"].clone();
            forms.record.holder.name = format!("{name} {}", labels["title"]);
            forms.record.holder.passport = Some("J8369854".to_owned());
            let title = labels["title"].clone();
            let text = CertificateText {
                languages: vec![language(tag, &labels, right_to_left), language("en", &english, false)],
                issuer: vec![title.clone(), "Ministry of Health".into()],
                signatory: vec![labels["issued"].clone(), "Authorised signatory".into()],
                gender: vec![labels["gender"].clone(), "Male".into()],
                id_document: vec![labels["id-document"].clone(), "Passport".into()],
                facility: vec![labels["facility"].clone(), "National Hospital".into()],
                age: vec!["51 (1970)".into()],
                dose: vec!["1 / 2".into()],
                date: vec!["1 June 2021".into()],
                issued: vec!["1 June 2021, 15:30 (UTC+05:30)".into()],
            };
            let pdf = render_certificate(&forms, &branding, &text).unwrap();
            // Text alone would read back even from missing glyphs (the text layer maps glyphs to the characters they
            // stand for): the script's own font must be there, and every font embedded as a subset of its glyphs.
            let fonts = poppler("pdffonts", &pdf, &[], &[]);
            assert!(
                fonts.contains(&format!("+{}", script_font(tag))),
                "{tag} is set in {}: {fonts}",
                script_font(tag)
            );
            for font in fonts.lines().skip(2) {
                assert!(font.contains(" yes yes yes "), "{tag}: embedded, subset, with a text map: {font}");
            }
            let read = extracted(&pdf);
            for (what, expected) in [
                ("title", &title),
                ("vaccination details", &labels["vaccination-details"]),
                ("holder", &forms.record.holder.name),
            ] {
                let missing: Vec<String> = if right_to_left {
                    missing_rtl_words(expected, &read)
                } else {
                    let expected: String = expected.split_whitespace().collect();
                    if read.contains(&expected) { vec![] } else { vec![expected] }
                };
                if !missing.is_empty() {
                    unread.push(format!("{tag} {what}: {missing:?} not in {read:?}"));
                }
            }
            assert!(read.contains("J8369854"), "{tag}: the passport number reads back whole: {read}");
            if let Ok(dir) = std::env::var("COWIN_PDF_DUMP") {
                std::fs::write(format!("{dir}/certificate-text-{tag}.pdf"), &pdf).unwrap();
            }
        }
        assert!(unread.is_empty(), "{}", unread.join("\n"));
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
