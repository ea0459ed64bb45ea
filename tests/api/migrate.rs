//! `cowin migrate`: per-schema bookkeeping, idempotence, isolation of failures, locking, up/down/up.

use cowin_core::TenantCode;
use cowin_migrations::{TenantMigrator, migrate_all_tenants, runner::set_local_search_path};
use cowin_server::commands::migrate;
use cowin_tests::{demo_config, fresh_database, onboard};
use sea_orm::{ConnectionTrait, DbBackend, Statement, TransactionTrait};
use sea_orm_migration::MigratorTrait;

fn codes(list: &[&str]) -> Vec<TenantCode> {
    list.iter().map(|code| TenantCode::parse(code).unwrap()).collect()
}

/// The tenants of `list`, each on the test database's one cluster.
fn on_main(test: &cowin_tests::TestDb, list: &[&str]) -> Vec<(TenantCode, cowin_store::DatabaseConnection)> {
    codes(list).into_iter().map(|code| (code, test.db.main().clone())).collect()
}

#[tokio::test]
async fn a_second_run_applies_nothing() {
    let test = fresh_database().await;
    for code in ["IN", "BR", "EG"] {
        onboard(&test.db, &demo_config(code)).await;
    }
    test.db.execute_unprepared("DROP SCHEMA tenant_br CASCADE").await.unwrap();

    let first = migrate(&test.db, 4, false).await.unwrap();
    assert_eq!(first.outcomes.len(), 3);
    assert_eq!(first.failed(), 0);
    let brazil = first.outcomes.iter().find(|o| o.schema.as_str() == "tenant_br").unwrap();
    assert_eq!(brazil.applied, cowin_tests::tenant_migrations());
    assert_eq!(first.applied(), cowin_tests::tenant_migrations().len());

    let second = migrate(&test.db, 4, false).await.unwrap();
    assert_eq!((second.applied(), second.failed()), (0, 0));
}

#[tokio::test]
async fn a_failing_tenant_does_not_stop_the_others() {
    let test = fresh_database().await;
    for code in ["IN", "BR", "EG"] {
        onboard(&test.db, &demo_config(code)).await;
    }
    // BR forgets its bookkeeping, so its first migration runs again and collides with its own tables.
    test.db.execute_unprepared("DELETE FROM tenant_br.seaql_migrations").await.unwrap();
    test.db.execute_unprepared("DROP SCHEMA tenant_eg CASCADE").await.unwrap();

    let report = migrate_all_tenants(on_main(&test, &["BR", "EG", "IN"]), 1, |_| {}).await;
    assert_eq!(report.failed(), 1);
    let failed = report.outcomes.iter().find(|o| o.error.is_some()).unwrap();
    assert_eq!(failed.schema.as_str(), "tenant_br");
    assert!(
        failed.error.as_ref().unwrap().to_string().contains("already exists"),
        "{:?}",
        failed.error
    );
    let egypt = report.outcomes.iter().find(|o| o.schema.as_str() == "tenant_eg").unwrap();
    assert_eq!(
        egypt.applied,
        cowin_tests::tenant_migrations(),
        "EG is migrated although BR, before it, failed"
    );
    // The failed tenant was rolled back: its bookkeeping is still empty, its data intact.
    let row = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT count(*) AS n FROM tenant_br.states",
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(row.try_get::<i64>("", "n").unwrap(), 4);
}

#[tokio::test]
async fn concurrent_runs_migrate_each_schema_once() {
    let test = fresh_database().await;
    for code in ["IN", "UZ"] {
        onboard(&test.db, &demo_config(code)).await;
    }
    test.db
        .execute_unprepared("DROP SCHEMA tenant_in CASCADE; DROP SCHEMA tenant_uz CASCADE")
        .await
        .unwrap();
    let (a, b) = tokio::join!(
        migrate_all_tenants(on_main(&test, &["IN", "UZ"]), 2, |_| {}),
        migrate_all_tenants(on_main(&test, &["UZ", "IN"]), 2, |_| {}),
    );
    assert_eq!((a.failed(), b.failed()), (0, 0), "{a:?} {b:?}");
    assert_eq!(
        a.applied() + b.applied(),
        2 * cowin_tests::tenant_migrations().len(),
        "each schema is migrated by exactly one run"
    );
}

#[tokio::test]
async fn tenant_migrations_go_up_down_and_up_again() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let schema = TenantCode::parse("IN").unwrap().schema();
    test.db
        .execute_unprepared(
            "TRUNCATE tenant_in.facilities, tenant_in.districts, tenant_in.states, tenant_in.vaccine_rule_sets, tenant_in.vaccines CASCADE",
        )
        .await
        .unwrap();
    let txn = test.db.begin().await.unwrap();
    set_local_search_path(&txn, &schema).await.unwrap();
    TenantMigrator::down(&txn, None).await.unwrap();
    assert_eq!(
        TenantMigrator::get_pending_migrations(&txn).await.unwrap().len(),
        cowin_tests::tenant_migrations().len()
    );
    TenantMigrator::up(&txn, None).await.unwrap();
    assert_eq!(TenantMigrator::get_pending_migrations(&txn).await.unwrap().len(), 0);
    txn.commit().await.unwrap();
}

#[tokio::test]
async fn every_foreign_key_has_an_index() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let unindexed = test
        .db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT c.conrelid::regclass::text AS relation, c.conname AS name FROM pg_constraint c \
             JOIN pg_namespace n ON n.oid = c.connamespace \
             WHERE c.contype = 'f' AND n.nspname IN ('platform', 'tenant_in') AND NOT EXISTS ( \
               SELECT 1 FROM pg_index i WHERE i.indrelid = c.conrelid \
               AND (string_to_array(i.indkey::text, ' ')::int2[])[1:array_length(c.conkey, 1)] = c.conkey)",
        ))
        .await
        .unwrap();
    let names: Vec<String> = unindexed.iter().map(|row| row.try_get::<String>("", "name").unwrap()).collect();
    assert!(names.is_empty(), "foreign keys without an index: {names:?}");
}

/// Runs `cowin migrate` on the database at `url`; its exit status and output.
async fn cli_migrate(url: &str) -> (bool, String) {
    let output = tokio::process::Command::new(cowin_tests::server_process::cowin_binary())
        .arg("migrate")
        .env("COWIN_DATABASE__URL", url)
        .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
        .output()
        .await
        .unwrap();
    let text = format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    (output.status.success(), text)
}

#[tokio::test]
async fn the_binary_migrates_a_new_database_and_one_a_release_behind() {
    // A new database: nothing of the platform yet.
    let admin_url = cowin_tests::admin_url();
    let name = format!("cowin_test_{}", uuid::Uuid::new_v4().simple());
    let admin = sea_orm::Database::connect(&admin_url).await.unwrap();
    admin.execute_unprepared(&format!("CREATE DATABASE {name}")).await.unwrap();
    admin.close().await.unwrap();
    let server = admin_url
        .rsplit_once('/')
        .map_or(admin_url.as_str(), |(server, _)| server)
        .to_owned();
    let (migrated, said) = cli_migrate(&format!("{server}/{name}")).await;
    assert!(migrated, "{said}");
    assert!(said.contains("m0007_clusters"), "{said}");

    // A deployment of the release before the clusters' migration, with a country: its platform lacks the placement.
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let txn = test.db.begin().await.unwrap();
    set_local_search_path(&txn, &cowin_core::SchemaName::platform()).await.unwrap();
    cowin_migrations::PlatformMigrator::down(&txn, Some(1)).await.unwrap();
    txn.commit().await.unwrap();
    let (migrated, said) = cli_migrate(&test.url).await;
    assert!(migrated, "{said}");
    assert!(said.contains("m0007_clusters"), "{said}");
    let placed = test
        .db
        .query_one_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT cluster FROM platform.tenants WHERE code = 'IN'".to_owned(),
        ))
        .await
        .unwrap()
        .unwrap();
    assert_eq!(placed.try_get::<String>("", "cluster").unwrap(), "main");
}
