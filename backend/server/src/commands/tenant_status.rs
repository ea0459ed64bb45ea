//! `cowin tenant suspend` and `cowin tenant resume`.

use std::process::ExitCode;

use anyhow::Context;
use cowin_core::{TenantCode, TenantStatus};
use cowin_store::tenants;

use crate::Settings;

async fn set(settings: &Settings, code: &str, status: TenantStatus, reason: Option<&str>) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(code).context("not a country code")?;
    let db = super::connect(settings).await?;
    tenants::set_status(&db, tenant, status, reason, &super::cli_actor()).await?;
    println!("{tenant}: {}", status.as_str());
    Ok(ExitCode::SUCCESS)
}

pub(super) async fn suspend(settings: &Settings, code: &str, reason: &str) -> anyhow::Result<ExitCode> {
    set(settings, code, TenantStatus::Suspended, Some(reason)).await
}

pub(super) async fn resume(settings: &Settings, code: &str) -> anyhow::Result<ExitCode> {
    set(settings, code, TenantStatus::Active, None).await
}
