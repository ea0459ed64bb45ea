//! A tenant's reference data as clients read it: its states and their districts.

use cowin_store::reference::{self, DistrictView, StateView};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, DbErr, TenantTxn};

/// A tenant's areas.
#[derive(Debug)]
pub struct Areas<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl Areas<'_> {
    /// The tenant's states.
    pub async fn states(&self, tenant: &TenantRecord) -> Result<Vec<StateView>, DbErr> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let states = reference::states(&txn).await?;
        txn.commit().await?;
        Ok(states)
    }

    /// The districts of one state (none for an unknown state, as CoWIN answered).
    pub async fn districts(&self, tenant: &TenantRecord, state: i32) -> Result<Vec<DistrictView>, DbErr> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let districts = reference::districts(&txn, state).await?;
        txn.commit().await?;
        Ok(districts)
    }
}
