//! `cowin`: serve, migrate and manage tenants.

use std::process::ExitCode;

use clap::Parser;
use cowin_server::commands::{Cli, run};

#[tokio::main]
async fn main() -> ExitCode {
    run(Cli::parse()).await
}
