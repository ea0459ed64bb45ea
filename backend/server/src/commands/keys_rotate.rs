//! `cowin keys rotate`: replace a country's signing keys. Certificates signed with the old keys stay verifiable
//! (their public halves stay published); new certificates are signed with the new ones.

use std::process::ExitCode;

use anyhow::Context;
use cowin_core::TenantCode;

use crate::Settings;
use crate::application::vault;

pub(super) async fn run(settings: &Settings, code: &str) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(code).context("not a country code")?;
    let db = super::connect(settings).await?;
    let keys = cowin_store::signing_keys::rotate(&db, tenant, &vault(settings)?, &super::cli_actor()).await?;
    for key in keys {
        println!("{tenant}: new {key}");
    }
    println!("{tenant}: servers sign with the new keys after their next key reload (tenants.refresh_interval_ms)");
    Ok(ExitCode::SUCCESS)
}
