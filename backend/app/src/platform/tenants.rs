//! NHA's view of the tenants: each with its status, its licence as the guard judges it now, and its usage today
//! and over 30 days; suspending and resuming them.

use std::collections::HashMap;
use std::sync::Arc;

use cowin_core::{TenantCode, TenantStatus};
use cowin_licence::VerifiedLicence;
use cowin_store::Databases;
use cowin_store::licences::{self, StoredLicenceEvent};
use cowin_store::platform::usage::{self, DailyUsage, Usage};
use cowin_store::tenants::{self, TenantRecord};

use super::error::PlatformError;
use crate::tenants::TenantRegistry;

/// Where a tenant's licence stands today.
#[derive(Debug, Clone)]
pub enum LicenceStanding {
    /// None installed.
    Missing,
    /// In force.
    Valid(Box<VerifiedLicence>),
    /// Refused (a `LICENCE_*` code), with the licence's id where it could be read.
    Refused {
        /// The refusal's code.
        code: &'static str,
        /// The licence's id.
        id: Option<String>,
    },
}

/// A tenant as NHA sees it.
#[derive(Debug, Clone)]
pub struct TenantOverview {
    /// The tenant.
    pub tenant: Arc<TenantRecord>,
    /// Its licence today.
    pub licence: LicenceStanding,
    /// Usage today.
    pub today: Usage,
    /// Usage over the last 30 days (today included).
    pub last_30_days: Usage,
}

/// NHA's administration of tenants.
#[derive(Debug)]
pub struct TenantAdministration<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// The tenants as served (reloaded after each change, so this server serves the change at once).
    pub tenants: &'a TenantRegistry,
}

impl TenantAdministration<'_> {
    fn standing(&self, tenant: TenantCode) -> LicenceStanding {
        let Some(judged) = self.tenants.licence(tenant) else {
            return LicenceStanding::Missing;
        };
        match cowin_licence::standing_at(&judged, chrono::Utc::now()) {
            Ok(verified) => LicenceStanding::Valid(Box::new(verified.clone())),
            Err(refusal) => LicenceStanding::Refused {
                code: refusal.code().as_str(),
                id: judged.as_ref().as_ref().ok().map(|verified| verified.id().to_owned()),
            },
        }
    }

    /// Every tenant, by code.
    pub async fn overview(&self) -> Result<Vec<TenantOverview>, PlatformError> {
        self.tenants.refresh().await?;
        let today = chrono::Utc::now().date_naive();
        let days = usage::daily(self.db, None, today - chrono::Days::new(29)).await?;
        let mut by_tenant: HashMap<&str, Vec<&DailyUsage>> = HashMap::new();
        for day in &days {
            by_tenant.entry(day.tenant_code.as_str()).or_default().push(day);
        }
        let mut all = self.tenants.all();
        all.sort_by_key(|tenant| tenant.code);
        Ok(all
            .into_iter()
            .map(|tenant| {
                let days = by_tenant.remove(tenant.code.as_str()).unwrap_or_default();
                TenantOverview {
                    licence: self.standing(tenant.code),
                    today: usage::total(days.iter().copied().filter(|day| day.day == today)),
                    last_30_days: usage::total(days),
                    tenant,
                }
            })
            .collect())
    }

    /// Usage per tenant (or of one) and day, from `from` (at most a year back), newest first.
    pub async fn usage(&self, tenant: Option<TenantCode>, from: chrono::NaiveDate) -> Result<Vec<DailyUsage>, PlatformError> {
        let earliest = chrono::Utc::now().date_naive() - chrono::Days::new(366);
        Ok(usage::daily(self.db, tenant, from.max(earliest)).await?)
    }

    /// The licence guard's latest refusals (at most 500), of one tenant or all, newest first.
    pub async fn licence_events(&self, tenant: Option<TenantCode>, limit: u64) -> Result<Vec<StoredLicenceEvent>, PlatformError> {
        Ok(licences::events(self.db, tenant, limit.clamp(1, 500)).await?)
    }

    /// Suspends (with a reason) or resumes a tenant.
    pub async fn set_status(
        &self,
        tenant: TenantCode,
        status: TenantStatus,
        reason: Option<&str>,
        actor: &str,
    ) -> Result<(), PlatformError> {
        let reason = reason.map(str::trim);
        if status == TenantStatus::Suspended && reason.is_none_or(str::is_empty) {
            return Err(PlatformError::InvalidField("reason"));
        }
        tenants::set_status(self.db, tenant, status, reason, actor).await?;
        self.tenants.refresh().await?;
        Ok(())
    }
}
