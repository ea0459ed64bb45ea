//! `cowin tenant offboard`: export a country's data (its schema and objects) to a zip archive, then drop it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_core::TenantCode;

use super::tenant_export::ArchiveTarget;
use crate::Settings;

/// What to offboard.
#[derive(Debug, clap::Args)]
pub struct OffboardArgs {
    /// Country code, e.g. LK.
    code: String,
    /// The code again, to confirm.
    #[arg(long)]
    confirm: String,
    /// Where to write the archive (created, never overwritten).
    #[arg(long)]
    archive: PathBuf,
}

pub(super) async fn run(settings: &Settings, args: OffboardArgs) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(&args.code.to_ascii_uppercase()).context("not a country code")?;
    anyhow::ensure!(
        args.confirm.eq_ignore_ascii_case(tenant.as_str()),
        "--confirm must repeat the country code {tenant}"
    );
    let (file, target) = ArchiveTarget::open(settings, &args.archive).await?;
    let archive = args.archive.display().to_string();
    let done = target
        .offboarding()
        .to_writer(tenant, &args.confirm, file, &archive, &super::cli_actor())
        .await?;
    let rows: u64 = done.summary.tables.iter().map(|(_, rows)| rows).sum();
    println!(
        "{tenant}: {rows} rows of {} tables and {} objects archived in {archive}; tenant dropped",
        done.summary.tables.len(),
        done.summary.objects
    );
    Ok(ExitCode::SUCCESS)
}
