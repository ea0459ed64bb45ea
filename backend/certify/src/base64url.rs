//! Unpadded base64url, as JOSE and SMART Health Cards write it.

use base64::Engine as _;
use base64::engine::general_purpose::URL_SAFE_NO_PAD;

/// Encodes `bytes`.
pub fn encode(bytes: impl AsRef<[u8]>) -> String {
    URL_SAFE_NO_PAD.encode(bytes)
}

/// Decodes `text`; `None` if it is not canonical unpadded base64url.
pub fn decode(text: &str) -> Option<Vec<u8>> {
    let bytes = URL_SAFE_NO_PAD.decode(text).ok()?;
    // A non-canonical last character decodes to the same bytes; refusing it means no character can change unnoticed.
    (encode(&bytes) == text).then_some(bytes)
}
