//! `cowin tenant check`: validation only, no database.

use std::collections::HashMap;
use std::path::PathBuf;
use std::process::ExitCode;

use anyhow::Context;
use cowin_tenant_config::{LICENCE_FILE, LocaleCatalogue, TenantConfig, load_dir, read_licence};

use crate::Settings;

/// A valid configuration folder: the configuration and the licence document beside it, if any.
pub(super) type CheckedDir = (TenantConfig, Option<String>);

/// Loads every folder, printing each problem; hostnames must also be unique across the folders given.
pub(super) fn check_dirs(settings: &Settings, dirs: &[PathBuf]) -> anyhow::Result<Option<Vec<CheckedDir>>> {
    let locales =
        LocaleCatalogue::from_dir(&settings.locales_dir).with_context(|| format!("cannot read {}", settings.locales_dir.display()))?;
    let mut configs = Vec::new();
    let mut all_valid = true;
    for dir in dirs {
        match load_dir(dir, &locales) {
            Ok(config) => {
                let licence = read_licence(dir).with_context(|| format!("cannot read {}", dir.join(LICENCE_FILE).display()))?;
                configs.push((config, licence));
            }
            Err(invalid) => {
                all_valid = false;
                eprintln!("{invalid}");
            }
        }
    }
    let mut owners: HashMap<&str, &str> = HashMap::new();
    for (config, _) in &configs {
        for host in &config.hostnames {
            if let Some(owner) = owners.insert(host.as_str(), config.code.as_str()) {
                all_valid = false;
                eprintln!("{}: hostnames: {host} is also claimed by {owner}", config.code);
            }
        }
    }
    Ok(all_valid.then_some(configs))
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
