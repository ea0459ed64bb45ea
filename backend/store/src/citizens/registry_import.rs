//! A country's registry brought in from another system (`cowin beneficiaries import`), a chunk of lines per
//! transaction and a few statements per chunk: who is already registered (by ID document), their doses, the accounts
//! of the chunk's mobile numbers, and the new beneficiaries. Past doses are written by
//! [`crate::vaccination::past_doses`].

use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use super::beneficiaries::NewBeneficiary;
use crate::TenantTxn;

/// A beneficiary already registered under one of the chunk's documents.
#[derive(Debug, Clone, FromQueryResult)]
pub struct KnownPerson {
    /// Reference.
    pub reference_id: String,
    /// ID document type.
    pub id_document_type: i32,
    /// Keyed hash of the document number.
    pub id_number_hash: Vec<u8>,
    /// Sealed document number.
    pub id_number_encrypted: Vec<u8>,
    /// Sealed passport number, if one was added for travel.
    pub passport_encrypted: Option<Vec<u8>>,
    /// Name.
    pub name: String,
    /// Year of birth.
    pub birth_year: i16,
    /// Gender id.
    pub gender_id: i32,
    /// Their account.
    pub account_id: Uuid,
    /// Keyed hash of the account's mobile number.
    pub mobile_hash: Vec<u8>,
}

/// The registered beneficiaries holding any of `documents` (type, keyed hash of the number).
pub async fn known_people(txn: &TenantTxn, documents: &[(i32, Vec<u8>)]) -> Result<Vec<KnownPerson>, DbErr> {
    if documents.is_empty() {
        return Ok(Vec::new());
    }
    txn.all(
        "SELECT b.reference_id::text AS reference_id, b.id_document_type, b.id_number_hash, b.id_number_encrypted, b.passport_encrypted, \
         b.name, b.birth_year, b.gender_id, b.account_id, a.mobile_hash \
         FROM unnest($1::int4[], $2::bytea[]) AS w (id_type, id_hash) \
         JOIN beneficiaries b ON b.id_document_type = w.id_type AND b.id_number_hash = w.id_hash AND b.deleted_at IS NULL \
         JOIN accounts a ON a.id = b.account_id",
        vec![
            documents.iter().map(|(kind, _)| *kind).collect::<Vec<_>>().into(),
            documents.iter().map(|(_, hash)| hash.clone()).collect::<Vec<_>>().into(),
        ],
    )
    .await
}

/// An account a chunk creates for a mobile number with none.
#[derive(Debug, Clone)]
pub struct WantedAccount {
    /// The new account's id.
    pub id: Uuid,
    /// Keyed hash of the mobile number.
    pub mobile_hash: Vec<u8>,
    /// Sealed mobile number.
    pub mobile_sealed: Vec<u8>,
    /// Sealed e-mail address from the registry. Only an account the import creates is given one: an address a
    /// citizen verified is never replaced (an OTP goes only to a destination already bound to its account).
    pub email_sealed: Option<Vec<u8>>,
}

/// An existing account of one of the chunk's mobile numbers, locked until the chunk commits.
#[derive(Debug, Clone, FromQueryResult)]
pub struct LockedAccount {
    /// Account id.
    pub id: Uuid,
    /// Keyed hash of its mobile number.
    pub mobile_hash: Vec<u8>,
    /// Its registered members.
    pub members: i64,
}

/// The existing accounts of `mobile_hashes`, each locked as a citizen's own registration locks it, so the member
/// limit counted here holds until the chunk commits. Locks are taken in the order of the hashes, so two imports
/// cannot deadlock on each other.
pub async fn lock_accounts(txn: &TenantTxn, mobile_hashes: &[Vec<u8>]) -> Result<Vec<LockedAccount>, DbErr> {
    if mobile_hashes.is_empty() {
        return Ok(Vec::new());
    }
    txn.execute(
        "SELECT 1 FROM accounts WHERE mobile_hash = ANY($1) ORDER BY mobile_hash FOR UPDATE",
        vec![mobile_hashes.to_vec().into()],
    )
    .await?;
    // Counted once the locks are held, so a registration committed meanwhile is seen.
    txn.all(
        "SELECT a.id, a.mobile_hash, (SELECT count(*) FROM beneficiaries b WHERE b.account_id = a.id AND b.deleted_at IS NULL) AS members \
         FROM accounts a WHERE a.mobile_hash = ANY($1)",
        vec![mobile_hashes.to_vec().into()],
    )
    .await
}

/// Creates `wanted`; returns how many were created (fewer when a citizen signed in with one of the numbers since
/// the chunk read them, for the caller to read the chunk again).
pub async fn create_accounts(txn: &TenantTxn, wanted: &[WantedAccount]) -> Result<u64, DbErr> {
    if wanted.is_empty() {
        return Ok(0);
    }
    txn.execute(
        "INSERT INTO accounts (id, mobile_hash, mobile_encrypted, email_encrypted) \
         SELECT id, mobile_hash, mobile_encrypted, NULLIF(email_encrypted, ''::bytea) \
         FROM unnest($1::uuid[], $2::bytea[], $3::bytea[], $4::bytea[]) AS w (id, mobile_hash, mobile_encrypted, email_encrypted) \
         ON CONFLICT (mobile_hash) DO NOTHING",
        vec![
            wanted.iter().map(|w| w.id).collect::<Vec<_>>().into(),
            wanted.iter().map(|w| w.mobile_hash.clone()).collect::<Vec<_>>().into(),
            wanted.iter().map(|w| w.mobile_sealed.clone()).collect::<Vec<_>>().into(),
            // Empty stands for no address: the array is bound without NULLs.
            wanted
                .iter()
                .map(|w| w.email_sealed.clone().unwrap_or_default())
                .collect::<Vec<_>>()
                .into(),
        ],
    )
    .await
}

#[derive(Debug, FromQueryResult)]
struct Inserted {
    reference_id: String,
}

/// Inserts `people`; returns the references actually inserted. A reference already taken (two random references
/// colliding) is skipped, for the caller to try again with another; a document registered meanwhile fails the
/// statement (`beneficiaries_id_document_unique`), for the caller to read the chunk again.
pub async fn insert_people(txn: &TenantTxn, people: &[NewBeneficiary]) -> Result<Vec<String>, DbErr> {
    if people.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<Inserted> = txn
        .all(
            "INSERT INTO beneficiaries (reference_id, account_id, name, birth_year, gender_id, id_document_type, id_number_hash, \
             id_number_encrypted, comorbidity, consent_version) \
             SELECT r, a, n, y, g, t, h, e, c, NULLIF(v, '') \
             FROM unnest($1::text[], $2::uuid[], $3::text[], $4::int2[], $5::int4[], $6::int4[], $7::bytea[], $8::bytea[], \
             $9::bool[], $10::text[]) AS p (r, a, n, y, g, t, h, e, c, v) ON CONFLICT (reference_id) DO NOTHING RETURNING reference_id::text AS reference_id",
            vec![
                people.iter().map(|p| p.reference.to_string()).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.account).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.name.clone()).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.birth_year).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.gender_id).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.id_type).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.id_hash.clone()).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.id_sealed.clone()).collect::<Vec<_>>().into(),
                people.iter().map(|p| p.comorbidity).collect::<Vec<_>>().into(),
                people
                    .iter()
                    .map(|p| p.consent_version.clone().unwrap_or_default())
                    .collect::<Vec<_>>()
                    .into(),
            ],
        )
        .await?;
    Ok(rows.into_iter().map(|row| row.reference_id).collect())
}
