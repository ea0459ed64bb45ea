//! Drawing primitives shared by the documents: aligned text in a column, bilingual label pairs, QR codes,
//! images, and the platform attribution that no tenant setting reaches.

use krilla::geom::{PathBuilder, Rect, Size, Transform};
use krilla::surface::Surface;
use krilla_svg::{SurfaceExt as _, SvgSettings};

use super::fonts::{Face, Weight};
use super::text::{Line, fill, line, wrap};
use crate::qr::QrMatrix;

/// A4 in points.
pub(crate) const WIDTH: f32 = 595.28;
pub(crate) const HEIGHT: f32 = 841.89;
/// Text colours.
pub(crate) const INK: (u8, u8, u8) = (0x1f, 0x29, 0x37);
pub(crate) const MUTED: (u8, u8, u8) = (0x5b, 0x64, 0x70);
pub(crate) const WHITE: (u8, u8, u8) = (0xff, 0xff, 0xff);

/// Which side of its column a line keeps to.
#[derive(Debug, Clone, Copy)]
pub(crate) enum Align {
    Start,
    Centre,
}

/// Draws `text` in a column from `x` of `width`, at baseline `y`; right-to-left text keeps to the right edge.
/// Returns the baseline after its last line.
#[allow(clippy::too_many_arguments, reason = "a text box: position, size, style and content")]
pub(crate) fn text_box(
    surface: &mut Surface<'_>,
    text: &str,
    chain: &[&Face],
    size: f32,
    colour: (u8, u8, u8),
    (x, y, width): (f32, f32, f32),
    right_to_left: bool,
    align: Align,
) -> f32 {
    let mut baseline = y;
    for line in wrap(text, chain, size, width, Some(right_to_left)) {
        let left = match align {
            Align::Centre => x + (width - line.width()) / 2.0,
            Align::Start if right_to_left => x + width - line.width(),
            Align::Start => x,
        };
        line.draw(surface, left, baseline, colour);
        baseline += size * 1.3;
    }
    baseline.max(y + size * 1.3)
}

/// A filled rectangle.
pub(crate) fn rectangle(surface: &mut Surface<'_>, (x, y, width, height): (f32, f32, f32, f32), colour: (u8, u8, u8)) {
    let mut path = PathBuilder::new();
    if let Some(rect) = Rect::from_xywh(x, y, width, height) {
        path.push_rect(rect);
    }
    if let Some(path) = path.finish() {
        surface.set_stroke(None);
        surface.set_fill(Some(fill(colour)));
        surface.draw_path(&path);
    }
}

/// A QR code of side `side` at (`x`, `y`), as one vector path, with a quiet zone of white around it.
pub(crate) fn qr_code(surface: &mut Surface<'_>, code: &QrMatrix, x: f32, y: f32, side: f32) {
    rectangle(surface, (x, y, side, side), WHITE);
    let module = side / (code.width + 8) as f32;
    // The path is drawn in modules and scaled once: the content stream then holds small whole numbers rather than
    // a decimal coordinate per rectangle, and formatting, storing and deflating those numbers was a large part of
    // every render.
    let mut path = PathBuilder::new();
    for row in 0..code.width {
        let mut col = 0;
        while col < code.width {
            if !code.is_dark(col, row) {
                col += 1;
                continue;
            }
            // Horizontal runs of dark modules as one rectangle keep the content stream small.
            let start = col;
            while col < code.width && code.is_dark(col, row) {
                col += 1;
            }
            if let Some(rect) = Rect::from_xywh(start as f32, row as f32, (col - start) as f32, 1.0) {
                path.push_rect(rect);
            }
        }
    }
    if let Some(path) = path.finish() {
        surface.push_transform(&Transform::from_row(module, 0.0, 0.0, module, x + 4.0 * module, y + 4.0 * module));
        surface.set_stroke(None);
        surface.set_fill(Some(fill((0, 0, 0))));
        surface.draw_path(&path);
        surface.pop();
    }
}

/// An SVG scaled to `width`, keeping its aspect ratio, with its top-left corner at (`x`, `y`).
pub(crate) fn svg(surface: &mut Surface<'_>, tree: &usvg::Tree, x: f32, y: f32, width: f32) {
    let height = width * tree.size().height() / tree.size().width();
    let Some(size) = Size::from_wh(width, height) else { return };
    surface.push_transform(&Transform::from_translate(x, y));
    let _ = surface.draw_svg(
        tree,
        size,
        SvgSettings {
            embed_text: false,
            ..SvgSettings::default()
        },
    );
    surface.pop();
}

/// The platform attribution, in a band of its own at the foot of the page: fixed colours and fixed text that
/// no branding or message override changes (MoU: attribution kept), with the licence the country issues under.
pub(crate) fn attribution(surface: &mut Surface<'_>, chain: &[&Face], licence: Option<&str>) {
    rectangle(surface, (0.0, HEIGHT - 46.0, WIDTH, 46.0), (0xee, 0xf0, 0xf3));
    let text = cowin_core::ATTRIBUTION;
    let set: Line<'_> = line(text, chain, 8.5, Some(false));
    set.draw(surface, (WIDTH - set.width()) / 2.0, HEIGHT - 27.0, INK);
    if let Some(licence) = licence {
        let licence = line(&format!("Licence {licence}"), chain, 7.0, Some(false));
        licence.draw(surface, (WIDTH - licence.width()) / 2.0, HEIGHT - 14.0, MUTED);
    }
}

/// The fonts of a language, in a weight.
pub(crate) fn chain_for(language: &str, weight: Weight) -> Option<Vec<&'static Face>> {
    super::fonts::FONTS.as_ref().map(|fonts| fonts.chain(language, weight))
}
