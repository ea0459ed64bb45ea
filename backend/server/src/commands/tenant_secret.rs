//! `cowin tenant secret set XX NAME` (the value from standard input, never an argument: arguments show in the
//! process list and the shell's history) and `cowin tenant secret list XX` (names and dates, never values).

use std::io::Read as _;
use std::process::ExitCode;

use anyhow::Context;
use clap::Subcommand;
use cowin_core::TenantCode;
use cowin_store::platform::tenant_secrets;
use cowin_tenant_config::is_secret_name;

use crate::Settings;
use crate::application::vault;

/// A country's secrets (its SMS gateway's credential, for one).
#[derive(Debug, Subcommand)]
pub enum SecretCommand {
    /// Set a secret to what standard input holds (one trailing newline dropped).
    Set {
        /// Country code, e.g. IN.
        code: String,
        /// The name `tenant.toml` refers to, e.g. sms-authorization.
        name: String,
    },
    /// List the names of a country's secrets and when each was set.
    List {
        /// Country code, e.g. IN.
        code: String,
    },
}

pub(super) async fn run(settings: &Settings, command: SecretCommand) -> anyhow::Result<ExitCode> {
    match command {
        SecretCommand::Set { code, name } => set(settings, &code, &name).await,
        SecretCommand::List { code } => list(settings, &code).await,
    }
}

async fn set(settings: &Settings, code: &str, name: &str) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(code).context("not a country code")?;
    anyhow::ensure!(
        is_secret_name(name),
        "a secret's name is 1 to 63 lower-case letters, digits and hyphens, a letter first"
    );
    let mut value = String::new();
    std::io::stdin()
        .read_to_string(&mut value)
        .context("cannot read the secret from standard input")?;
    let value = value
        .strip_suffix('\n')
        .map_or(value.as_str(), |v| v.strip_suffix('\r').unwrap_or(v));
    anyhow::ensure!(!value.is_empty(), "standard input is empty: pipe the secret in, e.g. from a file");
    let vault = vault(settings)?;
    let db = super::connect(settings).await?;
    anyhow::ensure!(
        cowin_store::tenants::one(&db, tenant).await?.is_some(),
        "no tenant {tenant}: apply its configuration first"
    );
    tenant_secrets::set(&db, &vault, tenant, name, value.as_bytes(), &super::cli_actor()).await?;
    println!("{tenant}: secret {name} set");
    Ok(ExitCode::SUCCESS)
}

async fn list(settings: &Settings, code: &str) -> anyhow::Result<ExitCode> {
    let tenant = TenantCode::parse(code).context("not a country code")?;
    let db = super::connect(settings).await?;
    for entry in tenant_secrets::list(&db, tenant).await? {
        println!("{}\t{}", entry.name, entry.updated_at.to_rfc3339());
    }
    Ok(ExitCode::SUCCESS)
}
