//! Tenants' secrets (`platform.tenant_secrets`): credentials of a country's own services, sealed by the tenant's
//! key-wrapping key with their name bound in. Setting one is audited (its name, never its value); nothing lists
//! values back.

use chrono::{DateTime, Utc};
use cowin_core::TenantCode;
use cowin_privacy::{KeyWrapping, VaultError};
use sea_orm::{DatabaseConnection, DbErr, FromQueryResult};

use crate::audit::{self, AuditEvent};
use crate::platform_txn::{self, PlatformConnection, PlatformTxn};

/// A secret's name and when it was last set.
#[derive(Debug, Clone, FromQueryResult)]
pub struct SecretEntry {
    /// Its name, as `tenant.toml` refers to it.
    pub name: String,
    /// When it was last set.
    pub updated_at: DateTime<Utc>,
}

/// Why a secret could not be read.
#[derive(Debug, thiserror::Error)]
pub enum SecretError {
    #[error("the secret cannot be opened: {0}")]
    Sealed(#[from] VaultError),
    #[error(transparent)]
    Database(#[from] DbErr),
}

/// Sets (or replaces) `name` of `tenant` to `value`, sealed; audited as `actor`.
pub async fn set(
    db: &DatabaseConnection,
    wrapping: &dyn KeyWrapping,
    tenant: TenantCode,
    name: &str,
    value: &[u8],
    actor: &str,
) -> Result<(), DbErr> {
    let txn = PlatformTxn::begin(db).await?;
    platform_txn::execute(
        &txn,
        "INSERT INTO platform.tenant_secrets (tenant_code, name, sealed) VALUES ($1, $2, $3) \
         ON CONFLICT (tenant_code, name) DO UPDATE SET sealed = EXCLUDED.sealed, updated_at = now()",
        vec![
            tenant.as_str().into(),
            name.into(),
            wrapping.wrap_secret(tenant, name, value).into(),
        ],
    )
    .await?;
    let event = AuditEvent {
        actor,
        tenant: Some(tenant),
        action: "tenant.secret.set",
        target: name.to_owned(),
        detail: serde_json::json!({}),
    };
    audit::record(&txn, event).await?;
    txn.commit().await
}

/// The value of `name` of `tenant`, opened, if it was set.
pub async fn get(
    on: &impl PlatformConnection,
    wrapping: &dyn KeyWrapping,
    tenant: TenantCode,
    name: &str,
) -> Result<Option<Vec<u8>>, SecretError> {
    /// The sealed value.
    #[derive(FromQueryResult)]
    struct Sealed {
        sealed: Vec<u8>,
    }
    let row: Option<Sealed> = platform_txn::one(
        on,
        "SELECT sealed FROM platform.tenant_secrets WHERE tenant_code = $1 AND name = $2",
        vec![tenant.as_str().into(), name.into()],
    )
    .await?;
    Ok(match row {
        Some(row) => Some(wrapping.unwrap_secret(tenant, name, &row.sealed)?),
        None => None,
    })
}

/// The names of `tenant`'s secrets and when each was set, by name.
pub async fn list(on: &impl PlatformConnection, tenant: TenantCode) -> Result<Vec<SecretEntry>, DbErr> {
    platform_txn::all(
        on,
        "SELECT name, updated_at FROM platform.tenant_secrets WHERE tenant_code = $1 ORDER BY name",
        vec![tenant.as_str().into()],
    )
    .await
}
