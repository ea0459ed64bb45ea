//! Accounts: one per mobile number, found by the number's keyed hash.

use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;

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

/// Remembers where and in which language to tell the account's holder about their certificates: the e-mail
/// of an e-mail sign-in (kept if absent) and the language of the latest sign-in.
pub async fn remember_contact(txn: &TenantTxn, account: Uuid, email_sealed: Option<Vec<u8>>, locale: Option<String>) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE accounts SET email_encrypted = COALESCE($2, email_encrypted), locale = COALESCE($3, locale) WHERE id = $1",
        vec![account.into(), email_sealed.into(), locale.into()],
    )
    .await
    .map(drop)
}
