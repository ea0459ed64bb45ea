//! `cowin`: serve, migrate and manage tenants.

use std::process::ExitCode;

use clap::Parser;
use cowin_server::commands::{Cli, run};

/// mimalloc rather than the system allocator: a request allocates and frees many small buffers across worker
/// threads, and glibc's malloc took about 6% of the server's CPU under the dose load.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

#[tokio::main]
async fn main() -> ExitCode {
    run(Cli::parse()).await
}
