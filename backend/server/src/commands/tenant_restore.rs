//! `cowin tenant restore`: a country brought back from the archive `cowin tenant export` wrote (after a loss, into
//! an empty cluster, or moved from another deployment with the same master key), with every row, object and key.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_app::platform::offboarding::Offboarding;

use crate::Settings;
use crate::application::object_store;

/// What to restore.
#[derive(Debug, clap::Args)]
pub struct RestoreArgs {
    /// The archive `cowin tenant export` wrote.
    archive: PathBuf,
}

pub(super) async fn run(settings: &Settings, args: RestoreArgs) -> anyhow::Result<ExitCode> {
    let file = std::fs::File::open(&args.archive).with_context(|| format!("cannot open {}", args.archive.display()))?;
    let db = super::connect(settings).await?;
    let objects = object_store(settings).await?;
    let offboarding = Offboarding {
        db: &db,
        objects: objects.as_ref(),
        served: None,
    };
    let archive = args.archive.display().to_string();
    let restored = offboarding
        .restore_from_reader(std::io::BufReader::new(file), &archive, &super::cli_actor())
        .await?;
    let rows: u64 = restored.tables.iter().map(|(_, rows)| rows).sum();
    println!(
        "{}: {rows} rows of {} tables and {} objects restored from {archive}; every server serves it now",
        restored.tenant,
        restored.tables.len(),
        restored.objects
    );
    Ok(ExitCode::SUCCESS)
}
