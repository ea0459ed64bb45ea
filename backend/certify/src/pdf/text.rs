//! Setting a line of text: the Unicode bidirectional algorithm orders its runs, each run is split by the font
//! that covers it, and each piece is shaped with HarfBuzz's rules (rustybuzz), so Devanagari and Bengali
//! conjuncts join and Arabic joins and runs right to left with its digits left to right.

use krilla::color::rgb;
use krilla::geom::Point;
use krilla::num::NormalizedF32;
use krilla::paint::{Fill, FillRule};
use krilla::surface::Surface;
use krilla::text::{GlyphId, KrillaGlyph};
use unicode_bidi::{BidiInfo, Level};

use super::fonts::Face;

/// A shaped piece of one font and one direction.
pub(crate) struct Piece<'a> {
    face: &'a Face,
    text: String,
    glyphs: Vec<KrillaGlyph>,
    width: f32,
}

/// A line set in visual order, left to right.
pub(crate) struct Line<'a> {
    pieces: Vec<Piece<'a>>,
    size: f32,
}

impl Line<'_> {
    /// Its width in points.
    pub(crate) fn width(&self) -> f32 {
        self.pieces.iter().map(|piece| piece.width).sum()
    }

    /// Draws it with its left end at `x` and its baseline at `y`.
    pub(crate) fn draw(&self, surface: &mut Surface<'_>, x: f32, y: f32, colour: (u8, u8, u8)) {
        surface.set_fill(Some(fill(colour)));
        surface.set_stroke(None);
        let mut pen = x;
        for piece in &self.pieces {
            surface.draw_glyphs(
                Point::from_xy(pen, y),
                &piece.glyphs,
                piece.face.pdf.clone(),
                &piece.text,
                self.size,
                false,
            );
            pen += piece.width;
        }
    }
}

/// A solid fill of an RGB colour.
pub(crate) fn fill(colour: (u8, u8, u8)) -> Fill {
    Fill {
        paint: rgb::Color::new(colour.0, colour.1, colour.2).into(),
        opacity: NormalizedF32::ONE,
        rule: FillRule::NonZero,
    }
}

/// Splits `text` (one direction) into pieces each set in the first font of `chain` that covers it; spaces,
/// digits, punctuation and joiners stay with the font of the text around them.
fn split_by_font<'a, 'f>(text: &'a str, chain: &[&'f Face]) -> Vec<(&'f Face, &'a str)> {
    let mut pieces: Vec<(&'f Face, &'a str)> = Vec::new();
    let mut start = 0;
    let mut current: Option<&'f Face> = None;
    for (index, character) in text.char_indices() {
        let stays = current.is_some_and(|face| face.covers(character) && !character.is_alphabetic());
        let face = if stays {
            current
        } else {
            chain
                .iter()
                .copied()
                .find(|face| face.covers(character))
                .or(current)
                .or(chain.first().copied())
        };
        if let (Some(previous), Some(face)) = (current, face)
            && !std::ptr::eq(previous, face)
        {
            pieces.push((previous, &text[start..index]));
            start = index;
        }
        current = face;
    }
    if let Some(face) = current {
        pieces.push((face, &text[start..]));
    }
    pieces
}

fn shape<'f>(face: &'f Face, text: &str, right_to_left: bool, size: f32) -> Piece<'f> {
    let mut buffer = rustybuzz::UnicodeBuffer::new();
    buffer.push_str(text);
    buffer.guess_segment_properties();
    buffer.set_direction(if right_to_left {
        rustybuzz::Direction::RightToLeft
    } else {
        rustybuzz::Direction::LeftToRight
    });
    let shaped = rustybuzz::shape(&face.shaper, &[], buffer);
    let mut starts: Vec<usize> = shaped.glyph_infos().iter().map(|info| info.cluster as usize).collect();
    starts.sort_unstable();
    starts.dedup();
    let units = face.units_per_em;
    let mut width = 0.0;
    let glyphs = shaped
        .glyph_infos()
        .iter()
        .zip(shaped.glyph_positions())
        .map(|(info, position)| {
            let start = info.cluster as usize;
            let end = starts.iter().copied().find(|&next| next > start).unwrap_or(text.len());
            width += position.x_advance as f32 / units * size;
            KrillaGlyph::new(
                GlyphId::new(info.glyph_id),
                position.x_advance as f32 / units,
                position.x_offset as f32 / units,
                position.y_offset as f32 / units,
                position.y_advance as f32 / units,
                start..end,
                None,
            )
        })
        .collect();
    Piece {
        face,
        text: text.to_owned(),
        glyphs,
        width,
    }
}

/// Sets `text` at `size` points with the fonts of `chain`; `right_to_left` gives the paragraph direction (else it
/// follows the first strong character).
pub(crate) fn line<'f>(text: &str, chain: &[&'f Face], size: f32, right_to_left: Option<bool>) -> Line<'f> {
    let mut pieces = Vec::new();
    if text.is_empty() || chain.is_empty() {
        return Line { pieces, size };
    }
    let level = right_to_left.map(|rtl| if rtl { Level::rtl() } else { Level::ltr() });
    let bidi = BidiInfo::new(text, level);
    for paragraph in &bidi.paragraphs {
        let (levels, runs) = bidi.visual_runs(paragraph, paragraph.range.clone());
        for run in runs {
            let rtl = levels[run.start].is_rtl();
            let mut parts = split_by_font(&text[run.clone()], chain);
            if rtl {
                parts.reverse();
            }
            for (face, part) in parts {
                let part = part.trim_end_matches(['\n', '\r']);
                if !part.is_empty() {
                    pieces.push(shape(face, part, rtl, size));
                }
            }
        }
    }
    Line { pieces, size }
}

/// Breaks `text` into lines no wider than `width`, at spaces.
pub(crate) fn wrap<'f>(text: &str, chain: &[&'f Face], size: f32, width: f32, right_to_left: Option<bool>) -> Vec<Line<'f>> {
    let mut lines = Vec::new();
    let mut current = String::new();
    for word in text.split_whitespace() {
        let candidate = if current.is_empty() {
            word.to_owned()
        } else {
            format!("{current} {word}")
        };
        if !current.is_empty() && line(&candidate, chain, size, right_to_left).width() > width {
            lines.push(line(&current, chain, size, right_to_left));
            current = word.to_owned();
        } else {
            current = candidate;
        }
    }
    if !current.is_empty() {
        lines.push(line(&current, chain, size, right_to_left));
    }
    lines
}
