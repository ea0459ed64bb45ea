//! `cowin tenant offboard`: export a country's data (its schema and objects) to a zip archive, then drop it.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_core::TenantCode;
use cowin_store::platform::offboarding;

use crate::Settings;
use crate::application::object_store;

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
    let file = std::fs::File::create_new(&args.archive).with_context(|| format!("cannot create {}", args.archive.display()))?;
    let db = super::connect(settings).await?;
    let objects = object_store(settings).await?;
    let summary = offboarding::export(&db, objects.as_ref(), tenant, std::io::BufWriter::new(file)).await?;
    let archive = args.archive.display().to_string();
    offboarding::drop_tenant(&db, objects.as_ref(), tenant, &archive, &summary, &super::cli_actor()).await?;
    let rows: u64 = summary.tables.iter().map(|(_, rows)| rows).sum();
    println!(
        "{tenant}: {rows} rows of {} tables and {} objects archived in {archive}; tenant dropped",
        summary.tables.len(),
        summary.objects
    );
    Ok(ExitCode::SUCCESS)
}
