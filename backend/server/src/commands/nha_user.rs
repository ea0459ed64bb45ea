//! `cowin nha add-user`: NHA's administrators, who sign in to the platform API (`/platform/api/login`).

use std::io::BufRead as _;
use std::process::ExitCode;

use anyhow::Context;
use cowin_store::platform::nha_users;
use cowin_web::passwords::hash_blocking;

use crate::Settings;
use crate::application::vault;

/// Shortest password an administrator may have.
const MIN_PASSWORD_LENGTH: usize = 12;

/// Who to add.
#[derive(Debug, clap::Args)]
pub struct AddUserArgs {
    /// E-mail address (the sign-in name).
    #[arg(long)]
    email: String,
    /// Display name.
    #[arg(long)]
    name: String,
}

/// Adds the administrator (or sets a new password for an existing one); the password is read from the first line
/// of standard input, so it never appears in the process list or the shell history.
pub(super) async fn run(settings: &Settings, args: AddUserArgs) -> anyhow::Result<ExitCode> {
    let email = cowin_web::staff::invitations::normalise_email(&args.email).context("not an e-mail address")?;
    let mut password = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut password)
        .context("cannot read the password from standard input")?;
    let password = password.trim_end_matches(['\r', '\n']);
    anyhow::ensure!(
        password.chars().count() >= MIN_PASSWORD_LENGTH,
        "the password must have at least {MIN_PASSWORD_LENGTH} characters"
    );
    let hash = hash_blocking(password).map_err(|error| anyhow::anyhow!(error))?;
    let db = super::connect(settings).await?;
    let id = nha_users::upsert(
        &db,
        &vault(settings)?.platform(),
        &email,
        args.name.trim(),
        &hash,
        &super::cli_actor(),
    )
    .await?;
    println!("NHA administrator {id}");
    Ok(ExitCode::SUCCESS)
}
