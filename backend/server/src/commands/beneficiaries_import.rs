//! `cowin beneficiaries import`: a country's registry from CSV (its people and their past doses), each line
//! imported or refused with its reason, certificates issued for the past doses; safe to run again.
//! The columns are described in `cowin_app::operations::registry_import`.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_app::certificates::issuer::Issuer;
use cowin_app::certificates::key_ring::KeyRing;
use cowin_app::operations::registry_import::{LineOutcome, RegistryImport};
use cowin_app::tenants::TenantRegistry;
use cowin_core::{TenantCode, TenantStatus};
use indicatif::{ProgressBar, ProgressStyle};

use crate::Settings;
use crate::application::{licence_guard, vault};

/// What to import.
#[derive(Debug, clap::Args)]
pub struct ImportArgs {
    /// Country code, e.g. IN.
    #[arg(long)]
    tenant: String,
    /// The CSV file.
    file: PathBuf,
    /// Print every line's outcome, not only the refused ones.
    #[arg(long)]
    verbose: bool,
}

pub(super) async fn run(settings: &Settings, args: ImportArgs) -> anyhow::Result<ExitCode> {
    let code = TenantCode::parse(&args.tenant).context("not a country code")?;
    let file = std::fs::File::open(&args.file).with_context(|| format!("cannot read {}", args.file.display()))?;
    let size = file.metadata().map(|metadata| metadata.len()).unwrap_or_default();
    let db = super::connect(settings).await?;
    let vault = vault(settings)?;
    let tenants = TenantRegistry::load(db.clone(), Duration::from_secs(1), licence_guard(settings)?).await?;
    let tenant = tenants.by_code(code).with_context(|| format!("no tenant {code}"))?;
    // Certificates carry the licence they were issued under; a blocked or suspended country issues none.
    if let Some(Err(refusal)) = tenants.licence(code).as_deref() {
        anyhow::bail!("{code}'s licence is refused ({refusal}): its certificates would not verify");
    }
    if tenant.status != TenantStatus::Active {
        anyhow::bail!("{code} is suspended");
    }
    let keys = KeyRing::load(db.clone(), Arc::new(vault.clone()))
        .await
        .context("cannot read the signing keys")?;
    let issuer = Issuer::new(keys, tenants.clone(), vault.clone(), settings.certificates.prerender_pdfs);
    let bar = ProgressBar::new(size);
    bar.set_style(
        ProgressStyle::with_template("{bar:40} {bytes}/{total_bytes} {msg} {elapsed}, {eta} left")
            .unwrap_or_else(|_| ProgressStyle::default_bar()),
    );
    let actor = super::cli_actor();
    let started = Instant::now();
    let import = RegistryImport {
        db: &db,
        vault: &vault,
        issuer: issuer.as_ref(),
        actor: &actor,
    };
    let mut lines = 0_u64;
    let summary = import
        .import(&tenant, std::io::BufReader::new(file), |imported, read| {
            let said = match &imported.outcome {
                LineOutcome::Refused(reason) => Some(format!("line {}: REFUSED: {reason}", imported.line)),
                _ if !args.verbose => None,
                LineOutcome::Registered { reference, dose: None } => Some(format!("line {}: registered {reference}", imported.line)),
                LineOutcome::Registered {
                    reference,
                    dose: Some(dose),
                } => Some(format!("line {}: registered {reference} with dose {dose}", imported.line)),
                LineOutcome::DoseRecorded { reference, dose } => Some(format!("line {}: dose {dose} of {reference}", imported.line)),
                LineOutcome::Unchanged { reference } => Some(format!("line {}: unchanged {reference}", imported.line)),
            };
            if let Some(said) = said {
                bar.suspend(|| println!("{said}"));
            }
            lines += 1;
            bar.set_position(read);
            bar.set_message(format!("{lines} lines"));
        })
        .await;
    bar.finish_and_clear();
    let summary =
        summary.with_context(|| format!("{code}: the import stopped; lines before it are imported, and running it again resumes it"))?;
    let seconds = started.elapsed().as_secs_f64();
    println!(
        "{code}: {} lines in {seconds:.1} s ({:.0} lines/s): {} people registered, {} doses recorded with their certificates, {} lines unchanged, {} refused",
        summary.lines,
        summary.lines as f64 / seconds.max(0.001),
        summary.registered,
        summary.doses,
        summary.unchanged,
        summary.refused
    );
    Ok(if summary.refused == 0 {
        ExitCode::SUCCESS
    } else {
        ExitCode::FAILURE
    })
}
