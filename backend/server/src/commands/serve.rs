//! `cowin serve`.

use std::process::ExitCode;

use crate::{Application, Settings, telemetry};

pub(super) async fn serve(settings: &Settings) -> anyhow::Result<ExitCode> {
    let telemetry = telemetry::init(&settings.log, &settings.traces)?;
    let application = Application::build(settings).await?;
    let port = application.port();
    println!("CoWIN Global serving on http://{}:{port}", settings.server.host);
    for tenant in application.tenants().all() {
        let host = tenant
            .hostnames
            .first()
            .map(|host| format!("  http://{host}:{port}/api/tenant"))
            .unwrap_or_default();
        println!(
            "  {} {:<12} http://{}:{port}/t/{}/api/tenant{host}",
            tenant.code,
            tenant.name,
            settings.server.host,
            tenant.code.to_lowercase()
        );
    }
    tracing::info!(host = %settings.server.host, port = application.port(), tenants = application.tenants().all().len(), "serving");
    let served = application.run_until_stopped().await;
    telemetry.shutdown();
    served?;
    Ok(ExitCode::SUCCESS)
}
