//! One-time password transactions: created by generateOTP, consumed by confirmOTP.

use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

/// A transaction as confirmOTP sees it, locked for the rest of the database transaction.
#[derive(Debug, FromQueryResult)]
pub struct OtpChallenge {
    /// Keyed hash of the mobile.
    pub mobile_hash: Vec<u8>,
    /// The sealed mobile.
    pub mobile_encrypted: Vec<u8>,
    /// Keyed hash of the OTP's SHA-256.
    pub otp_hash: Vec<u8>,
    /// Wrong attempts so far.
    pub attempts: i16,
    /// Past its expiry.
    pub expired: bool,
    /// Already used.
    pub confirmed: bool,
    /// The sealed e-mail an e-mail OTP went to.
    pub email_encrypted: Option<Vec<u8>>,
    /// The language the citizen asked for the OTP in.
    pub locale: Option<String>,
}

/// Where an OTP was sent, kept so the account can be told when a certificate is ready.
#[derive(Debug, Clone, Default)]
pub struct OtpContact {
    /// The sealed e-mail address, for e-mail OTPs.
    pub email_sealed: Option<Vec<u8>>,
    /// The language of the request.
    pub locale: Option<String>,
}

/// Records a new OTP transaction valid for `ttl_seconds`.
pub async fn create(
    txn: &TenantTxn,
    id: Uuid,
    mobile_hash: Vec<u8>,
    mobile_sealed: Vec<u8>,
    otp_hash: Vec<u8>,
    ttl_seconds: i64,
    contact: OtpContact,
) -> Result<(), DbErr> {
    txn.execute(
        "INSERT INTO otp_transactions (id, mobile_hash, mobile_encrypted, otp_hash, expires_at, email_encrypted, locale) \
         VALUES ($1, $2, $3, $4, now() + make_interval(secs => $5), $6, $7)",
        vec![
            id.into(),
            mobile_hash.into(),
            mobile_sealed.into(),
            otp_hash.into(),
            ttl_seconds.into(),
            contact.email_sealed.into(),
            contact.locale.into(),
        ],
    )
    .await
    .map(drop)
}

/// Locks the transaction `id` so concurrent confirmations are judged one at a time.
pub async fn lock(txn: &TenantTxn, id: Uuid) -> Result<Option<OtpChallenge>, DbErr> {
    txn.one(
        "SELECT mobile_hash, mobile_encrypted, otp_hash, attempts, expires_at < now() AS expired, confirmed_at IS NOT NULL AS confirmed, \
         email_encrypted, locale \
         FROM otp_transactions WHERE id = $1 FOR UPDATE",
        vec![id.into()],
    )
    .await
}

/// Counts a wrong attempt; returns the attempts so far.
pub async fn record_failure(txn: &TenantTxn, id: Uuid) -> Result<i16, DbErr> {
    #[derive(FromQueryResult)]
    struct Attempts {
        attempts: i16,
    }
    let row: Option<Attempts> = txn
        .one(
            "UPDATE otp_transactions SET attempts = attempts + 1 WHERE id = $1 RETURNING attempts",
            vec![id.into()],
        )
        .await?;
    Ok(row.map_or(i16::MAX, |row| row.attempts))
}

/// Marks the transaction used, so the same OTP cannot sign in twice.
pub async fn mark_confirmed(txn: &TenantTxn, id: Uuid) -> Result<(), DbErr> {
    txn.execute("UPDATE otp_transactions SET confirmed_at = now() WHERE id = $1", vec![id.into()])
        .await
        .map(drop)
}
