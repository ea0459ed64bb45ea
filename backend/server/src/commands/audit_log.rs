//! `cowin audit`: NHA reads the append-only audit log (all of it, or one tenant's), newest first.

use std::process::ExitCode;

use anyhow::Context;
use cowin_core::TenantCode;
use cowin_store::platform::audit_log::{self, AuditQuery};

use crate::Settings;

/// What to read.
#[derive(Debug, clap::Args)]
pub struct AuditArgs {
    /// Only this tenant's entries.
    #[arg(long)]
    tenant: Option<String>,
    /// Only actions starting with this, e.g. `tenant.` or `licence.`.
    #[arg(long)]
    action: Option<String>,
    /// How many entries.
    #[arg(long, default_value_t = 50)]
    limit: u64,
}

pub(super) async fn run(settings: &Settings, args: AuditArgs) -> anyhow::Result<ExitCode> {
    let tenant = args
        .tenant
        .as_deref()
        .map(|code| TenantCode::parse(&code.to_ascii_uppercase()).context("not a country code"))
        .transpose()?;
    let db = super::connect(settings).await?;
    let query = AuditQuery {
        tenant,
        action_prefix: args.action,
        before: None,
        limit: args.limit,
    };
    for entry in audit_log::read(&db, &query).await? {
        println!(
            "{:>8} {} {:<4} {:<22} {:<40} {} {}",
            entry.id,
            entry.occurred_at.format("%Y-%m-%d %H:%M:%S"),
            entry.tenant_code.as_deref().unwrap_or("-"),
            entry.action,
            entry.target,
            entry.actor,
            entry.detail
        );
    }
    Ok(ExitCode::SUCCESS)
}
