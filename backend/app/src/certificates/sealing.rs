//! How a certificate's record and forms are stored: their JSON sealed with the tenant's key. Not compressed:
//! the fastest DEFLATE saved a quarter of the 4.5 kB for 22 µs of CPU per dose (measured while tuning the dose
//! benchmark), and the table keeps rows of that size inline (migration m0009).

use cowin_certify::SignedForms;
use cowin_core::TenantCode;
use cowin_privacy::{Field, Vault};

/// The sealed bytes of `forms`.
pub fn seal(vault: &Vault, tenant: TenantCode, forms: &SignedForms) -> Result<Vec<u8>, String> {
    let json = serde_json::to_vec(forms).map_err(|error| error.to_string())?;
    Ok(vault.tenant(tenant).seal_bytes(Field::Certificate, &json))
}

/// The forms sealed by [`seal`].
pub fn open(vault: &Vault, tenant: TenantCode, sealed: &[u8]) -> Result<SignedForms, String> {
    let json = vault
        .tenant(tenant)
        .open_bytes(Field::Certificate, sealed)
        .map_err(|error| error.to_string())?;
    serde_json::from_slice(&json).map_err(|error| error.to_string())
}
