//! The fonts certificates are set in, compiled into the binary (Noto, OFL-1.1: see `fonts/OFL.txt`) so that every
//! server renders identically with nothing installed. Each is parsed once: for shaping (rustybuzz) and for
//! embedding (krilla).

use std::sync::LazyLock;

use krilla::text::Font;

/// A font loaded for shaping and embedding.
pub(crate) struct Face {
    /// For embedding and subsetting.
    pub(crate) pdf: Font,
    /// For shaping, and to ask which characters it covers.
    pub(crate) shaper: rustybuzz::Face<'static>,
    /// Units per em.
    pub(crate) units_per_em: f32,
}

impl Face {
    fn load(bytes: &'static [u8]) -> Option<Self> {
        let shaper = rustybuzz::Face::from_slice(bytes, 0)?;
        let units_per_em = shaper.units_per_em() as f32;
        Some(Self {
            pdf: Font::new(bytes.into(), 0)?,
            shaper,
            units_per_em,
        })
    }

    /// Whether the font has a glyph for `character`.
    pub(crate) fn covers(&self, character: char) -> bool {
        self.shaper.glyph_index(character).is_some()
    }
}

/// Regular or bold.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Weight {
    /// Body text.
    Regular,
    /// Headings and values.
    Bold,
}

/// Every face, in both weights: Latin (with Cyrillic and Latin with diacritics) and each script's, with the
/// languages written in it.
pub(crate) struct Fonts {
    latin: [Face; 2],
    scripts: Vec<(&'static [&'static str], [Face; 2])>,
}

macro_rules! pair {
    ($regular:literal, $bold:literal) => {
        [
            Face::load(include_bytes!(concat!("../../fonts/", $regular)))?,
            Face::load(include_bytes!(concat!("../../fonts/", $bold)))?,
        ]
    };
}

impl Fonts {
    fn load() -> Option<Self> {
        Some(Self {
            latin: pair!("NotoSans-Regular.ttf", "NotoSans-Bold.ttf"),
            scripts: vec![
                (
                    &["hi", "mr", "ne"],
                    pair!("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
                ),
                (&["bn", "as"], pair!("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf")),
                (&["ar", "fa", "ur"], pair!("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf")),
                (&["te"], pair!("NotoSansTelugu-Regular.ttf", "NotoSansTelugu-Bold.ttf")),
                (&["ta"], pair!("NotoSansTamil-Regular.ttf", "NotoSansTamil-Bold.ttf")),
                (&["gu"], pair!("NotoSansGujarati-Regular.ttf", "NotoSansGujarati-Bold.ttf")),
                (&["kn"], pair!("NotoSansKannada-Regular.ttf", "NotoSansKannada-Bold.ttf")),
                (&["ml"], pair!("NotoSansMalayalam-Regular.ttf", "NotoSansMalayalam-Bold.ttf")),
                (&["pa"], pair!("NotoSansGurmukhi-Regular.ttf", "NotoSansGurmukhi-Bold.ttf")),
                (&["or"], pair!("NotoSansOriya-Regular.ttf", "NotoSansOriya-Bold.ttf")),
            ],
        })
    }

    /// The fallback chain for text of a language: its script's font first, then Latin (which also covers
    /// Cyrillic, so Russian and Uzbek need nothing more), then the other scripts (a name written in another
    /// script than the language's).
    pub(crate) fn chain(&self, language: &str, weight: Weight) -> Vec<&Face> {
        let index = usize::from(weight == Weight::Bold);
        let language = language.split('-').next().unwrap_or_default();
        let primary = self
            .scripts
            .iter()
            .find(|(languages, _)| languages.contains(&language))
            .map(|(_, pair)| &pair[index]);
        let others = std::iter::once(&self.latin)
            .chain(self.scripts.iter().map(|(_, pair)| pair))
            .map(|pair| &pair[index])
            .filter(|face| !primary.is_some_and(|primary| std::ptr::eq(primary, *face)));
        primary.into_iter().chain(others).collect()
    }
}

/// The fonts, loaded on first use; `None` only if a compiled-in font were unreadable.
pub(crate) static FONTS: LazyLock<Option<Fonts>> = LazyLock::new(Fonts::load);
