//! One-time password transactions: created by generateOTP (or an e-mail change), consumed by their confirmation.

use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

/// What confirming an OTP does.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpPurpose {
    /// Signs in to the mobile's account (or creates it).
    SignIn,
    /// Binds a new e-mail address to a signed-in account.
    EmailChange,
}

impl OtpPurpose {
    fn as_str(self) -> &'static str {
        match self {
            Self::SignIn => "sign_in",
            Self::EmailChange => "email_change",
        }
    }
}

/// How an OTP travelled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum OtpChannel {
    /// By SMS to the mobile number.
    Sms,
    /// By e-mail.
    Email,
}

impl OtpChannel {
    fn as_str(self) -> &'static str {
        match self {
            Self::Sms => "sms",
            Self::Email => "email",
        }
    }
}

/// A transaction as its confirmation sees it, locked for the rest of the database transaction.
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
    /// The sealed e-mail address the OTP went to, when it went by e-mail.
    pub email_encrypted: Option<Vec<u8>>,
    /// The language the citizen asked for the OTP in.
    pub locale: Option<String>,
    /// `sign_in` or `email_change`.
    purpose: String,
    /// The account whose bound destination the OTP went to; none when it verifies a new account's address.
    pub account_id: Option<Uuid>,
}

impl OtpChallenge {
    /// What confirming it does.
    pub fn purpose(&self) -> OtpPurpose {
        if self.purpose == OtpPurpose::EmailChange.as_str() {
            OtpPurpose::EmailChange
        } else {
            OtpPurpose::SignIn
        }
    }
}

/// A new OTP transaction.
#[derive(Debug, Clone)]
pub struct NewOtp {
    /// The transaction id the client confirms with.
    pub id: Uuid,
    /// What confirming it does.
    pub purpose: OtpPurpose,
    /// Keyed hash of the mobile.
    pub mobile_hash: Vec<u8>,
    /// The sealed mobile.
    pub mobile_sealed: Vec<u8>,
    /// Keyed hash of the OTP's SHA-256.
    pub otp_hash: Vec<u8>,
    /// How long it is valid.
    pub ttl_seconds: i64,
    /// The account whose bound destination it goes to (none for a new account).
    pub account: Option<Uuid>,
    /// How it goes.
    pub channel: OtpChannel,
    /// The sealed e-mail address it goes to, for e-mail OTPs.
    pub email_sealed: Option<Vec<u8>>,
    /// The language of the request.
    pub locale: Option<String>,
}

/// Records a new OTP transaction.
pub async fn create(txn: &TenantTxn, otp: NewOtp) -> Result<(), DbErr> {
    txn.execute(
        "INSERT INTO otp_transactions (id, purpose, mobile_hash, mobile_encrypted, otp_hash, expires_at, account_id, channel, \
         email_encrypted, locale) VALUES ($1, $2, $3, $4, $5, now() + make_interval(secs => $6), $7, $8, $9, $10)",
        vec![
            otp.id.into(),
            otp.purpose.as_str().into(),
            otp.mobile_hash.into(),
            otp.mobile_sealed.into(),
            otp.otp_hash.into(),
            (otp.ttl_seconds as f64).into(),
            otp.account.into(),
            otp.channel.as_str().into(),
            otp.email_sealed.into(),
            otp.locale.into(),
        ],
    )
    .await
    .map(drop)
}

/// Locks the transaction `id` so concurrent confirmations are judged one at a time.
pub async fn lock(txn: &TenantTxn, id: Uuid) -> Result<Option<OtpChallenge>, DbErr> {
    txn.one(
        "SELECT mobile_hash, mobile_encrypted, otp_hash, attempts, expires_at < now() AS expired, confirmed_at IS NOT NULL AS confirmed, \
         email_encrypted, locale, purpose, account_id \
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

/// Closes every OTP still open for `account` (its destination just changed, so none of them may be used).
pub async fn close_open_for_account(txn: &TenantTxn, account: Uuid) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE otp_transactions SET confirmed_at = now() WHERE account_id = $1 AND confirmed_at IS NULL",
        vec![account.into()],
    )
    .await
    .map(drop)
}
