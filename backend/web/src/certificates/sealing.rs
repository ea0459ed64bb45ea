//! How a certificate's record and forms are stored: compressed (the credential's JSON shrinks to a third), then
//! sealed with the tenant's key. Small enough to stay in the table row, where PostgreSQL need not move it out.

use std::io::{Read as _, Write as _};

use cowin_certify::SignedForms;
use cowin_core::TenantCode;
use cowin_privacy::{Field, Vault};
use flate2::Compression;
use flate2::read::DeflateDecoder;
use flate2::write::DeflateEncoder;

/// Largest stored form after decompression; a certificate is a few kilobytes.
const MAX_OPENED: u64 = 1024 * 1024;

/// The sealed bytes of `forms`.
pub fn seal(vault: &Vault, tenant: TenantCode, forms: &SignedForms) -> Result<Vec<u8>, String> {
    let json = serde_json::to_vec(forms).map_err(|error| error.to_string())?;
    let mut compressed = DeflateEncoder::new(Vec::with_capacity(json.len() / 2), Compression::fast());
    compressed.write_all(&json).map_err(|error| error.to_string())?;
    let compressed = compressed.finish().map_err(|error| error.to_string())?;
    Ok(vault.tenant(tenant).seal_bytes(Field::Certificate, &compressed))
}

/// The forms sealed by [`seal`].
pub fn open(vault: &Vault, tenant: TenantCode, sealed: &[u8]) -> Result<SignedForms, String> {
    let compressed = vault
        .tenant(tenant)
        .open_bytes(Field::Certificate, sealed)
        .map_err(|error| error.to_string())?;
    let mut json = Vec::new();
    DeflateDecoder::new(compressed.as_slice())
        .take(MAX_OPENED)
        .read_to_end(&mut json)
        .map_err(|error| error.to_string())?;
    serde_json::from_slice(&json).map_err(|error| error.to_string())
}
