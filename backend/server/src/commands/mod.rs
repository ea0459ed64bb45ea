//! The `cowin` command line.

mod audit_log;
mod beneficiaries_import;
mod demo_seed;
mod demo_staff;
mod facilities_import;
mod keys_rotate;
mod licence_issue;
mod licence_keygen;
mod licence_revoke;
mod licence_verify;
mod migrate;
mod nha_user;
mod openapi;
mod serve;
mod staff_invite;
mod tenant_apply;
mod tenant_check;
mod tenant_export;
mod tenant_list;
mod tenant_move;
mod tenant_offboard;
mod tenant_restore;
mod tenant_secret;
mod tenant_status;

use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Parser, Subcommand};
use cowin_store::Databases;

pub use migrate::migrate;
pub use tenant_apply::apply_dirs;

use crate::Settings;

/// CoWIN Global: the multi-tenant vaccination platform NHA offers free to partner countries.
#[derive(Debug, Parser)]
#[command(name = "cowin", version)]
pub struct Cli {
    /// Configuration file (TOML); `COWIN_SECTION__KEY` environment variables override it.
    #[arg(long, global = true, env = "COWIN_CONFIG_FILE")]
    pub config: Option<PathBuf>,
    #[command(subcommand)]
    pub command: Command,
}

/// Top-level commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the HTTP API for every tenant.
    Serve,
    /// Migrate the platform schema, then every tenant schema in parallel.
    Migrate {
        /// Tenant schemas migrated at once (default from migrate.concurrency).
        #[arg(long)]
        concurrency: Option<usize>,
    },
    /// Manage tenants (countries).
    #[command(subcommand)]
    Tenant(TenantCommand),
    /// Demo data.
    #[command(subcommand)]
    Demo(DemoCommand),
    /// Staff of a tenant.
    #[command(subcommand)]
    Staff(StaffCommand),
    /// Facilities of a tenant.
    #[command(subcommand)]
    Facilities(FacilitiesCommand),
    /// A tenant's registry of people and their past doses.
    #[command(subcommand)]
    Beneficiaries(BeneficiariesCommand),
    /// NHA's licences (MoU: free, not for sale or repackaging).
    #[command(subcommand)]
    Licence(LicenceCommand),
    /// Countries' certificate signing keys.
    #[command(subcommand)]
    Keys(KeysCommand),
    /// NHA's administrators.
    #[command(subcommand)]
    Nha(NhaCommand),
    /// Read the append-only audit log, newest first.
    Audit(audit_log::AuditArgs),
    /// Print an OpenAPI document (for generating clients).
    Openapi {
        /// Which document.
        #[arg(value_enum, default_value = "tenant")]
        which: openapi::Which,
    },
}

/// `cowin beneficiaries ...`.
#[derive(Debug, Subcommand)]
pub enum BeneficiariesCommand {
    /// Import people and their past doses from another registry's CSV file: each line imported or refused with its
    /// reason, certificates issued for the past doses, nothing changed by running it again.
    Import(beneficiaries_import::ImportArgs),
}

/// `cowin nha ...`.
#[derive(Debug, Subcommand)]
pub enum NhaCommand {
    /// Add an administrator (password on standard input), or set a new password for one.
    AddUser(nha_user::AddUserArgs),
}

/// `cowin keys ...`.
#[derive(Debug, Subcommand)]
pub enum KeysCommand {
    /// Replace a country's document signer, SMART Health Card key and credential key; old certificates stay verifiable.
    Rotate {
        /// Country code, e.g. IN.
        #[arg(long)]
        tenant: String,
    },
}

/// `cowin licence ...`.
#[derive(Debug, Subcommand)]
pub enum LicenceCommand {
    /// Create an NHA licensing key pair (private key to a file, public key printed).
    Keygen {
        /// Where to write the private key (created, never overwritten).
        #[arg(long)]
        out: PathBuf,
    },
    /// Sign a country's licence with NHA's licensing key.
    Issue(licence_issue::IssueArgs),
    /// Check a licence against this deployment's trusted keys, deployment id and NHA's revocations.
    Verify {
        /// The licence file.
        file: PathBuf,
        /// Do not read revocations from the database.
        #[arg(long)]
        offline: bool,
    },
    /// Revoke a licence (signed with NHA's licensing key); servers block the tenant at their next reload.
    Revoke(licence_revoke::RevokeArgs),
}

/// `cowin facilities ...`.
#[derive(Debug, Subcommand)]
pub enum FacilitiesCommand {
    /// Import facilities from a CSV file; each row is imported or refused with its reason.
    Import(facilities_import::ImportArgs),
}

/// `cowin staff ...`.
#[derive(Debug, Subcommand)]
pub enum StaffCommand {
    /// Invite a staff member (NHA uses this for a tenant's first administrator) and print the invitation code.
    Invite(staff_invite::InviteArgs),
}

/// `cowin demo ...`.
#[derive(Debug, Subcommand)]
pub enum DemoCommand {
    /// Create sessions for the coming days at every facility of every tenant (existing ones are kept).
    Seed {
        /// Days from today, in each tenant's time zone.
        #[arg(long, default_value_t = 7)]
        days: u32,
    },
    /// Sign up a ministry administrator, a district administrator and a vaccinator in every tenant with one
    /// password (development installs only); prints tenant, role and e-mail of each.
    Staff {
        /// Their password (at least 12 characters).
        #[arg(long)]
        password: String,
    },
}

/// `cowin tenant ...`.
#[derive(Debug, Subcommand)]
pub enum TenantCommand {
    /// Validate tenant configuration folders without touching the database.
    Check {
        /// Folders such as tenant-config/IN.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
    },
    /// Create or update tenants from their configuration folders.
    Apply {
        /// Folders such as tenant-config/IN.
        #[arg(required = true)]
        dirs: Vec<PathBuf>,
    },
    /// List registered tenants with status, licence, usage over 30 days, hostnames and config version.
    List,
    /// Suspend a tenant: every request is refused with TENANT_SUSPENDED until resumed.
    Suspend {
        /// Country code, e.g. IN.
        code: String,
        /// Why, for the audit log.
        #[arg(long)]
        reason: String,
    },
    /// Resume a suspended tenant.
    Resume {
        /// Country code, e.g. IN.
        code: String,
    },
    /// Export a tenant's data (schema and objects) to a zip archive, then drop the tenant.
    Offboard(tenant_offboard::OffboardArgs),
    /// Export a tenant's data (schema, platform rows, sealed keys and secrets, objects) to a zip archive, dropping nothing.
    Export(tenant_export::ExportArgs),
    /// Bring a tenant back from an archive `tenant export` wrote, into a deployment that does not serve it.
    Restore(tenant_restore::RestoreArgs),
    /// Move a tenant's schema to another database cluster, with a write pause while it is copied and verified.
    Move(tenant_move::MoveArgs),
    /// A tenant's secrets: credentials of its own services, stored sealed.
    #[command(subcommand)]
    Secret(tenant_secret::SecretCommand),
}

/// Runs the parsed command.
pub async fn run(cli: Cli) -> ExitCode {
    let settings = match Settings::load(cli.config.as_deref()) {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("configuration error: {error}");
            return ExitCode::from(2);
        }
    };
    let result = match cli.command {
        Command::Serve => serve::serve(&settings).await,
        Command::Migrate { concurrency } => migrate::run(&settings, concurrency).await,
        Command::Tenant(TenantCommand::Check { dirs }) => tenant_check::run(&settings, &dirs),
        Command::Tenant(TenantCommand::Apply { dirs }) => tenant_apply::run(&settings, &dirs).await,
        Command::Tenant(TenantCommand::List) => tenant_list::run(&settings).await,
        Command::Tenant(TenantCommand::Suspend { code, reason }) => tenant_status::suspend(&settings, &code, &reason).await,
        Command::Tenant(TenantCommand::Resume { code }) => tenant_status::resume(&settings, &code).await,
        Command::Demo(DemoCommand::Seed { days }) => demo_seed::run(&settings, days).await,
        Command::Demo(DemoCommand::Staff { password }) => demo_staff::run(&settings, &password).await,
        Command::Staff(StaffCommand::Invite(args)) => staff_invite::run(&settings, args).await,
        Command::Facilities(FacilitiesCommand::Import(args)) => facilities_import::run(&settings, args).await,
        Command::Beneficiaries(BeneficiariesCommand::Import(args)) => beneficiaries_import::run(&settings, args).await,
        Command::Licence(LicenceCommand::Keygen { out }) => licence_keygen::run(&out),
        Command::Licence(LicenceCommand::Issue(args)) => licence_issue::run(args),
        Command::Licence(LicenceCommand::Verify { file, offline }) => licence_verify::run(&settings, &file, offline).await,
        Command::Licence(LicenceCommand::Revoke(args)) => licence_revoke::run(&settings, args).await,
        Command::Keys(KeysCommand::Rotate { tenant }) => keys_rotate::run(&settings, &tenant).await,
        Command::Nha(NhaCommand::AddUser(args)) => nha_user::run(&settings, args).await,
        Command::Audit(args) => audit_log::run(&settings, args).await,
        Command::Openapi { which } => openapi::run(which),
        Command::Tenant(TenantCommand::Offboard(args)) => tenant_offboard::run(&settings, args).await,
        Command::Tenant(TenantCommand::Export(args)) => tenant_export::run(&settings, args).await,
        Command::Tenant(TenantCommand::Restore(args)) => tenant_restore::run(&settings, args).await,
        Command::Tenant(TenantCommand::Move(args)) => tenant_move::run(&settings, args).await,
        Command::Tenant(TenantCommand::Secret(command)) => tenant_secret::run(&settings, command).await,
    };
    match result {
        Ok(code) => code,
        Err(error) => {
            eprintln!("error: {error:#}");
            ExitCode::FAILURE
        }
    }
}

/// Connects with the configured pool settings.
/// Connects to every cluster and reads where each tenant is, for commands that open tenants' transactions. The
/// platform schema must be migrated (`cowin migrate` connects without this, and places after migrating it).
async fn connect(settings: &Settings) -> anyhow::Result<Databases> {
    let db = settings.database.connect().await?;
    place(&db).await?;
    Ok(db)
}

/// Reads where each tenant is, as the platform has it now.
async fn place(db: &Databases) -> anyhow::Result<()> {
    db.place(&cowin_store::tenants::list(db).await?);
    Ok(())
}

/// Who is acting, for the audit log.
fn cli_actor() -> String {
    format!("cli:{}", std::env::var("USER").unwrap_or_else(|_| "unknown".into()))
}
