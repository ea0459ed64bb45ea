//! `cowin tenant move XX --to CLUSTER`: copies a country's schema to another database cluster under a short write
//! pause, verifies every table, then switches every server to it ([`cowin_store::platform::tenant_move`]).

use std::process::ExitCode;

use anyhow::Context;
use cowin_core::TenantCode;
use cowin_store::platform::tenant_move::move_tenant;

use crate::Settings;

/// Arguments of `cowin tenant move`.
#[derive(Debug, clap::Args)]
pub struct MoveArgs {
    /// Country code, e.g. KE.
    code: String,
    /// The cluster to move it to: `main` or a name under `database.clusters`.
    #[arg(long)]
    to: String,
}

pub(super) async fn run(settings: &Settings, args: MoveArgs) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(&args.code).context("not a country code")?;
    let db = super::connect(settings).await?;
    let moved = move_tenant(&db, tenant, &args.to, &super::cli_actor()).await?;
    for check in &moved.tables {
        println!("{:<28} {:>10} rows  checksum {}", check.table, check.rows, check.checksum);
    }
    let rows: i64 = moved.tables.iter().map(|check| check.rows).sum();
    println!(
        "{tenant}: moved from {} to {}: {} tables, {rows} rows, equal on both sides; requests paused {} ms",
        moved.from,
        moved.to,
        moved.tables.len(),
        moved.pause.as_millis()
    );
    Ok(ExitCode::SUCCESS)
}
