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

/// Every face, in both weights.
pub(crate) struct Fonts {
    latin: [Face; 2],
    devanagari: [Face; 2],
    bengali: [Face; 2],
    arabic: [Face; 2],
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
            devanagari: pair!("NotoSansDevanagari-Regular.ttf", "NotoSansDevanagari-Bold.ttf"),
            bengali: pair!("NotoSansBengali-Regular.ttf", "NotoSansBengali-Bold.ttf"),
            arabic: pair!("NotoSansArabic-Regular.ttf", "NotoSansArabic-Bold.ttf"),
        })
    }

    /// The fallback chain for text of a language: its script's font first, then Latin (which also covers
    /// Cyrillic, so Russian and Uzbek need nothing more), then the other scripts (a name written in another
    /// script than the language's).
    pub(crate) fn chain(&self, language: &str, weight: Weight) -> Vec<&Face> {
        let index = usize::from(weight == Weight::Bold);
        let primary: Option<&[Face; 2]> = match language.split('-').next().unwrap_or_default() {
            "hi" | "mr" | "ne" => Some(&self.devanagari),
            "bn" | "as" => Some(&self.bengali),
            "ar" | "fa" | "ur" => Some(&self.arabic),
            _ => None,
        };
        let mut chain: Vec<&Face> = primary.into_iter().map(|pair| &pair[index]).collect();
        for pair in [&self.latin, &self.devanagari, &self.bengali, &self.arabic] {
            if !chain.iter().any(|face| std::ptr::eq(*face, &pair[index])) {
                chain.push(&pair[index]);
            }
        }
        chain
    }
}

/// The fonts, loaded on first use; `None` only if a compiled-in font were unreadable.
pub(crate) static FONTS: LazyLock<Option<Fonts>> = LazyLock::new(Fonts::load);
