//! Stored certificates of a tenant: the sealed record and forms, revocation and replacement, the PDF object.

use chrono::{DateTime, Utc};
use sea_orm::{DbErr, FromQueryResult};
use uuid::Uuid;

use crate::TenantTxn;
use crate::vaccination::certification::NewCertificate;

/// A stored certificate.
#[derive(Debug, Clone, FromQueryResult)]
pub struct StoredCertificate {
    /// Certificate id.
    pub id: Uuid,
    /// Its dose.
    pub dose_id: Uuid,
    /// Its beneficiary.
    pub beneficiary_id: String,
    /// Licence it was issued under.
    pub licence_id: Option<String>,
    /// When.
    pub issued_at: DateTime<Utc>,
    /// Sealed record and forms.
    pub payload: Vec<u8>,
    /// When it was revoked, if it was.
    pub revoked_at: Option<DateTime<Utc>>,
    /// Its replacement.
    pub replaced_by: Option<Uuid>,
    /// Object key of its PDF, once rendered.
    pub pdf_object: Option<String>,
}

const COLUMNS: &str = "id, dose_id, beneficiary_id, licence_id, issued_at, payload, revoked_at, replaced_by, pdf_object";

/// The certificate with this id.
pub async fn by_id(txn: &TenantTxn, id: Uuid) -> Result<Option<StoredCertificate>, DbErr> {
    txn.one(&format!("SELECT {COLUMNS} FROM certificates WHERE id = $1"), vec![id.into()])
        .await
}

/// The valid certificate of the latest dose of `beneficiary`, a member of `account` (what CoWIN's download gives),
/// in one statement: `None` if there is none or `beneficiary` is not a member of `account`.
pub async fn latest_valid_of_member(txn: &TenantTxn, account: Uuid, beneficiary: &str) -> Result<Option<StoredCertificate>, DbErr> {
    txn.one(
        &format!(
            "SELECT c.{} FROM certificates c JOIN doses d ON d.id = c.dose_id JOIN beneficiaries b ON b.reference_id = c.beneficiary_id \
             WHERE b.account_id = $1 AND b.reference_id = $2 AND b.deleted_at IS NULL AND c.revoked_at IS NULL \
             ORDER BY d.dose DESC, c.issued_at DESC LIMIT 1",
            COLUMNS.replace(", ", ", c.")
        ),
        vec![account.into(), beneficiary.into()],
    )
    .await
}

/// The valid certificates of a beneficiary's doses.
pub async fn valid_of(txn: &TenantTxn, beneficiary: &str) -> Result<Vec<StoredCertificate>, DbErr> {
    txn.all(
        &format!("SELECT {COLUMNS} FROM certificates WHERE beneficiary_id = $1 AND revoked_at IS NULL ORDER BY issued_at"),
        vec![beneficiary.into()],
    )
    .await
}

#[derive(Debug, FromQueryResult)]
struct IdRow {
    id: Uuid,
}

/// Ids of every revoked certificate (for the revocation list).
pub async fn revoked_ids(txn: &TenantTxn) -> Result<Vec<Uuid>, DbErr> {
    let rows: Vec<IdRow> = txn
        .all(
            "SELECT id FROM certificates WHERE revoked_at IS NOT NULL ORDER BY revoked_at, id",
            vec![],
        )
        .await?;
    Ok(rows.into_iter().map(|row| row.id).collect())
}

/// Whether the certificate with this id is revoked; `None` if this tenant never issued it.
pub async fn is_revoked(txn: &TenantTxn, id: Uuid) -> Result<Option<bool>, DbErr> {
    #[derive(Debug, FromQueryResult)]
    struct Row {
        revoked: bool,
    }
    let row: Option<Row> = txn
        .one(
            "SELECT revoked_at IS NOT NULL AS revoked FROM certificates WHERE id = $1",
            vec![id.into()],
        )
        .await?;
    Ok(row.map(|row| row.revoked))
}

/// Stores certificates made outside the dose writer (reissues after a correction), with their outbox rows.
pub async fn insert(txn: &TenantTxn, certificates: &[NewCertificate]) -> Result<(), DbErr> {
    for certificate in certificates {
        txn.execute(
            "INSERT INTO certificates (id, dose_id, beneficiary_id, licence_id, payload) VALUES ($1, $2, $3, $4, $5)",
            vec![
                certificate.id.into(),
                certificate.dose_id.into(),
                certificate.beneficiary_id.clone().into(),
                certificate.licence_id.clone().into(),
                certificate.payload.clone().into(),
            ],
        )
        .await?;
        crate::outbox::enqueue(txn, crate::outbox::CERTIFICATE_ISSUED, certificate.id).await?;
    }
    Ok(())
}

/// Revokes `old` with `reason`, naming its replacement.
pub async fn revoke(txn: &TenantTxn, old: Uuid, replacement: Option<Uuid>, reason: &str) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE certificates SET revoked_at = now(), revocation_reason = $2, replaced_by = $3 WHERE id = $1 AND revoked_at IS NULL",
        vec![old.into(), reason.into(), replacement.into()],
    )
    .await
    .map(drop)
}

/// Records where the certificate's PDF is stored.
pub async fn set_pdf_object(txn: &TenantTxn, id: Uuid, object: &str) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE certificates SET pdf_object = $2 WHERE id = $1",
        vec![id.into(), object.into()],
    )
    .await
    .map(drop)
}

/// Stores `payload` for `id` if its payload is still `previous` (a completion racing another keeps the first).
pub async fn replace_payload(txn: &TenantTxn, id: Uuid, previous: &[u8], payload: Vec<u8>) -> Result<(), DbErr> {
    txn.execute(
        "UPDATE certificates SET payload = $3 WHERE id = $1 AND payload = $2",
        vec![id.into(), previous.to_vec().into(), payload.into()],
    )
    .await
    .map(drop)
}

/// Where to tell the holder of `certificate` that it is ready: their account's sealed e-mail and language.
#[derive(Debug, Clone, FromQueryResult)]
pub struct HolderContact {
    /// Sealed e-mail, if the account has one.
    pub email_encrypted: Option<Vec<u8>>,
    /// The account's language.
    pub locale: Option<String>,
}

/// The contact of the account that holds `certificate`.
pub async fn holder_contact(txn: &TenantTxn, certificate: Uuid) -> Result<Option<HolderContact>, DbErr> {
    txn.one(
        "SELECT a.email_encrypted, a.locale FROM certificates c JOIN beneficiaries b ON b.reference_id = c.beneficiary_id \
         JOIN accounts a ON a.id = b.account_id WHERE c.id = $1",
        vec![certificate.into()],
    )
    .await
}
