//! `cowin licence verify`: what a licence says and whether this deployment would serve under it.

use std::path::Path;
use std::process::ExitCode;

use anyhow::Context;
use cowin_core::TenantCode;

use crate::Settings;
use crate::application::licence_guard;

pub(super) async fn run(settings: &Settings, file: &Path, offline: bool) -> anyhow::Result<ExitCode> {
    let document = std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let guard = licence_guard(settings)?;
    let revoked = if offline {
        Default::default()
    } else {
        let db = super::connect(settings).await?;
        guard.revoked(&cowin_store::licences::revocations(&db).await?)
    };
    // The licence names its country; the guard then checks it is that country's, for this deployment.
    let country = cowin_licence::document::unverified_country(&document).and_then(|code| TenantCode::parse(&code).ok());
    let Some(country) = country else {
        println!("refused: LICENCE_FORGED: the file is not a licence");
        return Ok(ExitCode::FAILURE);
    };
    match guard.judge(country, Some(&document), &revoked) {
        Ok(verified) => {
            println!("valid: licence {} signed by {}", verified.id(), verified.kid);
            println!("{}", serde_json::to_string_pretty(&verified.licence)?);
            Ok(ExitCode::SUCCESS)
        }
        Err(refusal) => {
            println!("refused: {}: {refusal}", refusal.code().as_str());
            Ok(ExitCode::FAILURE)
        }
    }
}
