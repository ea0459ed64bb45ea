//! Which SMS gateway a country's messages go through: its own where its `tenant.toml` has `[sms]` (the
//! credential a sealed tenant secret), else the deployment's. A country's gateway is built on its first message
//! and kept a minute per configuration, so no message waits on a database read and a rotated credential takes
//! effect within a minute without a restart.

use std::sync::Arc;
use std::time::Duration;

use cowin_core::TenantCode;
use cowin_privacy::Vault;
use cowin_store::Databases;
use cowin_store::platform::tenant_secrets;
use cowin_store::tenants::TenantRecord;
use cowin_tenant_config::SmsGatewayConfig;

use crate::delivery::{DeliveryError, Sms, SmsProvider};

/// How long a country's gateway (and its credential) is kept before it is read again.
const GATEWAY_LIFETIME: Duration = Duration::from_secs(60);
/// How long one message may take at a gateway.
const GATEWAY_TIMEOUT: Duration = Duration::from_secs(10);

/// Every country's SMS gateway.
#[derive(Debug, Clone)]
pub struct SmsGateways {
    deployment: Arc<SmsProvider>,
    client: reqwest::Client,
    db: Databases,
    vault: Vault,
    built: moka::future::Cache<(TenantCode, SmsGatewayConfig), Arc<SmsProvider>>,
}

impl SmsGateways {
    /// Gateways that fall back to `deployment`, reading countries' credentials from `db` with `vault`.
    pub fn new(deployment: SmsProvider, db: Databases, vault: Vault) -> Result<Self, DeliveryError> {
        let client = reqwest::Client::builder()
            .timeout(GATEWAY_TIMEOUT)
            .build()
            .map_err(|error| DeliveryError::Sms(error.to_string()))?;
        Ok(Self {
            deployment: Arc::new(deployment),
            client,
            db,
            vault,
            built: moka::future::Cache::builder()
                .max_capacity(10_000)
                .time_to_live(GATEWAY_LIFETIME)
                .build(),
        })
    }

    /// Sends `sms` through `tenant`'s gateway.
    pub async fn send(&self, tenant: &TenantRecord, sms: &Sms<'_>) -> Result<(), DeliveryError> {
        self.gateway(tenant).await?.send(sms).await
    }

    async fn gateway(&self, tenant: &TenantRecord) -> Result<Arc<SmsProvider>, DeliveryError> {
        let Some(config) = &tenant.config.sms else {
            return Ok(Arc::clone(&self.deployment));
        };
        self.built
            .try_get_with((tenant.code, config.clone()), self.build(tenant.code, config))
            .await
            .map_err(|error| DeliveryError::Sms(error.to_string()))
    }

    /// The country's gateway, its credential opened from the tenant's secrets.
    async fn build(&self, tenant: TenantCode, config: &SmsGatewayConfig) -> Result<Arc<SmsProvider>, DeliveryError> {
        let authorization = match &config.authorization_secret {
            None => None,
            Some(name) => {
                let value = tenant_secrets::get(&self.db, &self.vault, tenant, name)
                    .await
                    .map_err(|error| DeliveryError::Sms(format!("secret {name}: {error}")))?
                    .ok_or_else(|| {
                        DeliveryError::Sms(format!(
                            "secret {name} of {tenant} is not set (cowin tenant secret set {tenant} {name})"
                        ))
                    })?;
                Some(String::from_utf8(value).map_err(|_| DeliveryError::Sms(format!("secret {name} is not text")))?)
            }
        };
        Ok(Arc::new(SmsProvider::Http {
            client: self.client.clone(),
            url: config.url.clone(),
            body_template: config.body_template.clone(),
            authorization,
        }))
    }
}
