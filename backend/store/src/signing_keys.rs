//! Countries' certificate signing keys (platform schema): generated at onboarding, rotated on request, public
//! halves kept for ever, private halves sealed by a key-wrapping key and erased on retirement.

use chrono::Utc;
use cowin_certify::keys::{GeneratedKey, KeyPurpose, PublicKey, generate_for_country, generate_rotation};
use cowin_core::TenantCode;
use cowin_privacy::KeyWrapping;
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult};
use uuid::Uuid;

use crate::audit::{self, AuditEvent};
use crate::platform_txn::{self, PlatformConnection, PlatformTxn};

/// A stored key.
#[derive(Debug, Clone, FromQueryResult)]
pub struct StoredKey {
    /// Owner.
    pub tenant_code: Option<String>,
    /// `csca`, `dsc`, `shc`, `vc`.
    pub purpose: String,
    /// Key id.
    pub kid: String,
    /// Public key.
    pub public_key: Vec<u8>,
    /// X.509 DER.
    pub certificate: Option<Vec<u8>>,
    /// Sealed PKCS#8, while the key is active (and for the CSCA).
    pub private_key_sealed: Option<Vec<u8>>,
    /// Whether it was retired.
    pub retired: bool,
}

impl StoredKey {
    /// Its public description, if its purpose is a certificate key.
    pub fn public(&self) -> Option<PublicKey> {
        Some(PublicKey {
            purpose: KeyPurpose::parse(&self.purpose)?,
            kid: self.kid.clone(),
            public_key: self.public_key.clone(),
            certificate: self.certificate.clone(),
            retired: self.retired,
        })
    }
}

/// Why keys could not be made.
#[derive(Debug, thiserror::Error)]
pub enum SigningKeyError {
    #[error(transparent)]
    Keys(#[from] cowin_certify::keys::KeyError),
    #[error("tenant {0} has no country signing CA to certify a new document signer")]
    NoCsca(TenantCode),
    #[error("a stored key cannot be opened: {0}")]
    Sealed(String),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Stores `keys` of `tenant`, their private halves sealed by `wrapping`.
async fn insert(on: &impl PlatformConnection, tenant: TenantCode, keys: &[GeneratedKey], wrapping: &dyn KeyWrapping) -> Result<(), DbErr> {
    for key in keys {
        platform_txn::execute(
            on,
            "INSERT INTO platform.signing_keys (id, tenant_code, purpose, kid, public_key, certificate, private_key_sealed) \
             VALUES ($1, $2, $3, $4, $5, $6, $7)",
            vec![
                Uuid::new_v4().into(),
                tenant.as_str().into(),
                key.purpose.as_str().into(),
                key.kid.clone().into(),
                key.public_key.clone().into(),
                key.certificate.clone().into(),
                wrapping.wrap(Some(tenant), &key.private_pkcs8).into(),
            ],
        )
        .await?;
    }
    Ok(())
}

/// The columns a [`StoredKey`] is read from.
const COLUMNS: &str =
    "tenant_code::text AS tenant_code, purpose, kid, public_key, certificate, private_key_sealed, retired_at IS NOT NULL AS retired";

/// How many rows matched.
#[derive(Debug, FromQueryResult)]
struct Count {
    n: i64,
}

/// Gives `tenant` its keys if it has none (inside the onboarding transaction); returns whether it made them.
pub async fn ensure_for_tenant(
    on: &impl PlatformConnection,
    tenant: TenantCode,
    wrapping: &dyn KeyWrapping,
    actor: &str,
) -> Result<bool, SigningKeyError> {
    let existing = platform_txn::one::<Count>(
        on,
        "SELECT count(*) AS n FROM platform.signing_keys WHERE tenant_code = $1 AND retired_at IS NULL",
        vec![tenant.as_str().into()],
    )
    .await?
    .map_or(0, |count| count.n);
    if existing > 0 {
        return Ok(false);
    }
    let keys = generate_for_country(tenant.as_str(), Utc::now())?;
    insert(on, tenant, &keys, wrapping).await?;
    let kids: Vec<(&str, &str)> = keys.iter().map(|key| (key.purpose.as_str(), key.kid.as_str())).collect();
    let detail = serde_json::json!({ "keys": kids });
    audit::record(on, AuditEvent::on_tenant(actor, tenant, "keys.generate", detail)).await?;
    Ok(true)
}

/// Every key of every tenant (what verification and publication need), in creation order.
pub async fn all(on: &impl PlatformConnection) -> Result<Vec<StoredKey>, DbErr> {
    platform_txn::all(
        on,
        &format!("SELECT {COLUMNS} FROM platform.signing_keys WHERE tenant_code IS NOT NULL ORDER BY created_at, kid"),
        vec![],
    )
    .await
}

/// A tenant's active keys, private halves included (sealed).
pub async fn active(on: &impl PlatformConnection, tenant: TenantCode) -> Result<Vec<StoredKey>, DbErr> {
    platform_txn::all(
        on,
        &format!("SELECT {COLUMNS} FROM platform.signing_keys WHERE tenant_code = $1 AND retired_at IS NULL ORDER BY created_at, kid"),
        vec![tenant.as_str().into()],
    )
    .await
}

/// Replaces `tenant`'s document signer, SMART Health Card key and credential key with new ones (the CSCA
/// certifies the new signer). The old keys' private halves are erased; their public halves stay published.
pub async fn rotate(
    db: &DatabaseConnection,
    tenant: TenantCode,
    wrapping: &dyn KeyWrapping,
    actor: &str,
) -> Result<Vec<String>, SigningKeyError> {
    let txn = PlatformTxn::begin(db).await?;
    let csca = platform_txn::one::<StoredKey>(
        &txn,
        &format!(
            "SELECT {COLUMNS} FROM platform.signing_keys WHERE tenant_code = $1 AND purpose = 'csca' AND retired_at IS NULL FOR UPDATE"
        ),
        vec![tenant.as_str().into()],
    )
    .await?
    .ok_or(SigningKeyError::NoCsca(tenant))?;
    let sealed = csca.private_key_sealed.ok_or(SigningKeyError::NoCsca(tenant))?;
    let csca_key = wrapping
        .unwrap(Some(tenant), &sealed)
        .map_err(|error| SigningKeyError::Sealed(error.to_string()))?;
    platform_txn::execute(
        &txn,
        "UPDATE platform.signing_keys SET retired_at = now(), private_key_sealed = NULL \
         WHERE tenant_code = $1 AND purpose <> 'csca' AND retired_at IS NULL",
        vec![tenant.as_str().into()],
    )
    .await?;
    let keys = generate_rotation(tenant.as_str(), &csca_key, Utc::now())?;
    insert(&txn, tenant, &keys, wrapping).await?;
    let kids: Vec<String> = keys.iter().map(|key| format!("{}:{}", key.purpose.as_str(), key.kid)).collect();
    let detail = serde_json::json!({ "new_keys": kids });
    audit::record(&txn, AuditEvent::on_tenant(actor, tenant, "keys.rotate", detail)).await?;
    txn.commit().await?;
    Ok(kids)
}

/// NHA's trust-list key: `(kid, public key, sealed PKCS#8)`.
#[derive(Debug, Clone, FromQueryResult)]
pub struct TrustListKey {
    /// Key id.
    pub kid: String,
    /// Ed25519 public key.
    pub public_key: Vec<u8>,
    /// Sealed PKCS#8 (owner: the platform).
    pub private_key_sealed: Vec<u8>,
}

/// The platform's active trust-list key, made (and recorded in the audit log) if there is none yet.
pub async fn ensure_trust_list_key(db: &DatabaseConnection, wrapping: &dyn KeyWrapping) -> Result<TrustListKey, SigningKeyError> {
    let select = "SELECT kid, public_key, private_key_sealed FROM platform.signing_keys \
                  WHERE tenant_code IS NULL AND purpose = 'trust-list' AND retired_at IS NULL";
    if let Some(key) = platform_txn::one::<TrustListKey>(db, select, vec![]).await? {
        return Ok(key);
    }
    let (kid, public_key, pkcs8) = cowin_certify::trust_list::generate_key()?;
    let txn = PlatformTxn::begin(db).await?;
    // Servers starting together race to make it; the one-active index lets one win and the rest read its key.
    let inserted = platform_txn::execute(
        &txn,
        "INSERT INTO platform.signing_keys (id, tenant_code, purpose, kid, public_key, private_key_sealed) \
         VALUES ($1, NULL, 'trust-list', $2, $3, $4) ON CONFLICT DO NOTHING",
        vec![
            Uuid::new_v4().into(),
            kid.clone().into(),
            public_key.clone().into(),
            wrapping.wrap(None, &pkcs8).into(),
        ],
    )
    .await?;
    if inserted == 1 {
        let event = AuditEvent {
            actor: "platform",
            tenant: None,
            action: "keys.generate",
            target: kid,
            detail: serde_json::json!({ "purpose": "trust-list" }),
        };
        audit::record(&txn, event).await?;
    }
    txn.commit().await?;
    platform_txn::one::<TrustListKey>(db, select, vec![])
        .await?
        .ok_or_else(|| SigningKeyError::Sealed("trust-list key vanished".into()))
}
