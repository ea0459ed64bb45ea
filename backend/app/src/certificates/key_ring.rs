//! Every country's certificate keys as this server holds them: all public halves (to publish and to verify,
//! reloaded with the tenant list), and each country's active signers, unsealed once and kept until its keys
//! rotate.

use std::collections::HashMap;
use std::sync::{Arc, RwLock};

use cowin_certify::keys::{EcSigner, EdSigner, KeyPurpose, PublicKey, SigningKeys};
use cowin_certify::verify::{Trust, TrustedKey};
use cowin_core::TenantCode;
use cowin_privacy::KeyWrapping;
use cowin_store::signing_keys::{self, StoredKey};
use cowin_store::{Databases, DbErr};
use tokio::sync::Mutex;

/// The public keys of every country.
#[derive(Debug, Default)]
pub struct PublicKeys {
    by_kid: HashMap<(KeyPurpose, String), (TenantCode, Vec<u8>)>,
    by_tenant: HashMap<TenantCode, Vec<PublicKey>>,
    active: HashMap<TenantCode, Vec<String>>,
}

impl PublicKeys {
    fn from_stored(rows: Vec<StoredKey>) -> Self {
        let mut keys = Self::default();
        for row in rows {
            let (Some(code), Some(public)) = (
                row.tenant_code.as_deref().and_then(|code| TenantCode::parse(code).ok()),
                row.public(),
            ) else {
                continue;
            };
            if !public.retired {
                keys.active.entry(code).or_default().push(public.kid.clone());
            }
            keys.by_kid
                .insert((public.purpose, public.kid.clone()), (code, public.public_key.clone()));
            keys.by_tenant.entry(code).or_default().push(public);
        }
        keys
    }

    /// A country's keys, current and retired.
    pub fn of(&self, tenant: TenantCode) -> &[PublicKey] {
        self.by_tenant.get(&tenant).map_or(&[], Vec::as_slice)
    }

    /// The countries with keys.
    pub fn tenants(&self) -> impl Iterator<Item = &TenantCode> {
        self.by_tenant.keys()
    }
}

impl Trust for PublicKeys {
    fn key(&self, purpose: KeyPurpose, kid: &str) -> Option<TrustedKey<'_>> {
        self.by_kid.get(&(purpose, kid.to_owned())).map(|(code, public_key)| TrustedKey {
            country: code.as_str(),
            public_key,
        })
    }
}

type Signers = HashMap<TenantCode, (Vec<String>, Arc<SigningKeys>)>;

/// The key ring.
#[derive(Clone)]
pub struct KeyRing {
    db: Databases,
    wrapping: Arc<dyn KeyWrapping>,
    public: Arc<RwLock<Arc<PublicKeys>>>,
    signers: Arc<RwLock<Signers>>,
    loading: Arc<Mutex<()>>,
}

impl std::fmt::Debug for KeyRing {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("KeyRing")
    }
}

/// Why a country's signers could not be loaded.
#[derive(Debug, thiserror::Error)]
pub enum KeyRingError {
    #[error(transparent)]
    Database(#[from] DbErr),
    #[error("tenant {0}'s signing keys cannot be opened: {1}")]
    Sealed(TenantCode, String),
}

impl KeyRing {
    /// Loads every public key.
    pub async fn load(db: Databases, wrapping: Arc<dyn KeyWrapping>) -> Result<Self, DbErr> {
        let ring = Self {
            db,
            wrapping,
            public: Arc::default(),
            signers: Arc::default(),
            loading: Arc::default(),
        };
        ring.refresh().await?;
        Ok(ring)
    }

    /// Reloads the public keys (new countries, rotations).
    pub async fn refresh(&self) -> Result<(), DbErr> {
        let keys = Arc::new(PublicKeys::from_stored(signing_keys::all(&self.db).await?));
        match self.public.write() {
            Ok(mut public) => *public = keys,
            Err(poisoned) => *poisoned.into_inner() = keys,
        }
        Ok(())
    }

    /// Every country's public keys, as last loaded.
    pub fn public(&self) -> Arc<PublicKeys> {
        match self.public.read() {
            Ok(public) => Arc::clone(&public),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    fn cached(&self, tenant: TenantCode, active: &[String]) -> Option<Arc<SigningKeys>> {
        let signers = self.signers.read().ok()?;
        signers
            .get(&tenant)
            .filter(|(kids, _)| kids.as_slice() == active)
            .map(|(_, keys)| Arc::clone(keys))
    }

    /// `tenant`'s active signers; unsealed from the database the first time and after a rotation.
    pub async fn signers(&self, tenant: TenantCode) -> Result<Arc<SigningKeys>, KeyRingError> {
        let active = self.public().active.get(&tenant).cloned().unwrap_or_default();
        if let Some(keys) = self.cached(tenant, &active) {
            return Ok(keys);
        }
        let _loading = self.loading.lock().await;
        // A rotation on another server, or a tenant onboarded since the last reload: read the keys as they are now.
        let rows = signing_keys::active(&self.db, tenant).await?;
        let mut keys = SigningKeys::default();
        let mut kids = Vec::new();
        for row in &rows {
            let Some(purpose) = KeyPurpose::parse(&row.purpose) else { continue };
            let Some(sealed) = &row.private_key_sealed else { continue };
            let pkcs8 = self
                .wrapping
                .unwrap(Some(tenant), sealed)
                .map_err(|error| KeyRingError::Sealed(tenant, error.to_string()))?;
            let sealed_error = |error: cowin_certify::keys::KeyError| KeyRingError::Sealed(tenant, error.to_string());
            match purpose {
                KeyPurpose::Csca => continue,
                KeyPurpose::Dsc => keys.dsc = Some(EcSigner::from_pkcs8(&row.kid, &pkcs8).map_err(sealed_error)?),
                KeyPurpose::Shc => keys.shc = Some(EcSigner::from_pkcs8(&row.kid, &pkcs8).map_err(sealed_error)?),
                KeyPurpose::Vc => keys.vc = Some(EdSigner::from_pkcs8(&row.kid, &pkcs8).map_err(sealed_error)?),
            }
        }
        kids.extend(rows.iter().map(|row| row.kid.clone()));
        let keys = Arc::new(keys);
        if kids != active {
            self.refresh().await?;
        }
        if let Ok(mut signers) = self.signers.write() {
            signers.insert(tenant, (kids, Arc::clone(&keys)));
        }
        Ok(keys)
    }
}
