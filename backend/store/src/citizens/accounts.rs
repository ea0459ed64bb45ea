//! Accounts: one per mobile number, found by the number's keyed hash. An account's e-mail address is bound once
//! verified (by the OTP that created the account, or by an e-mail change confirmed with an OTP sent to it).

use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

/// An account and where its OTPs may go.
#[derive(Debug, FromQueryResult)]
pub struct AccountContact {
    /// The account.
    pub id: Uuid,
    /// Its verified e-mail address, sealed.
    pub email_encrypted: Option<Vec<u8>>,
}

/// The account of this mobile, if there is one.
pub async fn by_mobile(txn: &TenantTxn, mobile_hash: Vec<u8>) -> Result<Option<AccountContact>, DbErr> {
    txn.one(
        "SELECT id, email_encrypted FROM accounts WHERE mobile_hash = $1",
        vec![mobile_hash.into()],
    )
    .await
}

#[derive(Debug, FromQueryResult)]
struct AccountRow {
    id: Uuid,
    inserted: bool,
}

/// The account of this mobile, created if new; returns its id and whether it was created.
pub async fn find_or_create(txn: &TenantTxn, mobile_hash: Vec<u8>, mobile_sealed: Vec<u8>) -> Result<(Uuid, bool), DbErr> {
    // The no-op update makes RETURNING yield the existing row too; xmax = 0 tells a fresh insert apart.
    let row: Option<AccountRow> = txn
        .one(
            "INSERT INTO accounts (id, mobile_hash, mobile_encrypted) VALUES ($1, $2, $3) \
             ON CONFLICT (mobile_hash) DO UPDATE SET mobile_hash = EXCLUDED.mobile_hash \
             RETURNING id, (xmax = 0) AS inserted",
            vec![Uuid::new_v4().into(), mobile_hash.into(), mobile_sealed.into()],
        )
        .await?;
    let row = row.ok_or(DbErr::RecordNotInserted)?;
    Ok((row.id, row.inserted))
}

/// The account's sealed mobile number, for masked display.
pub async fn sealed_mobile(txn: &TenantTxn, account: Uuid) -> Result<Option<Vec<u8>>, DbErr> {
    #[derive(FromQueryResult)]
    struct Sealed {
        mobile_encrypted: Vec<u8>,
    }
    let row: Option<Sealed> = txn
        .one("SELECT mobile_encrypted FROM accounts WHERE id = $1", vec![account.into()])
        .await?;
    Ok(row.map(|row| row.mobile_encrypted))
}

/// Binds a verified e-mail address to the account (replacing the one it had).
pub async fn bind_email(txn: &TenantTxn, account: Uuid, email_sealed: Vec<u8>) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE accounts SET email_encrypted = $2 WHERE id = $1",
        vec![account.into(), email_sealed.into()],
    )
    .await
    .map(drop)
}

/// Remembers the language of the holder's latest sign-in, for messages about their certificates.
pub async fn remember_locale(txn: &TenantTxn, account: Uuid, locale: Option<String>) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE accounts SET locale = COALESCE($2, locale) WHERE id = $1",
        vec![account.into(), locale.into()],
    )
    .await
    .map(drop)
}

/// The account's mobile: its keyed hash and its sealed number.
#[derive(Debug, FromQueryResult)]
pub struct AccountMobile {
    /// Keyed hash.
    pub mobile_hash: Vec<u8>,
    /// Sealed number.
    pub mobile_encrypted: Vec<u8>,
}

/// The mobile of `account`.
pub async fn mobile(txn: &TenantTxn, account: Uuid) -> Result<Option<AccountMobile>, DbErr> {
    txn.one(
        "SELECT mobile_hash, mobile_encrypted FROM accounts WHERE id = $1",
        vec![account.into()],
    )
    .await
}
