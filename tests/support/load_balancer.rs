//! nginx (Debian's, installed by `scripts/ensure-bench-tools.sh`) as the load balancer in front of several `cowin
//! serve` processes: round robin, the client's address appended to `X-Forwarded-For`, and a request retried on the
//! next server only when it was never sent (nginx does not resend a POST once a server has taken it). A request lost
//! with its server gets the API's own 503 `SERVICE_UNAVAILABLE` in JSON, not nginx's HTML page.

use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::server_process::free_port;

/// A running nginx; stopped when dropped.
#[derive(Debug)]
pub struct LoadBalancer {
    child: Child,
    /// `http://127.0.0.1:<port>`.
    pub base: String,
}

impl LoadBalancer {
    /// Starts nginx in `dir` (its configuration, logs and temporary files) in front of the servers on `ports`.
    pub async fn start(dir: &Path, ports: &[u16]) -> Self {
        let port = free_port();
        let upstreams: String = ports
            .iter()
            .map(|port| format!("    server 127.0.0.1:{port} max_fails=0;\n"))
            .collect();
        let config = format!(
            "user root;\nworker_processes 1;\nerror_log {dir}/error.log warn;\npid {dir}/nginx.pid;\n\
             events {{ worker_connections 1024; }}\n\
             http {{\n  access_log off;\n  client_body_temp_path {dir}/body;\n  proxy_temp_path {dir}/proxy;\n\
               upstream cowin {{\n{upstreams}    keepalive 32;\n  }}\n\
               server {{\n    listen 127.0.0.1:{port};\n    location / {{\n      proxy_pass http://cowin;\n\
                 proxy_http_version 1.1;\n      proxy_set_header Connection \"\";\n      proxy_set_header Host $host;\n\
                 proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;\n\
                 proxy_next_upstream error timeout;\n      proxy_connect_timeout 1s;\n      error_page 502 503 504 = @unavailable;\n    }}\n\
                 location @unavailable {{\n      default_type application/json;\n      add_header Retry-After 1 always;\n\
                 return 503 '{{\"errorCode\":\"SERVICE_UNAVAILABLE\",\"error\":\"The service is unavailable; try again.\"}}';\n    }}\n  }}\n}}\n",
            dir = dir.display()
        );
        let path = dir.join("nginx.conf");
        std::fs::write(&path, config).expect("writes nginx.conf");
        let child = Command::new("nginx")
            .args([
                "-p",
                &dir.display().to_string(),
                "-c",
                &path.display().to_string(),
                "-g",
                "daemon off;",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .expect("nginx is installed (scripts/ensure-bench-tools.sh)");
        let balancer = Self {
            child,
            base: format!("http://127.0.0.1:{port}"),
        };
        let deadline = Instant::now() + Duration::from_secs(10);
        while reqwest::get(format!("{}/healthz", balancer.base)).await.is_err() {
            assert!(
                Instant::now() < deadline,
                "nginx answers: {}",
                std::fs::read_to_string(dir.join("error.log")).unwrap_or_default()
            );
            tokio::time::sleep(Duration::from_millis(50)).await;
        }
        balancer
    }
}

impl Drop for LoadBalancer {
    /// SIGTERM, nginx's fast shutdown: the master stops its workers (SIGKILL would leave them holding the port).
    fn drop(&mut self) {
        let _ = Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status();
        let _ = self.child.wait();
    }
}
