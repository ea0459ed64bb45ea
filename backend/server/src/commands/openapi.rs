//! `cowin openapi`: prints an OpenAPI document as served, for generating clients (the admin console's typed client is
//! generated from it) without a running server or a database.

use std::process::ExitCode;

/// Which document.
#[derive(Debug, Clone, Copy, clap::ValueEnum)]
pub enum Which {
    /// A country's API (`/api/openapi.json` of every tenant).
    Tenant,
    /// NHA's platform API (`/platform/api/openapi.json`).
    Platform,
}

pub(super) fn run(which: Which) -> anyhow::Result<ExitCode> {
    let document = match which {
        Which::Tenant => cowin_web::openapi(),
        Which::Platform => cowin_web::platform_openapi(),
    };
    println!("{}", serde_json::to_string_pretty(&document)?);
    Ok(ExitCode::SUCCESS)
}
