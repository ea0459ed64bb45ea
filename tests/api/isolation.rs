//! Tenants never see each other's rows, and a pooled connection carries nothing from one tenant to the next.

use cowin_core::TenantCode;
use cowin_store::{TenantTxn, reference};
use cowin_tests::{connect, fixture_config, fresh_database, onboard, spawn_app};
use sea_orm::{ConnectionTrait, DbBackend, Statement};

/// LK and NP both have state 1, district 1 and facility 1, with different names.
async fn two_colliding_tenants() -> cowin_tests::TestDb {
    let test = fresh_database().await;
    onboard(&test.db, &fixture_config("LK")).await;
    onboard(&test.db, &fixture_config("NP")).await;
    test
}

#[tokio::test]
async fn tenants_with_the_same_ids_see_only_their_own_rows() {
    let test = two_colliding_tenants().await;
    let app = spawn_app(&test, |_| {}).await;
    for (prefix, host, state, district) in [
        ("/t/lk", "lk.test.localhost", "Western Province", "Colombo"),
        ("/t/np", "np.test.localhost", "Bagmati Province", "Kathmandu"),
    ] {
        let by_path = app
            .get_json(&format!("{prefix}/api/v2/admin/location/states"), None, None, 200)
            .await;
        let by_host = app.get_json("/api/v2/admin/location/states", Some(host), None, 200).await;
        for body in [by_path, by_host] {
            let states = body["states"].as_array().unwrap();
            assert_eq!(states.len(), 1, "{prefix}: {body}");
            assert_eq!(states[0]["state_id"], 1);
            assert_eq!(states[0]["state_name"], state);
        }
        let districts = app
            .get_json(&format!("{prefix}/api/v2/admin/location/districts/1"), None, None, 200)
            .await;
        assert_eq!(districts["districts"].as_array().unwrap().len(), 1);
        assert_eq!(districts["districts"][0]["district_name"], district);
    }
}

#[tokio::test]
async fn one_pooled_connection_alternating_between_tenants_never_mixes_them() {
    let test = two_colliding_tenants().await;
    // One connection in the pool: every request reuses the connection the previous tenant used.
    let app = spawn_app(&test, |settings| settings.database.max_connections = 1).await;
    for round in 0..10 {
        for (prefix, expected) in [("/t/lk", "Western Province"), ("/t/np", "Bagmati Province")] {
            let body = app
                .get_json(&format!("{prefix}/api/v2/admin/location/states"), None, None, 200)
                .await;
            assert_eq!(body["states"][0]["state_name"], expected, "round {round}, {prefix}");
            assert_eq!(body["states"].as_array().unwrap().len(), 1);
        }
    }
}

async fn search_path(db: &sea_orm::DatabaseConnection) -> String {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, "SHOW search_path"))
        .await
        .unwrap()
        .unwrap();
    row.try_get("", "search_path").unwrap()
}

#[tokio::test]
async fn the_search_path_ends_with_the_tenant_transaction() {
    let test = two_colliding_tenants().await;
    let single = cowin_store::Databases::single(connect(&test.url, 1).await);
    let default_path = search_path(&single).await;
    assert!(!default_path.contains("tenant_"), "{default_path}");

    let lanka = TenantTxn::begin(&single, TenantCode::parse("LK").unwrap()).await.unwrap();
    assert_eq!(
        reference::states(&lanka).await.unwrap()[0]
            .name
            .exact(&cowin_core::LocaleTag::english()),
        Some("Western Province")
    );
    lanka.commit().await.unwrap();
    assert_eq!(search_path(&single).await, default_path, "after commit");

    let nepal = TenantTxn::begin(&single, TenantCode::parse("NP").unwrap()).await.unwrap();
    assert_eq!(
        reference::states(&nepal).await.unwrap()[0]
            .name
            .exact(&cowin_core::LocaleTag::english()),
        Some("Bagmati Province")
    );
    drop(nepal); // rolled back, not committed
    assert_eq!(search_path(&single).await, default_path, "after rollback");

    // Outside a tenant transaction, tenant tables are not reachable by unqualified name at all.
    let outside = single.execute_unprepared("SELECT count(*) FROM states").await;
    assert!(outside.is_err(), "an unscoped query must not find any tenant's table");
}
