//! Tenants placed on database clusters: Brazil moves from the platform's cluster to a second PostgreSQL cluster (started
//! by the test with initdb and pg_ctl) while 16 clients record doses through the real binary, and back again with no
//! load. No acknowledged dose is lost, the clients see at most their in-flight requests fail (503, retried with their
//! idempotency keys), the server serves Brazil from the new cluster without a restart, usage counts and audit entries
//! written on the second cluster reach the platform's, and a round trip leaves every row as it was.

use std::collections::BTreeMap;
use std::process::Output;
use std::sync::Mutex;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use chrono::Utc;
use cowin_core::{StaffRole, TenantCode};
use cowin_store::platform::usage;
use cowin_store::{DatabaseConnection, Databases};
use cowin_tests::dose_load::{CLIENTS, Seen, families, record};
use cowin_tests::platform::nha_admin;
use cowin_tests::postgres_cluster::PostgresCluster;
use cowin_tests::server_process::{ServerProcess, cowin_binary};
use cowin_tests::sms::SmsGateway;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, connect, demo_config, fresh_database, onboard};
use sea_orm::{ConnectionTrait, DbBackend, Statement};
use serde_json::json;

/// People who may be vaccinated while Brazil moves (the clients stop 20 doses after the move returns), and after it
/// has moved back.
const MOVING_ROUND: usize = 400;
const AFTER_ROUND: usize = 5;

/// Runs the `cowin` binary with the server's settings.
async fn cowin(env: &[(String, String)], args: &[&str]) -> Output {
    let mut command = tokio::process::Command::new(cowin_binary());
    command.args(args).envs(env.iter().map(|(name, value)| (name, value)));
    command.output().await.expect("cowin runs")
}

fn text(output: &Output) -> String {
    format!(
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    )
}

async fn scalar(db: &DatabaseConnection, sql: &str) -> i64 {
    let row = db
        .query_one_raw(Statement::from_string(DbBackend::Postgres, sql.to_owned()))
        .await
        .unwrap()
        .unwrap();
    row.try_get_by_index::<i64>(0).unwrap()
}

async fn has_schema(db: &DatabaseConnection, schema: &str) -> bool {
    scalar(db, &format!("SELECT count(*) FROM pg_namespace WHERE nspname = '{schema}'")).await == 1
}

/// Every table of Brazil's schema on `db`, each as its row count and an order-independent md5 of its rows.
async fn fingerprints(db: &DatabaseConnection) -> BTreeMap<String, String> {
    let rows = db
        .query_all_raw(Statement::from_string(
            DbBackend::Postgres,
            "SELECT table_name::text AS name FROM information_schema.tables WHERE table_schema = 'tenant_br' AND table_type = 'BASE TABLE'"
                .to_owned(),
        ))
        .await
        .unwrap();
    let mut fingerprints = BTreeMap::new();
    for row in rows {
        let table: String = row.try_get("", "name").unwrap();
        let sql = format!(
            "SELECT count(*)::text || ':' || md5(coalesce(string_agg(r::text, E'\\n' ORDER BY r::text), '')) AS f \
             FROM (SELECT to_jsonb(t) AS r FROM tenant_br.\"{table}\" t) rows"
        );
        let row = db
            .query_one_raw(Statement::from_string(DbBackend::Postgres, sql))
            .await
            .unwrap()
            .unwrap();
        fingerprints.insert(table, row.try_get::<String>("", "f").unwrap());
    }
    fingerprints
}

/// Today's usage of Brazil, summed over both clusters.
async fn doses_counted(databases: &Databases) -> i64 {
    let today = Utc::now().date_naive();
    let days = usage::daily(databases, Some(TenantCode::parse("BR").unwrap()), today)
        .await
        .unwrap();
    usage::total(&days).doses
}

/// Each client's pause between two doses, so that the load, not the number of people, outlasts the move.
const PACE: Duration = Duration::from_millis(100);

/// Records dose 1 for people of `pool` with `CLIENTS` clients while `fault` runs, until 20 doses are acknowledged
/// after it returned; returns what was seen of each dose, the fault's output and the doses acknowledged when it
/// returned.
async fn paced_load<T>(
    app: &TestApp,
    vaccinator: &str,
    pool: &[String],
    fault: impl std::future::Future<Output = T>,
) -> (Vec<(String, Seen)>, T, usize) {
    let next = AtomicUsize::new(0);
    let acknowledged = AtomicUsize::new(0);
    let stop_at = AtomicUsize::new(usize::MAX);
    let slowest = AtomicUsize::new(0);
    let seen = Mutex::new(Vec::new());
    let client = || async {
        while acknowledged.load(Ordering::SeqCst) < stop_at.load(Ordering::SeqCst) {
            let Some(reference) = pool.get(next.fetch_add(1, Ordering::SeqCst)) else {
                return;
            };
            let sent = Instant::now();
            let result = record(app, vaccinator, reference).await;
            slowest.fetch_max(sent.elapsed().as_millis() as usize, Ordering::SeqCst);
            if matches!(result, Seen::Acknowledged(_)) {
                acknowledged.fetch_add(1, Ordering::SeqCst);
            }
            seen.lock().unwrap().push((reference.clone(), result));
            tokio::time::sleep(PACE).await;
        }
    };
    let clients = futures::future::join_all((0..CLIENTS).map(|_| client()));
    let fault = async {
        while acknowledged.load(Ordering::SeqCst) < 10 {
            tokio::time::sleep(Duration::from_millis(5)).await;
        }
        let output = fault.await;
        let at_switch = acknowledged.load(Ordering::SeqCst);
        stop_at.store(at_switch + 20, Ordering::SeqCst);
        (output, at_switch)
    };
    let (_, (output, at_switch)) = tokio::join!(clients, fault);
    println!("the slowest dose request took {} ms", slowest.load(Ordering::SeqCst));
    (seen.into_inner().unwrap(), output, at_switch)
}

#[tokio::test]
async fn a_tenant_moves_to_another_cluster_under_dose_load_and_back() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    let second = PostgresCluster::start();
    let admin = connect(&second.url("postgres"), 1).await;
    admin.execute_unprepared("CREATE DATABASE cowin_eu").await.unwrap();
    admin.close().await.unwrap();
    let eu = connect(&second.url("cowin_eu"), 4).await;
    let main = test.db.main().clone();
    let databases = Databases::new(main.clone(), BTreeMap::from([("eu".to_owned(), eu.clone())]));

    let sms = SmsGateway::start().await;
    let objects = tempfile::tempdir().unwrap();
    let settings = [
        ("COWIN_DATABASE__CLUSTERS__EU__URL", second.url("cowin_eu")),
        ("COWIN_RATE_LIMITS__PUBLIC_CALLS", "1000000".to_owned()),
        ("COWIN_RATE_LIMITS__OTP_PER_IP", "1000".to_owned()),
        ("COWIN_TENANTS__REFRESH_INTERVAL_MS", "600000".to_owned()),
    ];
    let env = ServerProcess::environment(&test.url, &sms, &objects.path().join("objects"), &settings);
    // `cowin migrate` gives the second cluster its spool; until then readiness says it is behind.
    let migrated = cowin(&env, &["migrate"]).await;
    assert!(migrated.status.success(), "{}", text(&migrated));
    assert!(text(&migrated).contains("eu: platform"), "{}", text(&migrated));
    let mut server = ServerProcess::start(env.clone(), &objects.path().join("server.log")).await;
    let app = server.client(sms);
    let ready = app.client.get(format!("{}/readyz", app.address)).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 200, "{}", ready.text().await.unwrap());
    let families = families(&app, MOVING_ROUND + AFTER_ROUND).await;
    let references: Vec<String> = families.iter().flat_map(|family| family.members.clone()).collect();
    let (_, vaccinator, _) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;

    // 1. An unknown cluster is refused, and nothing moves.
    let refused = cowin(&env, &["tenant", "move", "BR", "--to", "nowhere"]).await;
    assert!(!refused.status.success());
    assert!(
        text(&refused).contains("cluster nowhere is not named in database.clusters"),
        "{}",
        text(&refused)
    );

    // 2. The move, while 16 clients record doses, who go on until 20 more are acknowledged after it returns.
    let pool = &references[..MOVING_ROUND];
    let move_and_count = async {
        let started = Instant::now();
        let moved = cowin(&env, &["tenant", "move", "BR", "--to", "eu"]).await;
        println!("the move took {} ms", started.elapsed().as_millis());
        moved
    };
    let (seen, moved, acknowledged_at_switch) = paced_load(&app, &vaccinator, pool, move_and_count).await;
    println!(
        "{} doses recorded, {acknowledged_at_switch} acknowledged when the move returned",
        seen.len()
    );
    assert!(seen.len() < MOVING_ROUND, "the clients stopped before running out of people");
    let said = text(&moved);
    assert!(moved.status.success(), "{said}");
    assert!(said.contains("BR: moved from main to eu"), "{said}");
    let pause_ms: u64 = said
        .split("requests paused ")
        .nth(1)
        .and_then(|rest| rest.split(' ').next())
        .and_then(|ms| ms.parse().ok())
        .expect("the move says how long requests paused");
    println!("pause: {pause_ms} ms; {said}");
    assert!(pause_ms < 10_000, "a pause of seconds: {pause_ms} ms");

    // At most the requests in flight failed, each with a 503 its client may retry; the retries land on the new cluster.
    let failed: Vec<&(String, Seen)> = seen.iter().filter(|(_, seen)| !matches!(seen, Seen::Acknowledged(_))).collect();
    assert!(failed.len() <= CLIENTS, "{} of {} failed: {failed:?}", failed.len(), seen.len());
    for (_, seen) in &failed {
        assert!(
            matches!(seen, Seen::Refused(503, _)),
            "a failure during the move is a 503: {seen:?}"
        );
    }
    let mut acknowledged = BTreeMap::new();
    for (reference, seen) in &seen {
        let dose = match seen {
            Seen::Acknowledged(dose) => dose.clone(),
            _ => match record(&app, &vaccinator, reference).await {
                Seen::Acknowledged(dose) => dose,
                other => panic!("retrying {reference} after the move: {other:?}"),
            },
        };
        acknowledged.insert(reference.clone(), dose);
    }
    println!(
        "{} of {} requests failed during the move and were retried",
        failed.len(),
        seen.len()
    );
    let recorded = seen.len() as i64;

    // Every acknowledged dose is on the second cluster, once; the first has no Brazil left.
    assert!(!has_schema(&main, "tenant_br").await, "the source schema is dropped");
    assert_eq!(scalar(&eu, "SELECT count(*) FROM tenant_br.doses").await, recorded);
    let ids: Vec<String> = acknowledged.values().map(|dose| format!("'{dose}'")).collect();
    let found = scalar(
        &eu,
        &format!("SELECT count(*) FROM tenant_br.doses WHERE id::text IN ({})", ids.join(",")),
    )
    .await;
    assert_eq!(found, recorded, "every acknowledged dose is stored");
    assert_eq!(doses_counted(&databases).await, recorded, "usage counts every dose once");
    let placed = scalar(&main, "SELECT count(*) FROM platform.tenants WHERE code = 'BR' AND cluster = 'eu'").await;
    assert_eq!(placed, 1);
    let listed = text(&cowin(&env, &["tenant", "list"]).await);
    let line = listed.lines().find(|line| line.starts_with("BR ")).unwrap_or_default();
    assert!(line.split_whitespace().any(|word| word == "eu"), "{listed}");
    // Readiness counts the second cluster's schemas, Brazil's among them; the pool of each cluster is measured.
    let ready = app.client.get(format!("{}/readyz", app.address)).send().await.unwrap();
    assert_eq!(ready.status().as_u16(), 200, "{}", ready.text().await.unwrap());

    // 3. On the second cluster: an archive is refused, a staff action's audit entry reaches the platform's log.
    let export = cowin(
        &env,
        &[
            "tenant",
            "export",
            "BR",
            "--archive",
            &objects.path().join("br.zip").display().to_string(),
        ],
    )
    .await;
    assert!(!export.status.success());
    assert!(text(&export).contains("is on database cluster eu"), "{}", text(&export));
    let nha = nha_admin(&app, &main).await;
    let (status, body) = app
        .post_json("/platform/api/tenants/BR/offboard", Some(&nha), &json!({ "confirm": "BR" }))
        .await;
    assert_eq!(
        (status, body["errorCode"].as_str()),
        (409, Some("TENANT_ON_OTHER_CLUSTER")),
        "{body}"
    );
    assert!(body["error"].as_str().is_some_and(|error| error.contains("eu")), "{body}");
    let (status, listed) = app.get_with_token("/platform/api/tenants", &nha).await;
    assert_eq!(status, 200, "{listed}");
    assert_eq!(listed["tenants"][0]["cluster"], "eu", "NHA's list shows where Brazil is: {listed}");
    let before = scalar(&main, "SELECT count(*) FROM platform.audit_events WHERE relayed_from LIKE 'eu:%'").await;
    // The test's own invitation goes where the servers send Brazil's transactions now.
    databases.place(&cowin_store::tenants::list(&databases).await.unwrap());
    staff_member(&app, &databases, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;
    let relayed_by = Instant::now() + Duration::from_secs(20);
    loop {
        let relayed = scalar(&main, "SELECT count(*) FROM platform.audit_events WHERE relayed_from LIKE 'eu:%'").await;
        if relayed > before && scalar(&eu, "SELECT count(*) FROM platform.audit_events").await == 0 {
            break;
        }
        assert!(
            Instant::now() < relayed_by,
            "the audit entry written on eu is relayed to the platform's log"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    // Applying Brazil's configuration again migrates and seeds its schema where it is, and leaves none on main.
    let applied = onboard(&databases, &demo_config("BR")).await;
    assert!(!applied.created);
    assert!(!has_schema(&main, "tenant_br").await, "an apply reaches the tenant's own cluster");
    assert_eq!(scalar(&eu, "SELECT count(*) FROM tenant_br.vaccines").await, 4);
    let logged = scalar(
        &main,
        "SELECT count(*) FROM platform.audit_events WHERE action = 'tenant.move' AND tenant_code = 'BR'",
    )
    .await;
    assert_eq!(logged, 1);

    // 4. Back to the platform's cluster with no load: every row as it was on the second. The server's outbox worker
    // finishes the certificates' follow-ups first, so that nothing changes rows between the two fingerprints.
    let drained_by = Instant::now() + Duration::from_secs(30);
    while scalar(&eu, "SELECT count(*) FROM tenant_br.outbox WHERE done_at IS NULL").await > 0 {
        assert!(Instant::now() < drained_by, "the outbox drains");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let on_eu = fingerprints(&eu).await;
    assert!(on_eu.len() > 20, "{on_eu:?}");
    let back = cowin(&env, &["tenant", "move", "BR", "--to", "main"]).await;
    assert!(back.status.success(), "{}", text(&back));
    assert_eq!(fingerprints(&main).await, on_eu, "a round trip changes no row");
    assert!(!has_schema(&eu, "tenant_br").await);
    assert_eq!(doses_counted(&databases).await, recorded);
    let again = cowin(&env, &["tenant", "move", "BR", "--to", "main"]).await;
    assert!(text(&again).contains("already on cluster main"), "{}", text(&again));

    // 5. The second cluster goes down: a server still starts, is ready, and says which cluster it cannot reach.
    second.stop();
    server.kill();
    server.restart().await;
    let ready = app.client.get(format!("{}/readyz", app.address)).send().await.unwrap();
    let status = ready.status().as_u16();
    let body: serde_json::Value = ready.json().await.unwrap();
    assert_eq!((status, &body["unreachable_clusters"]), (200, &json!(["eu"])), "{body}");

    // The server follows the move back: new doses land on the platform's cluster.
    let served_by = Instant::now() + Duration::from_secs(10);
    for reference in &references[MOVING_ROUND..] {
        loop {
            match record(&app, &vaccinator, reference).await {
                Seen::Acknowledged(_) => break,
                Seen::Refused(503, _) if Instant::now() < served_by => tokio::time::sleep(Duration::from_millis(100)).await,
                other => panic!("after moving back {reference}: {other:?}"),
            }
        }
    }
    assert_eq!(
        scalar(&main, "SELECT count(*) FROM tenant_br.doses").await,
        recorded + AFTER_ROUND as i64
    );
    // The usage counters moved back with the country: main alone counts every dose.
    assert_eq!(doses_counted(&Databases::single(main.clone())).await, recorded + AFTER_ROUND as i64);
}
