//! Judging an OTP confirmation: the transaction exists, is for this purpose, is neither used nor expired nor out
//! of attempts, and the OTP matches. A wrong OTP is counted and committed before the refusal, or a client could
//! retry forever.

use cowin_core::TenantCode;
use cowin_privacy::{Field, TenantVault};
use cowin_store::citizens::otp::{self, OtpChallenge, OtpPurpose};
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use super::error::SignInError;

/// A confirmation to judge.
#[derive(Debug)]
pub struct Confirmation<'a> {
    /// The transaction.
    pub transaction: Uuid,
    /// The SHA-256 of the OTP, as the client sends it.
    pub otp_digest: &'a str,
    /// What the transaction must be for.
    pub purpose: OtpPurpose,
    /// Wrong attempts allowed.
    pub max_attempts: i16,
}

/// The confirmed challenge, marked used in the returned transaction (which the caller commits with its own work).
pub async fn confirm(
    db: &Databases,
    tenant: TenantCode,
    vault: &TenantVault,
    confirmation: &Confirmation<'_>,
) -> Result<(TenantTxn, OtpChallenge), SignInError> {
    let txn = TenantTxn::begin(db, tenant).await?;
    let challenge = otp::lock(&txn, confirmation.transaction)
        .await?
        .filter(|challenge| challenge.purpose() == confirmation.purpose)
        .ok_or(SignInError::Expired)?;
    if challenge.confirmed || challenge.expired {
        return Err(SignInError::Expired);
    }
    if challenge.attempts >= confirmation.max_attempts {
        return Err(SignInError::AttemptsExceeded);
    }
    let digest = confirmation.otp_digest.trim().to_ascii_lowercase();
    if !vault.verify_hash(Field::Otp, &digest, &challenge.otp_hash) {
        let attempts = otp::record_failure(&txn, confirmation.transaction).await?;
        txn.commit().await?;
        return Err(if attempts >= confirmation.max_attempts {
            SignInError::AttemptsExceeded
        } else {
            SignInError::Invalid
        });
    }
    otp::mark_confirmed(&txn, confirmation.transaction).await?;
    Ok((txn, challenge))
}

/// A new OTP: six random digits.
pub fn new_code() -> String {
    use rand::Rng;
    format!("{:06}", rand::thread_rng().gen_range(0..1_000_000))
}
