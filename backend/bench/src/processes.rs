//! The processes a benchmark runs beside itself: `cowin serve` as deployed, and nginx as the static baseline.

use std::fs;
use std::net::TcpListener;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use anyhow::Context;
use cowin_tests::licences::TEST_DEPLOYMENT;
use tempfile::TempDir;

/// A process that is killed when dropped, so a failed run leaves nothing listening.
pub(crate) struct Running(Child);

impl Drop for Running {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

pub(crate) fn free_port() -> anyhow::Result<u16> {
    Ok(TcpListener::bind("127.0.0.1:0")?.local_addr()?.port())
}

pub(crate) async fn wait_until_up(url: &str) -> anyhow::Result<()> {
    let client = reqwest::Client::new();
    let deadline = Instant::now() + Duration::from_secs(30);
    while Instant::now() < deadline {
        if client.get(url).send().await.is_ok_and(|response| response.status().is_success()) {
            return Ok(());
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    anyhow::bail!("{url} did not answer within 30 s")
}

/// A running `cowin serve`, answering at `base`; killed (and its local object folder removed) when dropped.
pub(crate) struct Server {
    process: Running,
    _objects: TempDir,
    pub(crate) base: String,
}

/// Starts `cowin serve` over `database_url` with the default settings a deployment has, in development mode (so
/// the development licensing key of the test licences is trusted), storing objects in a temporary folder, then
/// `settings` (environment overrides) on top; returns once it answers its health check.
pub(crate) async fn serve(cowin: &Path, database_url: &str, settings: &[(&str, String)]) -> anyhow::Result<Server> {
    let port = free_port()?;
    let objects = tempfile::tempdir()?;
    let mut command = Command::new(cowin);
    command
        .arg("serve")
        .env("COWIN_DATABASE__URL", database_url)
        .env("COWIN_SERVER__PORT", port.to_string())
        .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
        .env("COWIN_LICENCE__DEPLOYMENT_ID", TEST_DEPLOYMENT)
        .env("COWIN_LOCALES_DIR", std::env::current_dir()?.join("locales"))
        .env("COWIN_OBJECTS__BACKEND", "local")
        .env("COWIN_OBJECTS__LOCAL_DIR", objects.path())
        .stdout(Stdio::null())
        .stderr(Stdio::null());
    for (name, value) in settings {
        command.env(name, value);
    }
    let process = Running(command.spawn().with_context(|| format!("cannot start {}", cowin.display()))?);
    let base = format!("http://127.0.0.1:{port}");
    wait_until_up(&format!("{base}/healthz")).await?;
    Ok(Server {
        process,
        _objects: objects,
        base,
    })
}

impl Server {
    /// Its process id, to read its memory from `/proc`.
    pub(crate) fn pid(&self) -> u32 {
        self.process.0.id()
    }
}

/// nginx serving `dir` on `port`, with `gzip_static` so `.gz` siblings are sent to clients that accept gzip.
pub(crate) fn start_nginx(dir: &Path, port: u16) -> anyhow::Result<Running> {
    let config = dir.join("nginx.conf");
    fs::write(
        &config,
        format!(
            "worker_processes 2;\nerror_log {dir}/error.log;\npid {dir}/nginx.pid;\nevents {{ worker_connections 1024; }}\n\
             http {{\n  access_log off;\n  default_type application/json;\n  sendfile on;\n  tcp_nopush on;\n  keepalive_requests 1000000;\n\
               server {{\n    listen 127.0.0.1:{port};\n    root {dir};\n    location / {{ gzip_static on; }}\n  }}\n}}\n",
            dir = dir.display()
        ),
    )?;
    let child = Command::new("nginx")
        .args([
            "-p",
            &dir.display().to_string(),
            "-c",
            &config.display().to_string(),
            "-g",
            "daemon off;",
        ])
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .context("nginx must be installed (scripts/ensure-bench-tools.sh)")?;
    Ok(Running(child))
}
