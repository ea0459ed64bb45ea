//! `cowin tenant apply`: validate every folder first, then create or update each tenant.

use std::path::PathBuf;
use std::process::ExitCode;
use std::time::Instant;

use cowin_app::platform::onboarding::{CountryFolder, Onboarding};
use cowin_store::apply::ApplyOutcome;

use crate::Settings;
use crate::application::{licence_guard, vault};

/// Applies already validated configurations with their licences, printing one line each. A configuration
/// whose licence the guard refuses is not applied (the refusal is recorded as a licence event).
pub async fn apply_dirs(onboarding: &Onboarding<'_>, configs: &[CountryFolder], actor: &str) -> anyhow::Result<Vec<ApplyOutcome>> {
    let mut outcomes = Vec::new();
    for (config, licence) in configs {
        let started = Instant::now();
        let outcome = onboarding
            .apply(config, licence.as_deref(), actor)
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
    let onboarding = Onboarding {
        db: &db,
        guard: &licence_guard(settings)?,
        vault: &vault(settings)?,
        served: None,
    };
    apply_dirs(&onboarding, &configs, &super::cli_actor()).await?;
    Ok(ExitCode::SUCCESS)
}
