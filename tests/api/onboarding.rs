//! `tenant apply`: all or nothing, versioned, idempotent.

use cowin_core::{LocaleTag, TenantCode};
use cowin_store::apply::{ApplyError, apply};
use cowin_store::{TenantTxn, reference};
use cowin_tests::licences::test_licence;
use cowin_tests::{demo_config, fresh_database, onboard};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

async fn count(db: &sea_orm::DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, sql))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "n").unwrap()
}

#[tokio::test]
async fn a_new_tenant_gets_its_schema_its_data_a_config_version_and_an_audit_record() {
    let test = fresh_database().await;
    let outcome = onboard(&test.db, &demo_config("IN")).await;
    assert!(outcome.created && outcome.config_changed);
    assert_eq!(outcome.config_version, 1);
    assert_eq!(outcome.migrations_applied, cowin_tests::tenant_migrations());

    let txn = TenantTxn::begin(&test.db, TenantCode::parse("IN").unwrap()).await.unwrap();
    assert_eq!(reference::states(&txn).await.unwrap().len(), 4);
    txn.commit().await.unwrap();
    assert_eq!(count(&test.db, "SELECT count(*) AS n FROM tenant_in.vaccines").await, 3);
    assert_eq!(
        count(
            &test.db,
            "SELECT count(*) AS n FROM platform.audit_events WHERE action = 'tenant.create' AND tenant_code = 'IN'"
        )
        .await,
        1
    );

    let again = onboard(&test.db, &demo_config("IN")).await;
    assert!(!again.created && !again.config_changed);
    assert_eq!(again.config_version, 1);
    assert!(again.migrations_applied.is_empty());
    assert_eq!(
        count(&test.db, "SELECT count(*) AS n FROM platform.tenant_config_versions").await,
        1
    );
    assert_eq!(
        count(&test.db, "SELECT count(*) AS n FROM platform.audit_events").await,
        3,
        "tenant.create, licence.install and keys.generate, once each"
    );
}

#[tokio::test]
async fn a_changed_config_is_a_new_version_and_removed_rows_are_deactivated() {
    let test = fresh_database().await;
    let mut config = demo_config("IN");
    onboard(&test.db, &config).await;
    let karnataka = config.states.iter().position(|s| s.id == 16).unwrap();
    let removed = config.states[karnataka].districts.pop().unwrap();
    config.facilities.retain(|f| f.district_id != removed.id);

    let outcome = onboard(&test.db, &config).await;
    assert!(outcome.config_changed && !outcome.created);
    assert_eq!(outcome.config_version, 2);
    let txn = TenantTxn::begin(&test.db, config.code).await.unwrap();
    let districts = reference::districts(&txn, 16).await.unwrap();
    txn.commit().await.unwrap();
    assert!(
        districts.iter().all(|d| d.id != removed.id),
        "district {} is no longer listed",
        removed.id
    );
    let kept = count(
        &test.db,
        &format!(
            "SELECT count(*) AS n FROM tenant_in.districts WHERE id = {} AND NOT active",
            removed.id
        ),
    )
    .await;
    assert_eq!(kept, 1, "the row is kept, inactive, for the doses that refer to it");
}

#[tokio::test]
async fn a_hostname_held_by_another_tenant_is_refused_and_nothing_is_written() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let mut brazil = demo_config("BR");
    brazil.hostnames.push(cowin_core::Hostname::parse("in.cowin.localhost").unwrap());
    let error = apply(&test.db, &brazil, &test_licence(&brazil), &cowin_tests::test_vault(), "test")
        .await
        .unwrap_err();
    assert!(
        matches!(&error, ApplyError::HostnameTaken { owner, .. } if owner == "IN"),
        "{error}"
    );
    assert_eq!(
        count(&test.db, "SELECT count(*) AS n FROM platform.tenants WHERE code = 'BR'").await,
        0
    );
    assert_eq!(
        count(&test.db, "SELECT count(*) AS n FROM pg_namespace WHERE nspname = 'tenant_br'").await,
        0
    );
}

#[tokio::test]
async fn an_applied_rule_set_cannot_be_rewritten() {
    let test = fresh_database().await;
    let mut config = demo_config("IN");
    onboard(&test.db, &config).await;
    let first = &mut config.vaccines[0].rule_sets[0];
    first.min_age = first.min_age.saturating_add(1);
    let error = apply(&test.db, &config, &test_licence(&config), &cowin_tests::test_vault(), "test")
        .await
        .unwrap_err();
    assert!(matches!(error, ApplyError::RuleSetRewritten { version: 1, .. }), "{error}");
    assert_eq!(
        count(&test.db, "SELECT count(*) AS n FROM platform.tenant_config_versions").await,
        1,
        "the refused apply wrote nothing"
    );
}

#[tokio::test]
async fn the_audit_log_is_append_only() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("UZ")).await;
    for statement in [
        "UPDATE platform.audit_events SET actor = 'x'",
        "DELETE FROM platform.audit_events",
        "TRUNCATE platform.audit_events",
    ] {
        let result = test.db.execute_unprepared(statement).await;
        assert!(result.is_err(), "{statement} must be refused");
    }
    assert_eq!(count(&test.db, "SELECT count(*) AS n FROM platform.audit_events").await, 3);
}

#[tokio::test]
async fn names_are_stored_in_every_language_given() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("EG")).await;
    let txn = TenantTxn::begin(&test.db, TenantCode::parse("EG").unwrap()).await.unwrap();
    let states = reference::states(&txn).await.unwrap();
    txn.commit().await.unwrap();
    let cairo = states
        .iter()
        .find(|s| s.name.exact(&LocaleTag::english()) == Some("Cairo"))
        .expect("Cairo is a state");
    assert_eq!(cairo.name.exact(&LocaleTag::parse("ar").unwrap()), Some("القاهرة"));
}
