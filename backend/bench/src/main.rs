//! `cowin-bench`: benchmark programs. Each prints its numbers, compares them with a baseline measured in
//! the same run, and rewrites its own section of `BENCHMARKS.md`.

mod availability;
mod bench_database;
mod booking;
mod certificates;
mod doses;
mod import;
mod memory;
mod onboarding;
mod population;
mod portal;
mod processes;
mod registered_people;
mod report;
mod reports;
mod scale;
mod sign_in;
mod verification;
mod wrk;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

/// Benchmarks of CoWIN Global.
#[derive(Debug, Parser)]
#[command(name = "cowin-bench", version)]
struct Cli {
    /// PostgreSQL server to create the benchmark database on.
    #[arg(
        long,
        env = "BENCH_POSTGRES_ADMIN_URL",
        default_value = "postgres://postgres@127.0.0.1:5432/postgres"
    )]
    admin_url: String,
    /// Results file whose section this benchmark rewrites.
    #[arg(long, default_value = "BENCHMARKS.md")]
    results: PathBuf,
    #[command(subcommand)]
    benchmark: Benchmark,
}

#[derive(Debug, Subcommand)]
enum Benchmark {
    /// Onboard N tenants (schema, migrations, seed), then migrate all N when they are up to date.
    Onboarding {
        /// How many tenants to onboard.
        #[arg(long, default_value_t = 200)]
        tenants: usize,
        /// Tenant schemas migrated at once in the parallel run.
        #[arg(long, default_value_t = 8)]
        concurrency: usize,
    },
    /// Load the public calendarByDistrict search of the real server with wrk, beside nginx serving the same answer.
    Availability {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Seconds per measured run.
        #[arg(long, default_value_t = 15)]
        seconds: u32,
        /// Concurrent connections.
        #[arg(long, default_value_t = 64)]
        connections: u32,
    },
    /// Render certificate PDFs (bilingual against English alone), and download them over HTTP beside nginx.
    Certificates {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Seconds per measured run.
        #[arg(long, default_value_t = 15)]
        seconds: u32,
        /// Concurrent connections.
        #[arg(long, default_value_t = 64)]
        connections: u32,
        /// An S3-compatible store (`ENDPOINT ACCESS_KEY SECRET_KEY`, as `scripts/ensure-s3.sh` prints) to also
        /// measure presigned-URL downloads.
        #[arg(long)]
        s3: Option<String>,
    },
    /// The citizen portal's home and slot search pages under load, beside nginx serving the same bytes.
    Portal {
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        #[arg(long, default_value_t = 15)]
        seconds: u32,
        #[arg(long, default_value_t = 64)]
        connections: u32,
    },
    /// A year's dose report of a country of 730 districts with 21.6 million doses, beside the same country empty.
    Reports {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Sequential requests per measured row.
        #[arg(long, default_value_t = 200)]
        requests: usize,
    },
    /// Import a registry of people and past doses with `cowin beneficiaries import`, beside `COPY` of the same file.
    Import {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// People in the file (two doses, so two lines, each).
        #[arg(long, default_value_t = 100_000)]
        people: u64,
    },
    /// Resident memory of one server process serving N tenants, beside the same process serving one.
    Memory {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// How many tenants.
        #[arg(long, default_value_t = 200)]
        tenants: usize,
    },
    /// Verify each format's QR payload over HTTP, beside the bare verification loop on every core.
    Verification {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Seconds per measured run.
        #[arg(long, default_value_t = 10)]
        seconds: u32,
        /// Concurrent connections.
        #[arg(long, default_value_t = 64)]
        connections: u32,
    },
    /// 10,000 people at once for 100 places, then uncontended bookings over HTTP beside the same use case alone.
    Booking {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Seconds of each uncontended run.
        #[arg(long, default_value_t = 15)]
        seconds: u32,
        /// Concurrent connections of the uncontended run.
        #[arg(long, default_value_t = 64)]
        connections: u32,
    },
    /// New citizens signing in (generateOTP, confirmOTP) and registering (beneficiary/new) over HTTP, beside the same
    /// use cases alone.
    SignIn {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// New citizens in each of the two runs (over HTTP, and the baseline).
        #[arg(long, default_value_t = 20_000)]
        people: u64,
    },
    /// Record doses, sign in, and look people up on a tenant of ten million people (generated with `COPY`, kept
    /// between runs), beside the same workloads on an empty tenant.
    Scale {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Generated people in the large tenant (two to an account, two past doses each).
        #[arg(long, default_value_t = 10_000_000)]
        people: u64,
        /// Build the large tenant again even if a kept one holds enough people.
        #[arg(long)]
        rebuild: bool,
        /// Seconds of each measured run.
        #[arg(long, default_value_t = 15)]
        seconds: u32,
        /// Concurrent connections of the dose run.
        #[arg(long, default_value_t = 64)]
        connections: u32,
    },
    /// Record doses over HTTP across four tenants, beside PostgreSQL alone running the same statements.
    Doses {
        /// The `cowin` binary to run (a release build).
        #[arg(long, default_value = "target/release/cowin")]
        cowin: PathBuf,
        /// Seconds of load.
        #[arg(long, default_value_t = 60)]
        seconds: u32,
        /// Concurrent connections (vaccinators' devices).
        #[arg(long, default_value_t = 64)]
        connections: u32,
    },
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    let cli = Cli::parse();
    // Each benchmark measures and returns its section; writing it is the same for all.
    let (name, section) = match cli.benchmark {
        Benchmark::Onboarding { tenants, concurrency } => ("onboarding", onboarding::run(&cli.admin_url, tenants, concurrency).await?),
        Benchmark::Availability {
            cowin,
            seconds,
            connections,
        } => (
            "availability",
            availability::run(&cli.admin_url, &cowin, seconds, connections).await?,
        ),
        Benchmark::Doses {
            cowin,
            seconds,
            connections,
        } => ("doses", doses::run(&cli.admin_url, &cowin, seconds, connections).await?),
        Benchmark::Portal {
            cowin,
            seconds,
            connections,
        } => ("portal", portal::run(&cli.admin_url, &cowin, seconds, connections).await?),
        Benchmark::Memory { cowin, tenants } => ("memory", memory::run(&cli.admin_url, &cowin, tenants).await?),
        Benchmark::Verification {
            cowin,
            seconds,
            connections,
        } => (
            "verification",
            verification::run(&cli.admin_url, &cowin, seconds, connections).await?,
        ),
        Benchmark::Booking {
            cowin,
            seconds,
            connections,
        } => ("booking", booking::run(&cli.admin_url, &cowin, seconds, connections).await?),
        Benchmark::Scale {
            cowin,
            people,
            rebuild,
            seconds,
            connections,
        } => (
            "scale",
            scale::run(&cli.admin_url, &cowin, people, rebuild, seconds, connections).await?,
        ),
        Benchmark::SignIn { cowin, people } => ("sign-in", sign_in::run(&cli.admin_url, &cowin, people).await?),
        Benchmark::Import { cowin, people } => ("import", import::run(&cli.admin_url, &cowin, people).await?),
        Benchmark::Reports { cowin, requests } => ("reports", reports::run(&cli.admin_url, &cowin, requests).await?),
        Benchmark::Certificates {
            cowin,
            seconds,
            connections,
            s3,
        } => {
            let s3 = s3.and_then(|line| {
                let mut parts = line.split_whitespace().map(str::to_owned);
                Some((parts.next()?, parts.next()?, parts.next()?))
            });
            (
                "certificates",
                certificates::run(&cli.admin_url, &cowin, seconds, connections, s3).await?,
            )
        }
    };
    report::write_section(&cli.results, name, &section)?;
    println!("\nwrote section \"{name}\" of {}", cli.results.display());
    Ok(())
}
