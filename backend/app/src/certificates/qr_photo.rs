//! Reading the QR code in a photo a verifier uploads. The verification endpoints are open to anyone (even for a
//! suspended country), so a picture is judged by its header before a byte is decoded: one that declares more
//! pixels than a phone camera takes is refused (413), decoding is capped in memory, and it runs on the blocking
//! pool with at most one decode per core at a time, so pictures can never take the request threads.

use std::io::Cursor;
use std::sync::Arc;
use std::time::Duration;

use cowin_core::ErrorCode;
use image::{ImageReader, Limits};
use tokio::sync::Semaphore;

use crate::failure::Failure;

/// Why no QR code came out of a picture.
#[derive(Debug, thiserror::Error)]
pub enum QrError {
    /// The picture declares more pixels than a phone photo.
    #[error("the picture is larger than {MAX_PIXELS} pixels")]
    TooLarge,
    /// Not a PNG or JPEG, or no QR code could be read in it.
    #[error("no QR code could be read")]
    Unreadable,
    /// Every decoder stayed busy for the whole wait.
    #[error("every picture decoder is busy")]
    Busy,
    /// The decoding task failed.
    #[error("decoding failed: {0}")]
    Failed(String),
}

impl Failure for QrError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::TooLarge => ErrorCode::ImageTooLarge,
            Self::Unreadable => ErrorCode::NotACertificate,
            Self::Busy => ErrorCode::Unavailable,
            Self::Failed(_) => ErrorCode::Internal,
        }
    }

    fn arguments(&self) -> Vec<(&'static str, cowin_core::MessageArg)> {
        match self {
            Self::TooLarge => vec![("megapixels", cowin_core::MessageArg::Number(MAX_PIXELS / 1_000_000))],
            _ => Vec::new(),
        }
    }
}

/// Longest side of a picture that is decoded: a 12-megapixel phone photo is 4032 × 3024.
pub const MAX_SIDE: u32 = 4096;
/// Most pixels of a picture that is decoded.
pub const MAX_PIXELS: u64 = 4096 * 3072;
/// Most memory one decoder may allocate (the pixels of the largest picture, with room for its rows).
const MAX_DECODER_BYTES: u64 = 64 * 1024 * 1024;
/// Longest wait for a free decoder before the request is refused as too busy.
const QUEUE_WAIT: Duration = Duration::from_secs(5);
/// QR codes read as well at a quarter of a photo's pixels, and much faster.
const SCAN_SIDE: u32 = 1600;

/// Decodes pictures, a few at a time.
#[derive(Debug, Clone)]
pub struct QrReader {
    decoders: Arc<Semaphore>,
}

impl QrReader {
    /// At most `concurrent` decodes at once.
    pub fn new(concurrent: usize) -> Self {
        Self {
            decoders: Arc::new(Semaphore::new(concurrent.max(1))),
        }
    }

    /// The bytes of the QR code in `picture` (a PNG or JPEG): `IMAGE_TOO_LARGE` for a picture bigger than a phone
    /// photo, `NOT_A_CERTIFICATE` when no QR code can be read, `SERVICE_UNAVAILABLE` when every decoder stayed busy.
    pub async fn read(&self, picture: Vec<u8>) -> Result<Vec<u8>, QrError> {
        check_header(&picture)?;
        let permit = tokio::time::timeout(QUEUE_WAIT, Arc::clone(&self.decoders).acquire_owned())
            .await
            .map_err(|_| QrError::Busy)?
            .map_err(|error| QrError::Failed(error.to_string()))?;
        let scanned = tokio::task::spawn_blocking(move || {
            let _permit = permit;
            scan(&picture)
        })
        .await
        .map_err(|error| QrError::Failed(error.to_string()))?;
        scanned.ok_or(QrError::Unreadable)
    }
}

fn reader(picture: &[u8]) -> Result<ImageReader<Cursor<&[u8]>>, QrError> {
    let mut reader = ImageReader::new(Cursor::new(picture))
        .with_guessed_format()
        .map_err(|_| QrError::Unreadable)?;
    let mut limits = Limits::default();
    limits.max_image_width = Some(MAX_SIDE);
    limits.max_image_height = Some(MAX_SIDE);
    limits.max_alloc = Some(MAX_DECODER_BYTES);
    reader.limits(limits);
    Ok(reader)
}

/// Judges the picture by the size its header declares, without decoding it.
fn check_header(picture: &[u8]) -> Result<(), QrError> {
    match reader(picture)?.into_dimensions() {
        Ok((width, height)) if u64::from(width) * u64::from(height) <= MAX_PIXELS => Ok(()),
        Ok(_) | Err(image::ImageError::Limits(_)) => Err(QrError::TooLarge),
        Err(_) => Err(QrError::Unreadable),
    }
}

/// Decodes within the limits and looks for a QR code (blocking).
fn scan(picture: &[u8]) -> Option<Vec<u8>> {
    let decoded = reader(picture).ok()?.decode().ok()?;
    let decoded = if decoded.width().max(decoded.height()) > SCAN_SIDE {
        decoded.thumbnail(SCAN_SIDE, SCAN_SIDE)
    } else {
        decoded
    };
    let mut prepared = rqrr::PreparedImage::prepare(decoded.into_luma8());
    prepared.detect_grids().into_iter().find_map(|grid| {
        let mut bytes = Vec::new();
        grid.decode_to(&mut bytes).ok().map(|_| bytes)
    })
}
