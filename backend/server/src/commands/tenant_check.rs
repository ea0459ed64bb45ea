//! `cowin tenant check`: validation only, no database.

use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_app::platform::onboarding::{CountryFolder, read_folders};
use cowin_tenant_config::LocaleCatalogue;

use crate::Settings;

/// Reads every folder as `tenant apply` and the platform API do; prints each problem and answers `None` if any.
pub(super) fn check_dirs(settings: &Settings, dirs: &[PathBuf]) -> anyhow::Result<Option<Vec<CountryFolder>>> {
    let locales =
        LocaleCatalogue::from_dir(&settings.locales_dir).with_context(|| format!("cannot read {}", settings.locales_dir.display()))?;
    Ok(match read_folders(dirs, &locales) {
        Ok(folders) => Some(folders),
        Err(problems) => {
            for problem in problems {
                eprintln!("{problem}");
            }
            None
        }
    })
}

pub(super) fn run(settings: &Settings, dirs: &[PathBuf]) -> anyhow::Result<ExitCode> {
    match check_dirs(settings, dirs)? {
        Some(configs) => {
            for (config, licence) in configs {
                let licence = if licence.is_some() {
                    ""
                } else {
                    " (no licence.jwt: `tenant apply` will refuse it)"
                };
                println!("{}: ok{licence}", config.code);
            }
            Ok(ExitCode::SUCCESS)
        }
        None => Ok(ExitCode::FAILURE),
    }
}
