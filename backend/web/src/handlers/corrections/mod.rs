//! Corrections by tenant admins, with the old values kept in an append-only trail.

pub(crate) mod beneficiary;
pub(crate) mod dose;
pub(crate) mod trail;

/// Why a correction is made, required.
fn reason(text: &str) -> Result<&str, crate::ApiError> {
    let text = text.trim();
    if text.is_empty() || text.chars().count() > 500 {
        Err(crate::ApiError::invalid_parameter("reason"))
    } else {
        Ok(text)
    }
}
