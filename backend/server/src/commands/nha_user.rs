//! `cowin nha add-user`: NHA's administrators, who sign in to the platform API (`/platform/api/login`).

use std::io::BufRead as _;
use std::process::ExitCode;

use anyhow::Context;
use cowin_app::passwords::Passwords;
use cowin_app::platform::nha::NhaAccounts;

use crate::Settings;
use crate::application::{rate_limits, vault};

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
    let mut password = String::new();
    std::io::stdin()
        .lock()
        .read_line(&mut password)
        .context("cannot read the password from standard input")?;
    let password = password.trim_end_matches(['\r', '\n']);
    let db = super::connect(settings).await?;
    let accounts = NhaAccounts {
        db: &db,
        vault: &vault(settings)?,
        passwords: &Passwords::new(1),
        limits: &rate_limits(settings),
    };
    let id = accounts
        .add(&args.email, &args.name, password, &super::cli_actor())
        .await
        .map_err(|error| anyhow::anyhow!("the administrator was refused: {error} (passwords have at least 12 characters)"))?;
    println!("NHA administrator {id}");
    Ok(ExitCode::SUCCESS)
}
