//! A PostgreSQL cluster of a test's own (`initdb` and `pg_ctl` on a free port), for tests that stop and start the
//! database under load: the shared server of the other tests must never go down.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use tempfile::TempDir;

/// A running throwaway cluster; stopped and deleted when dropped.
#[derive(Debug)]
pub struct PostgresCluster {
    dir: TempDir,
    bin: PathBuf,
    /// Its port on 127.0.0.1.
    pub port: u16,
}

/// Whether this process runs as root (PostgreSQL refuses to; its programs then run as user `postgres`).
fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|output| String::from_utf8_lossy(&output.stdout).trim() == "0")
}

impl PostgresCluster {
    fn run(&self, program: &str, args: &[&str]) -> bool {
        let path = self.bin.join(program);
        let mut command = if is_root() {
            let mut command = Command::new("runuser");
            command.args(["-u", "postgres", "--"]).arg(&path);
            command
        } else {
            Command::new(&path)
        };
        command
            .args(args)
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .is_ok_and(|status| status.success())
    }

    fn data(&self) -> PathBuf {
        self.dir.path().join("data")
    }

    /// Creates and starts a cluster (trust authentication, user `postgres`) on a free port.
    pub fn start() -> Self {
        let bindir = Command::new("pg_config").arg("--bindir").output().expect("pg_config is installed");
        let bin = PathBuf::from(String::from_utf8_lossy(&bindir.stdout).trim());
        let dir = tempfile::tempdir().expect("a temporary folder");
        if is_root() {
            let owned = Command::new("chown").arg("postgres:").arg(dir.path()).status();
            assert!(owned.is_ok_and(|status| status.success()), "chown postgres the cluster's folder");
        }
        let cluster = Self {
            dir,
            bin,
            port: crate::server_process::free_port(),
        };
        let data = cluster.data().display().to_string();
        assert!(
            cluster.run("initdb", &["-D", &data, "-A", "trust", "-U", "postgres", "-E", "UTF8", "--no-sync"]),
            "initdb"
        );
        cluster.start_again();
        cluster
    }

    /// Starts the (stopped) cluster and waits until it accepts connections.
    pub fn start_again(&self) {
        let data = self.data().display().to_string();
        let log = self.dir.path().join("postgres.log").display().to_string();
        let options = format!("-p {} -k {} -c listen_addresses=127.0.0.1", self.port, self.dir.path().display());
        assert!(
            self.run("pg_ctl", &["-D", &data, "-l", &log, "-o", &options, "-w", "start"]),
            "pg_ctl start"
        );
    }

    /// Stops the cluster: `fast` closes every connection at once, as a crash or a failover does to clients.
    pub fn stop(&self) {
        let data = self.data().display().to_string();
        assert!(self.run("pg_ctl", &["-D", &data, "-m", "fast", "-w", "stop"]), "pg_ctl stop");
    }

    /// The URL of database `name` on this cluster.
    pub fn url(&self, name: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }

    /// The folder the cluster lives in.
    pub fn dir(&self) -> &Path {
        self.dir.path()
    }
}

impl Drop for PostgresCluster {
    fn drop(&mut self) {
        let data = self.data().display().to_string();
        self.run("pg_ctl", &["-D", &data, "-m", "immediate", "-w", "stop"]);
    }
}
