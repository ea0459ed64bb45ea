//! `cowin tenant export`: a country's data (its schema, its platform rows and its objects) to a zip archive, from
//! one snapshot, with nothing dropped: the archive `cowin tenant offboard` writes, without the offboarding.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_app::platform::offboarding::Offboarding;
use cowin_core::TenantCode;

use crate::Settings;
use crate::application::object_store;

/// What to export.
#[derive(Debug, clap::Args)]
pub struct ExportArgs {
    /// Country code, e.g. IN.
    code: String,
    /// Where to write the archive (created, never overwritten).
    #[arg(long)]
    archive: PathBuf,
}

pub(super) async fn run(settings: &Settings, args: ExportArgs) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(&args.code.to_ascii_uppercase()).context("not a country code")?;
    let file = std::fs::File::create_new(&args.archive).with_context(|| format!("cannot create {}", args.archive.display()))?;
    let db = super::connect(settings).await?;
    let objects = object_store(settings).await?;
    let archive = args.archive.display().to_string();
    let offboarding = Offboarding {
        db: &db,
        objects: objects.as_ref(),
        served: None,
    };
    let exported = offboarding
        .export_to_writer(tenant, std::io::BufWriter::new(file), &archive, &super::cli_actor())
        .await;
    let summary = match exported {
        Ok(summary) => summary,
        Err(error) => {
            // No half-written archive is left behind to be mistaken for a backup.
            let _ = std::fs::remove_file(&args.archive);
            return Err(error.into());
        }
    };
    let rows: u64 = summary.tables.iter().map(|(_, rows)| rows).sum();
    println!(
        "{tenant}: {rows} rows of {} tables and {} objects archived in {archive}; the tenant is unchanged",
        summary.tables.len(),
        summary.objects
    );
    Ok(ExitCode::SUCCESS)
}
