//! `cowin tenant list`.

use std::process::ExitCode;

use cowin_store::tenants;

use crate::Settings;

pub(super) async fn run(settings: &Settings) -> anyhow::Result<ExitCode> {
    let db = super::connect(settings).await?;
    println!(
        "{:<5} {:<10} {:<7} {:<12} {:<20} hostnames",
        "code", "status", "config", "locales", "time zone"
    );
    for tenant in tenants::list(&db).await? {
        let locales: Vec<&str> = tenant.locales.iter().map(|tag| tag.as_str()).collect();
        let hosts: Vec<&str> = tenant.hostnames.iter().map(|host| host.as_str()).collect();
        println!(
            "{:<5} {:<10} v{:<6} {:<12} {:<20} {}  ({})",
            tenant.code.as_str(),
            tenant.status.as_str(),
            tenant.config_version,
            locales.join(","),
            tenant.time_zone,
            hosts.join(","),
            tenant.name
        );
    }
    Ok(ExitCode::SUCCESS)
}
