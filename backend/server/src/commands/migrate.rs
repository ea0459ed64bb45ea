//! `cowin migrate`: the platform schema, then every tenant with bounded parallelism.

use std::process::ExitCode;
use std::time::Instant;

use cowin_migrations::{MigrationReport, SchemaOutcome, migrate_all_tenants, migrate_cluster, migrate_platform};
use cowin_store::citizens::canonical_documents;
use cowin_store::{Databases, tenants};
use indicatif::{ProgressBar, ProgressStyle};

use crate::Settings;

fn describe(outcome: &SchemaOutcome) -> String {
    let who = outcome.tenant.map_or_else(|| "platform".to_owned(), |tenant| tenant.to_string());
    let millis = outcome.elapsed.as_millis();
    match (&outcome.error, outcome.applied.len()) {
        (Some(error), _) => format!("{who:<8} {:<10} FAILED after {millis} ms: {error}", outcome.schema),
        (None, 0) => format!("{who:<8} {:<10} up to date ({millis} ms)", outcome.schema),
        (None, count) => format!(
            "{who:<8} {:<10} applied {count}: {} ({millis} ms)",
            outcome.schema,
            outcome.applied.join(", ")
        ),
    }
}

/// Migrates platform, then every other cluster's spool, then tenants each on its cluster, printing one line per
/// schema; the report says which tenants failed.
pub async fn migrate(db: &Databases, concurrency: usize, show_progress: bool) -> anyhow::Result<MigrationReport> {
    let platform = migrate_platform(db).await?;
    println!("{}", describe(&platform));
    for (name, cluster) in db.others() {
        let outcome = migrate_cluster(cluster).await?;
        println!("{name}: {}", describe(&outcome));
    }
    let placed = tenants::list(db).await?;
    db.place(&placed);
    let mut codes = Vec::with_capacity(placed.len());
    for tenant in &placed {
        codes.push((tenant.code, db.for_tenant(tenant.code).await?.clone()));
    }
    let bar = if show_progress {
        ProgressBar::new(codes.len() as u64)
    } else {
        ProgressBar::hidden()
    };
    bar.set_style(ProgressStyle::with_template("{bar:40} {pos}/{len} tenants {elapsed}").unwrap_or_else(|_| ProgressStyle::default_bar()));
    let report = migrate_all_tenants(codes, concurrency, |outcome| {
        // `println` on a hidden bar (output not a terminal) prints nothing; `suspend` always prints.
        bar.suspend(|| println!("{}", describe(outcome)));
        bar.inc(1);
    })
    .await;
    bar.finish_and_clear();
    Ok(report)
}

/// Re-hashes identity documents registered before numbers were canonical (only the application holds the keys,
/// so this is not an SQL migration), printing a line for each tenant that had any.
async fn canonicalise_documents(settings: &Settings, db: &Databases) -> anyhow::Result<()> {
    let mut vault = None;
    for tenant in tenants::codes(db).await? {
        match canonical_documents::pending(db, tenant).await {
            Ok(0) => continue,
            Ok(_) => {}
            // A tenant whose migration failed above is reported there.
            Err(error) => {
                println!("{tenant:<8} identity documents: not checked ({error})");
                continue;
            }
        }
        let vault = match &vault {
            Some(vault) => vault,
            None => vault.insert(crate::application::vault(settings)?),
        };
        let report = canonical_documents::canonicalise(db, tenant, &vault.tenant(tenant)).await?;
        println!(
            "{tenant:<8} identity documents: {} made canonical, {} left as they were because another beneficiary holds \
             the same document (resolve them at the desk), {} unreadable with this master key",
            report.rewritten, report.duplicates, report.unreadable
        );
    }
    Ok(())
}

pub(super) async fn run(settings: &Settings, concurrency: Option<usize>) -> anyhow::Result<ExitCode> {
    let started = Instant::now();
    // Not `super::connect`: where tenants are is read once the platform schema is migrated (a new database has no
    // `platform.tenants`; an older release's has no placement column).
    let db = settings.database.connect().await?;
    let report = migrate(&db, concurrency.unwrap_or(settings.migrate.concurrency), true).await?;
    canonicalise_documents(settings, &db).await?;
    let failed = report.failed();
    println!(
        "{} tenants: {} migrations applied, {} failed, in {} ms",
        report.outcomes.len(),
        report.applied(),
        failed,
        started.elapsed().as_millis()
    );
    Ok(if failed == 0 { ExitCode::SUCCESS } else { ExitCode::FAILURE })
}
