//! `cowin demo seed`: sessions for the coming days at every facility of every tenant, for demos.

use std::process::ExitCode;

use cowin_store::citizens::demo_sessions;
use cowin_store::{TenantTxn, tenants};

use crate::Settings;

pub(super) async fn run(settings: &Settings, days: u32) -> anyhow::Result<ExitCode> {
    let db = super::connect(settings).await?;
    for tenant in tenants::list(&db).await? {
        let today = tenant.config.today();
        let txn = TenantTxn::begin(&db, tenant.code).await?;
        let created = demo_sessions::seed(&txn, &tenant.config, &tenant.catalogue, today, days).await?;
        txn.commit().await?;
        println!("{}: {created} sessions created for {days} days from {today}", tenant.code);
    }
    Ok(ExitCode::SUCCESS)
}
