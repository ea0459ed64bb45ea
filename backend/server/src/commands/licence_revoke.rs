//! `cowin licence revoke`: NHA signs a revocation and installs it; every server blocks the tenant at its next
//! tenant reload.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use clap::Args;
use cowin_licence::{NhaSigningKey, Revocation};

/// Which licence, and why.
#[derive(Debug, Args)]
pub struct RevokeArgs {
    /// NHA's private licensing key (PEM).
    #[arg(long)]
    key: PathBuf,
    /// The licence id.
    #[arg(long)]
    licence: String,
    /// Why, for the audit log and the licence holder.
    #[arg(long)]
    reason: String,
}

pub(super) async fn run(settings: &crate::Settings, args: RevokeArgs) -> anyhow::Result<ExitCode> {
    let pem = std::fs::read_to_string(&args.key).with_context(|| format!("cannot read {}", args.key.display()))?;
    let key = NhaSigningKey::from_pem(&pem)?;
    let signed = Revocation::new(args.licence.trim(), args.reason.trim()).sign(&key)?;
    let db = super::connect(settings).await?;
    let tenant = cowin_store::licences::revoke(&db, args.licence.trim(), &signed, &super::cli_actor()).await?;
    match tenant {
        Some(tenant) => println!("licence {} of {tenant} revoked", args.licence.trim()),
        None => println!("licence {} revoked (no tenant has it installed)", args.licence.trim()),
    }
    Ok(ExitCode::SUCCESS)
}
