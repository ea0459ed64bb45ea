//! The real `cowin` binary as a process of its own, for tests that kill it (crash safety) or read what it logs
//! (privacy): started with the same settings as an in-process test server, through the environment, its output
//! written to a file.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::sms::SmsGateway;

/// The `cowin` binary `cargo test --workspace` built beside this test binary.
pub fn cowin_binary() -> PathBuf {
    let exe = std::env::current_exe().expect("the test binary's path");
    let dir = exe.parent().and_then(Path::parent).expect("target/<profile>");
    let binary = dir.join("cowin");
    assert!(binary.is_file(), "{} is missing: cargo build --bin cowin", binary.display());
    binary
}

/// A free port on the loopback interface.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .expect("a free port")
        .port()
}

/// A running `cowin serve`; killed when dropped.
#[derive(Debug)]
pub struct ServerProcess {
    child: Option<Child>,
    env: Vec<(String, String)>,
    /// The port it listens on (the same after a restart).
    pub port: u16,
    /// `http://127.0.0.1:<port>`.
    pub base: String,
    /// Where its output goes (appended to across restarts).
    pub log: PathBuf,
}

impl ServerProcess {
    /// A client of this server, as the tests' in-process apps have, whose citizens' SMS reach `sms`.
    pub fn client(&self, sms: SmsGateway) -> crate::TestApp {
        crate::TestApp {
            address: self.base.clone(),
            port: self.port,
            client: crate::conformance::conforming_client(),
            sms,
            server: None,
        }
    }

    /// The settings of an in-process test server, as environment variables, over `database_url`, sending SMS to
    /// `sms` and keeping objects in `objects`; `extra` on top.
    pub fn environment(database_url: &str, sms: &SmsGateway, objects: &Path, extra: &[(&str, String)]) -> Vec<(String, String)> {
        let smtp = std::env::var("TEST_SMTP_URL").unwrap_or_else(|_| "smtp://127.0.0.1:1025".to_owned());
        let mut env: Vec<(String, String)> = [
            ("COWIN_DATABASE__URL", database_url.to_owned()),
            ("COWIN_DATABASE__MAX_CONNECTIONS", "10".to_owned()),
            ("COWIN_SERVER__WORKERS", "2".to_owned()),
            ("COWIN_LOCALES_DIR", crate::repo_root().join("locales").display().to_string()),
            ("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true".to_owned()),
            ("COWIN_LICENCE__DEPLOYMENT_ID", crate::licences::TEST_DEPLOYMENT.to_owned()),
            ("COWIN_OBJECTS__BACKEND", "local".to_owned()),
            ("COWIN_OBJECTS__LOCAL_DIR", objects.display().to_string()),
            ("COWIN_OUTBOX__POLL_INTERVAL_MS", "100".to_owned()),
            ("COWIN_AVAILABILITY_CACHE__TTL_MS", "0".to_owned()),
            ("COWIN_SMTP__URL", smtp),
            ("COWIN_OTP__SMS_PROVIDER", "http".to_owned()),
            ("COWIN_OTP__SMS_URL", sms.url.clone()),
            ("NO_COLOR", "1".to_owned()),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_owned(), value))
        .collect();
        env.extend(extra.iter().map(|(name, value)| ((*name).to_owned(), value.clone())));
        env
    }

    /// Starts the server with `env` on a free port, logging to `log`; returns once `/healthz` answers.
    pub async fn start(env: Vec<(String, String)>, log: &Path) -> Self {
        let port = free_port();
        let mut server = Self {
            child: None,
            env,
            port,
            base: format!("http://127.0.0.1:{port}"),
            log: log.to_owned(),
        };
        server.restart().await;
        server
    }

    /// Starts the process again (after [`ServerProcess::kill`]) on the same port and waits for it to answer.
    pub async fn restart(&mut self) {
        let log = std::fs::OpenOptions::new()
            .create(true)
            .append(true)
            .open(&self.log)
            .expect("opens the log file");
        let child = Command::new(cowin_binary())
            .arg("serve")
            .env("COWIN_SERVER__PORT", self.port.to_string())
            .envs(self.env.iter().map(|(name, value)| (name.as_str(), value.as_str())))
            .stdout(log.try_clone().expect("the log file"))
            .stderr(log)
            .stdin(Stdio::null())
            .spawn()
            .expect("cowin serve starts");
        self.child = Some(child);
        self.wait_until_healthy().await;
    }

    async fn wait_until_healthy(&mut self) {
        let client = reqwest::Client::new();
        let deadline = Instant::now() + Duration::from_secs(30);
        while Instant::now() < deadline {
            if client
                .get(format!("{}/healthz", self.base))
                .send()
                .await
                .is_ok_and(|response| response.status().is_success())
            {
                return;
            }
            if let Some(status) = self.child.as_mut().and_then(|child| child.try_wait().ok().flatten()) {
                panic!("cowin serve exited ({status}): {}", self.log_text());
            }
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        panic!("cowin serve did not answer within 30 s: {}", self.log_text());
    }

    /// Kills the process with SIGKILL: no shutdown, no flushing, as a crash or an out-of-memory kill.
    pub fn kill(&mut self) {
        if let Some(mut child) = self.child.take() {
            let _ = child.kill();
            let _ = child.wait();
        }
    }

    /// Everything the process has written so far.
    pub fn log_text(&self) -> String {
        std::fs::read_to_string(&self.log).unwrap_or_default()
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        self.kill();
    }
}
