//! QR codes of the signed forms, as module matrices the PDF draws as vector squares.

use qrcode::{EcLevel, QrCode};

/// A QR code's dark modules, row by row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct QrMatrix {
    /// Modules per side.
    pub width: usize,
    /// Dark modules, `width * width`, row-major.
    pub dark: Vec<bool>,
}

impl QrMatrix {
    /// Whether the module at (`x`, `y`) is dark.
    pub fn is_dark(&self, x: usize, y: usize) -> bool {
        self.dark.get(y * self.width + x).copied().unwrap_or(false)
    }
}

/// How much of a code may be damaged and still read: low for the large payloads (a SMART Health Card's
/// framework asks for L), quartile for the compact DCC.
#[derive(Debug, Clone, Copy)]
pub enum Redundancy {
    /// About 7% recoverable.
    Low,
    /// About 25% recoverable.
    Quartile,
}

/// The QR code of `data`; the encoder chooses byte, alphanumeric and numeric segments for the least size (so
/// `shc:/` goes in bytes and its digits in numeric mode, and `HC1:` base45 in alphanumeric mode).
pub fn encode(data: &[u8], redundancy: Redundancy) -> Option<QrMatrix> {
    let level = match redundancy {
        Redundancy::Low => EcLevel::L,
        Redundancy::Quartile => EcLevel::Q,
    };
    let code = QrCode::with_error_correction_level(data, level).ok()?;
    let width = code.width();
    let dark = code.to_colors().into_iter().map(|colour| colour == qrcode::Color::Dark).collect();
    Some(QrMatrix { width, dark })
}
