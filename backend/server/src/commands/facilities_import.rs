//! `cowin facilities import`: many facilities from a CSV file, each row accepted or refused on its own.
//!
//! Columns: `name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type`. Names are in the
//! tenant's default language. Rows follow the same rules as facilities in tenant.toml.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_app::operations::facilities::Facilities;
use cowin_core::TenantCode;
use cowin_store::tenants;
use indicatif::{ProgressBar, ProgressStyle};

use crate::Settings;

/// What to import.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Country code, e.g. IN.
    #[arg(long)]
    tenant: String,
    /// The CSV file.
    file: PathBuf,
}

pub(super) async fn run(settings: &Settings, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let code = TenantCode::parse(&args.tenant).context("not a country code")?;
    let csv = std::fs::read(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let db = super::connect(settings).await?;
    let tenant = tenants::list(&db)
        .await?
        .into_iter()
        .find(|tenant| tenant.code == code)
        .with_context(|| format!("no tenant {code}"))?;
    // One data row per line but the header; quoted newlines only make the bar's total an estimate.
    let bar = ProgressBar::new(csv.iter().filter(|byte| **byte == b'\n').count().saturating_sub(1) as u64);
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} rows {elapsed}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    let lines = Facilities { db: &db }
        .import(&tenant, None, &csv, |imported| {
            bar.suspend(|| match &imported.outcome {
                Ok(id) => println!("line {}: imported as centre {id}", imported.line),
                Err(reason) => println!("line {}: REFUSED: {reason}", imported.line),
            });
            bar.inc(1);
        })
        .await?;
    bar.finish_and_clear();
    let refused = lines.iter().filter(|line| line.outcome.is_err()).count();
    println!("{code}: {} facilities imported, {refused} rows refused", lines.len() - refused);
    Ok(if refused == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
