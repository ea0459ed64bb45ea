//! `cowin tenant apply`: validate every folder first, then create or update each tenant.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use cowin_store::DatabaseConnection;
use cowin_store::apply::{ApplyOutcome, apply};
use cowin_tenant_config::TenantConfig;

use crate::Settings;

/// Applies already validated configurations, printing one line each.
pub async fn apply_dirs(db: &DatabaseConnection, configs: &[TenantConfig], actor: &str) -> anyhow::Result<Vec<ApplyOutcome>> {
    let mut outcomes = Vec::new();
    for config in configs {
        let started = Instant::now();
        let outcome = apply(db, config, actor)
            .await
            .map_err(|error| anyhow::anyhow!("{}: {error}", config.code))?;
        let what = match (outcome.created, outcome.config_changed) {
            (true, _) => "created",
            (false, true) => "updated",
            (false, false) => "unchanged",
        };
        println!(
            "{}: {what}, config version {}, {} migrations applied ({} ms)",
            outcome.tenant,
            outcome.config_version,
            outcome.migrations_applied.len(),
            started.elapsed().as_millis()
        );
        outcomes.push(outcome);
    }
    Ok(outcomes)
}

pub(super) async fn run(settings: &Settings, dirs: &[PathBuf]) -> anyhow::Result<ExitCode> {
    let Some(configs) = super::tenant_check::check_dirs(settings, dirs)? else {
        return Ok(ExitCode::FAILURE);
    };
    let db = super::connect(settings).await?;
    apply_dirs(&db, &configs, &super::cli_actor()).await?;
    Ok(ExitCode::SUCCESS)
}
