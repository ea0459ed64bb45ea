//! Every tenant's figures for the metrics endpoint, read when it is scraped (see `cowin_store::gauges`).

use cowin_core::TenantCode;
use cowin_store::gauges::{TenantGauges, tenant_gauges};
use cowin_store::{Databases, TenantTxn};

use crate::tenants::TenantRegistry;

/// Reads the tenants' gauges.
#[derive(Debug)]
pub struct Gauges<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// The tenants.
    pub tenants: &'a TenantRegistry,
}

impl Gauges<'_> {
    /// Each tenant's figures; a tenant whose schema cannot be read is left out (and logged), not the scrape failed.
    pub async fn read(&self) -> Vec<(TenantCode, TenantGauges)> {
        let mut read = Vec::new();
        for tenant in self.tenants.all() {
            let gauges = async {
                let txn = TenantTxn::begin(self.db, tenant.code).await?;
                let gauges = tenant_gauges(&txn).await?;
                txn.commit().await?;
                Ok::<_, cowin_store::DbErr>(gauges)
            }
            .await;
            match gauges {
                Ok(gauges) => read.push((tenant.code, gauges)),
                Err(error) => tracing::warn!(tenant = %tenant.code, error = %error, "metrics: a tenant's figures could not be read"),
            }
        }
        read
    }
}
