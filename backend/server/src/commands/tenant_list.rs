//! `cowin tenant list`: every tenant with its status, database cluster, licence (as this deployment's guard judges it) and usage over
//! the last 30 days.

use std::process::ExitCode;

use cowin_store::platform::usage;
use cowin_store::{licences, tenants};

use crate::Settings;
use crate::application::licence_guard;

pub(super) async fn run(settings: &Settings) -> anyhow::Result<ExitCode> {
    let db = super::connect(settings).await?;
    let guard = licence_guard(settings)?;
    let revoked = guard.revoked(&licences::revocations(&db).await?);
    let since = chrono::Utc::now().date_naive() - chrono::Days::new(29);
    let days = usage::daily(&db, None, since).await?;
    println!(
        "{:<5} {:<10} {:<7} {:<10} {:<28} {:>9} {:>9} {:>9} {:>9}  hostnames",
        "code", "status", "config", "cluster", "licence", "regs/30d", "books/30d", "doses/30d", "certs/30d"
    );
    for tenant in tenants::list(&db).await? {
        let hosts: Vec<&str> = tenant.hostnames.iter().map(|host| host.as_str()).collect();
        let judged = guard.judge(tenant.code, tenant.licence.as_deref(), &revoked);
        let id = judged.as_ref().map_or("", |verified| verified.id());
        let licence = match cowin_licence::standing_at(&judged, chrono::Utc::now()) {
            Ok(_) => format!("{id} valid"),
            Err(refusal) => format!("{id} {}", refusal.code().as_str()).trim_start().to_owned(),
        };
        let used = usage::total(days.iter().filter(|day| day.tenant_code == tenant.code.as_str()));
        println!(
            "{:<5} {:<10} v{:<6} {:<10} {:<28} {:>9} {:>9} {:>9} {:>9}  {}  ({})",
            tenant.code.as_str(),
            tenant.status.as_str(),
            tenant.config_version,
            tenant.cluster,
            licence,
            used.registrations,
            used.bookings,
            used.doses,
            used.certificates,
            hosts.join(","),
            tenant.name
        );
    }
    Ok(ExitCode::SUCCESS)
}
