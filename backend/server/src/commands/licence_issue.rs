//! `cowin licence issue`: NHA signs a country's licence.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use chrono::{NaiveDate, TimeZone, Utc};
use clap::Args;
use cowin_core::{Hostname, TenantCode};
use cowin_licence::{Licence, NhaSigningKey};

/// What the licence grants.
#[derive(Debug, Args)]
pub struct IssueArgs {
    /// NHA's private licensing key (PEM).
    #[arg(long)]
    key: PathBuf,
    /// Licence id, e.g. LIC-LK-2026-001.
    #[arg(long)]
    id: String,
    /// The ministry the MoU was signed with.
    #[arg(long)]
    licensee: String,
    /// Country code, e.g. LK.
    #[arg(long)]
    country: String,
    /// A hostname the country may be served at (repeat for more).
    #[arg(long = "hostname", required = true)]
    hostnames: Vec<String>,
    /// The deployment that may serve it.
    #[arg(long)]
    deployment: String,
    /// Last day of validity (YYYY-MM-DD, UTC); no expiry if absent.
    #[arg(long)]
    expires: Option<NaiveDate>,
    /// Write the licence here (e.g. tenant-config/LK/licence.jwt) instead of printing it.
    #[arg(long)]
    out: Option<PathBuf>,
}

pub(super) fn run(args: IssueArgs) -> anyhow::Result<ExitCode> {
    let pem = std::fs::read_to_string(&args.key).with_context(|| format!("cannot read {}", args.key.display()))?;
    let key = NhaSigningKey::from_pem(&pem)?;
    let country = TenantCode::parse(&args.country).context("--country is not an ISO 3166-1 alpha-2 code")?;
    let hostnames = args
        .hostnames
        .iter()
        .map(|host| Hostname::parse(host).map(|host| host.as_str().to_owned()))
        .collect::<Result<Vec<_>, _>>()?;
    anyhow::ensure!(!args.id.trim().is_empty(), "--id is empty");
    let expires = match args.expires {
        Some(day) => Some(Utc.from_utc_datetime(&day.and_hms_opt(23, 59, 59).context("a valid day")?)),
        None => None,
    };
    let licence = Licence::new(
        args.id.trim(),
        args.licensee.trim(),
        country.as_str(),
        hostnames,
        args.deployment.trim(),
        expires,
    );
    let signed = licence.sign(&key)?;
    match args.out {
        Some(out) => {
            std::fs::write(&out, format!("{signed}\n")).with_context(|| format!("cannot write {}", out.display()))?;
            println!("licence {} for {country} written to {}", licence.jti, out.display());
        }
        None => println!("{signed}"),
    }
    Ok(ExitCode::SUCCESS)
}
