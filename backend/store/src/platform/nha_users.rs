//! NHA's administrators (`platform.nha_users`). Their e-mail is found by keyed hash and kept sealed with the
//! platform's own keys, which no tenant shares.

use cowin_privacy::{Field, TenantVault};
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult};
use uuid::Uuid;

use crate::audit::{self, AuditEvent};
use crate::platform_txn::{self, PlatformConnection, PlatformTxn};

/// An NHA administrator as stored.
#[derive(Debug, Clone, FromQueryResult)]
pub struct NhaUser {
    /// Id.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// argon2 PHC string.
    pub password_hash: String,
    /// Whether they may sign in.
    pub active: bool,
}

/// Adds an administrator (or replaces the name and password of the one with this address); returns the id.
pub async fn upsert(
    db: &DatabaseConnection,
    vault: &TenantVault,
    email: &str,
    name: &str,
    password_hash: &str,
    actor: &str,
) -> Result<Uuid, DbErr> {
    /// The id the upsert returns, new or kept.
    #[derive(FromQueryResult)]
    struct Id {
        id: Uuid,
    }
    let txn = PlatformTxn::begin(db).await?;
    let id = platform_txn::one::<Id>(
        &txn,
        "INSERT INTO platform.nha_users (id, email_hash, email_encrypted, name, password_hash) VALUES ($1, $2, $3, $4, $5) \
         ON CONFLICT (email_hash) DO UPDATE SET name = EXCLUDED.name, password_hash = EXCLUDED.password_hash, active = true \
         RETURNING id",
        vec![
            Uuid::new_v4().into(),
            vault.hash(Field::Email, email).into(),
            vault.seal(Field::Email, email).into(),
            name.into(),
            password_hash.into(),
        ],
    )
    .await?
    .ok_or_else(|| DbErr::Custom("no id returned".into()))?
    .id;
    let event = AuditEvent {
        actor,
        tenant: None,
        action: "nha_user.upsert",
        target: id.to_string(),
        detail: serde_json::json!({}),
    };
    audit::record(&txn, event).await?;
    txn.commit().await?;
    Ok(id)
}

/// The administrator with this e-mail address.
pub async fn by_email(on: &impl PlatformConnection, vault: &TenantVault, email: &str) -> Result<Option<NhaUser>, DbErr> {
    platform_txn::one(
        on,
        "SELECT id, name, password_hash, active FROM platform.nha_users WHERE email_hash = $1",
        vec![vault.hash(Field::Email, email).into()],
    )
    .await
}

/// The administrator with this id.
pub async fn by_id(on: &impl PlatformConnection, id: Uuid) -> Result<Option<NhaUser>, DbErr> {
    platform_txn::one(
        on,
        "SELECT id, name, password_hash, active FROM platform.nha_users WHERE id = $1",
        vec![id.into()],
    )
    .await
}
