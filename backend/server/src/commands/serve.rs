//! `cowin serve`.

use std::process::ExitCode;

use crate::{Application, Settings, telemetry};

pub(super) async fn serve(settings: &Settings) -> anyhow::Result<ExitCode> {
    telemetry::init(&settings.log);
    let application = Application::build(settings).await?;
    tracing::info!(host = %settings.server.host, port = application.port(), tenants = application.tenants().all().len(), "serving");
    application.run_until_stopped().await?;
    Ok(ExitCode::SUCCESS)
}
