//! `cowin tenant export`: a country's data (its schema, its platform rows and its objects) to a zip archive, from
//! one snapshot, with nothing dropped: the archive `cowin tenant offboard` writes, without the offboarding.

use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::Context;
use cowin_app::platform::offboarding::Offboarding;
use cowin_core::TenantCode;
use cowin_store::Databases;
use cowin_store::objects::ObjectStore;

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

/// Where an archive's contents come from: the database and the object store.
pub(super) struct ArchiveTarget {
    db: Databases,
    objects: Arc<dyn ObjectStore>,
}

impl ArchiveTarget {
    /// Creates the archive file `path` (never an existing one) and connects.
    pub(super) async fn open(settings: &Settings, path: &Path) -> anyhow::Result<(std::io::BufWriter<std::fs::File>, Self)> {
        let file = std::fs::File::create_new(path).with_context(|| format!("cannot create {}", path.display()))?;
        let target = Self {
            db: super::connect(settings).await?,
            objects: object_store(settings).await?,
        };
        Ok((std::io::BufWriter::new(file), target))
    }

    /// Offboarding (or exporting) through this target's database and objects.
    pub(super) fn offboarding(&self) -> Offboarding<'_> {
        Offboarding {
            db: &self.db,
            objects: self.objects.as_ref(),
            served: None,
        }
    }
}

pub(super) async fn run(settings: &Settings, args: ExportArgs) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(&args.code.to_ascii_uppercase()).context("not a country code")?;
    let (file, target) = ArchiveTarget::open(settings, &args.archive).await?;
    let archive = args.archive.display().to_string();
    let exported = target
        .offboarding()
        .export_to_writer(tenant, file, &archive, &super::cli_actor())
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
