//! Tenant changes reach every server at once: the platform's triggers NOTIFY, servers LISTEN and reload, with
//! their periodic reload turned off here so that nothing else could explain it.

use std::time::{Duration, Instant};

use cowin_core::{TenantCode, TenantStatus};
use cowin_server::Settings;
use cowin_tests::{TestApp, demo_config, fresh_database, onboard, spawn_app};

fn without_polling(settings: &mut Settings) {
    settings.tenants.refresh_interval_ms = 3_600_000;
    settings.tenants.miss_refresh_interval_ms = 3_600_000;
    settings.rate_limits.public_calls = 100_000;
}

/// Waits (at most two seconds) until `app` answers India's states with `status`; returns how long it took.
async fn until_status(app: &TestApp, status: u16) -> Duration {
    let started = Instant::now();
    loop {
        let answer = app
            .client
            .get(format!("{}/t/in/api/v2/admin/location/states", app.address))
            .send()
            .await
            .unwrap()
            .status()
            .as_u16();
        if answer == status {
            return started.elapsed();
        }
        assert!(
            started.elapsed() < Duration::from_secs(2),
            "still {answer}, not {status}, after two seconds"
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
}

#[tokio::test]
async fn a_suspension_and_a_resumption_reach_every_server_at_once_without_polling() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let servers = [spawn_app(&test, without_polling).await, spawn_app(&test, without_polling).await];
    for server in &servers {
        until_status(server, 200).await;
    }
    // Both servers are listening well before this; what follows can reach them only by NOTIFY.
    tokio::time::sleep(Duration::from_millis(500)).await;
    let india = TenantCode::parse("IN").unwrap();
    cowin_store::tenants::set_status(&test.db, india, TenantStatus::Suspended, Some("a test"), "test")
        .await
        .unwrap();
    for server in &servers {
        let took = until_status(server, 403).await;
        assert!(took < Duration::from_secs(1), "suspended after {took:?}");
    }
    cowin_store::tenants::set_status(&test.db, india, TenantStatus::Active, None, "test")
        .await
        .unwrap();
    for server in &servers {
        until_status(server, 200).await;
    }
}
