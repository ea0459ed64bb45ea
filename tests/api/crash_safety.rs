//! The platform's promises under faults, with the real binary and a PostgreSQL cluster of the test's own: a server
//! killed with SIGKILL while doses are recorded at full speed loses no acknowledged dose or certificate and records
//! none twice, and the e-mails and PDFs queued before the crash are delivered after the restart; PostgreSQL
//! restarted under load makes the server answer 503 with an error code, `/readyz` says so throughout, and the server
//! recovers by itself.

use std::collections::{BTreeMap, HashMap};
use std::time::{Duration, Instant};

use cowin_core::StaffRole;
use cowin_tests::dose_load::{CLIENTS, Seen, families, load_with_fault, record};
use cowin_tests::mailbox::messages_to;
use cowin_tests::postgres_cluster::PostgresCluster;
use cowin_tests::server_process::ServerProcess;
use cowin_tests::sms::SmsGateway;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, demo_config, fresh_database_at, onboard, reliability};
use serde_json::Value;

/// Beneficiaries vaccinated while the server is killed, and while PostgreSQL restarts.
const KILL_ROUND: usize = 60;
const RESTART_ROUND: usize = 40;

async fn readiness(app: &TestApp) -> u16 {
    app.client
        .get(format!("{}/readyz", app.address))
        .timeout(Duration::from_secs(10))
        .send()
        .await
        .map_or(0, |response| response.status().as_u16())
}

#[tokio::test]
async fn acknowledged_doses_survive_a_killed_server_and_a_restarted_database() {
    let cluster = PostgresCluster::start();
    let test = fresh_database_at(&cluster.url("postgres")).await;
    onboard(&test.db, &demo_config("BR")).await;
    let sms = SmsGateway::start().await;
    let objects = tempfile::tempdir().unwrap();
    let log = objects.path().join("server.log");
    let settings = [
        ("COWIN_CERTIFICATES__PRERENDER_PDFS", "true".to_owned()),
        ("COWIN_RATE_LIMITS__PUBLIC_CALLS", "1000000".to_owned()),
        ("COWIN_DATABASE__ACQUIRE_TIMEOUT_MS", "2000".to_owned()),
    ];
    let env = ServerProcess::environment(&test.url, &sms, &objects.path().join("objects"), &settings);
    let mut server = ServerProcess::start(env, &log).await;
    let app = server.client(sms);
    let families = families(&app, KILL_ROUND + RESTART_ROUND).await;
    let references: Vec<String> = families.iter().flat_map(|family| family.members.clone()).collect();
    let (_, vaccinator, _) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;

    // 1. SIGKILL while doses are recorded at full speed.
    let kill_round = &references[..KILL_ROUND];
    let mut killed_at = None;
    let seen = load_with_fault(&app, &vaccinator, kill_round, KILL_ROUND / 3, || async {
        killed_at = Some(Instant::now());
        server.kill();
    })
    .await;
    let before_kill: HashMap<String, String> = seen
        .iter()
        .filter_map(|(reference, seen)| match seen {
            Seen::Acknowledged(dose) => Some((reference.clone(), dose.clone())),
            _ => None,
        })
        .collect();
    let unanswered: Vec<String> = seen
        .iter()
        .filter(|(_, seen)| !matches!(seen, Seen::Acknowledged(_)))
        .map(|(reference, _)| reference.clone())
        .collect();
    assert!(!unanswered.is_empty(), "the kill came while doses were still being recorded");
    server.restart().await;
    let restarted_in = killed_at.map_or(0, |at| at.elapsed().as_millis());
    // Clients retry what got no answer with the same idempotency keys; every acknowledged dose answers as before.
    for reference in unanswered.iter().chain(before_kill.keys()) {
        match record(&app, &vaccinator, reference).await {
            Seen::Acknowledged(dose) => {
                if let Some(first) = before_kill.get(reference) {
                    assert_eq!(&dose, first, "an acknowledged dose is the same dose after the crash");
                }
            }
            other => panic!("after the restart {reference}: {other:?}"),
        }
    }

    // 2. PostgreSQL restarted under load.
    let restart_round = &references[KILL_ROUND..];
    let mut outage = Vec::new();
    let seen = load_with_fault(&app, &vaccinator, restart_round, RESTART_ROUND / 4, || async {
        cluster.stop();
        let down_since = Instant::now();
        // While it is down the server says so: readiness 503, requests 503 with an error code.
        while down_since.elapsed() < Duration::from_secs(3) {
            outage.push(("readyz".to_owned(), readiness(&app).await));
        }
        let probe = app
            .client
            .get(format!("{}/t/br/api/v2/admin/location/states", app.address))
            .send()
            .await
            .unwrap();
        let status = probe.status().as_u16();
        let body: Value = probe.json().await.unwrap_or(Value::Null);
        outage.push((body["errorCode"].as_str().unwrap_or_default().to_owned(), status));
        cluster.start_again();
    })
    .await;
    assert!(
        outage.iter().filter(|(what, _)| what == "readyz").all(|(_, status)| *status == 503),
        "{outage:?}"
    );
    assert!(outage.contains(&("SERVICE_UNAVAILABLE".to_owned(), 503)), "{outage:?}");
    let mut refusals: BTreeMap<String, usize> = BTreeMap::new();
    for (_, seen) in &seen {
        if let Seen::Refused(status, code) = seen {
            assert_eq!(
                (*status, code.as_str()),
                (503, "SERVICE_UNAVAILABLE"),
                "only 503 while the database is away"
            );
            *refusals.entry(format!("{status} {code}")).or_default() += 1;
        }
        assert!(!matches!(seen, Seen::NoAnswer), "the server itself stayed up");
    }
    let recovery = Instant::now();
    while readiness(&app).await != 200 {
        assert!(recovery.elapsed() < Duration::from_secs(30), "the server recovers by itself");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let recovered_in = recovery.elapsed().as_millis();
    let mut acknowledged_in_restart = 0;
    for (reference, seen) in &seen {
        let retried = record(&app, &vaccinator, reference).await;
        assert!(matches!(retried, Seen::Acknowledged(_)), "{reference} after recovery: {retried:?}");
        if let (Seen::Acknowledged(first), Seen::Acknowledged(again)) = (seen, &retried) {
            assert_eq!(first, again);
            acknowledged_in_restart += 1;
        }
    }

    // Every dose is recorded once, with one valid certificate.
    let doses = test.count("SELECT count(*) AS n FROM tenant_br.doses").await;
    let certified = test
        .count("SELECT count(DISTINCT dose_id) AS n FROM tenant_br.certificates WHERE revoked_at IS NULL")
        .await;
    let twice = test.count("SELECT count(*) AS n FROM (SELECT dose_id FROM tenant_br.certificates WHERE revoked_at IS NULL GROUP BY dose_id HAVING count(*) > 1) t",
    )
    .await;
    let expected = i64::try_from(references.len()).unwrap();
    assert_eq!((doses, certified, twice), (expected, expected, 0));
    for (reference, dose) in &before_kill {
        let found = test
            .count(&format!(
                "SELECT count(*) AS n FROM tenant_br.doses WHERE id = '{dose}' AND beneficiary_id = '{reference}'"
            ))
            .await;
        assert_eq!(found, 1, "acknowledged before the kill: {reference}");
    }

    // The outbox delivers what was queued before the crash: every PDF rendered, every holder told.
    let deadline = Instant::now() + Duration::from_secs(90);
    while test.count("SELECT count(*) AS n FROM tenant_br.outbox WHERE done_at IS NULL").await > 0 {
        assert!(Instant::now() < deadline, "the outbox drains: {}", server.log_text());
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
    let rendered = test
        .count("SELECT count(*) AS n FROM tenant_br.certificates WHERE revoked_at IS NULL AND pdf_object IS NOT NULL")
        .await;
    assert_eq!(rendered, expected, "every certificate's PDF is in the object store");
    let mut mails = 0;
    let mut repeated = 0;
    for family in &families {
        let received = messages_to(&family.email, family.members.len() + 1).await.len().saturating_sub(1);
        assert!(
            received >= family.members.len(),
            "{} of {} certificates announced",
            received,
            family.members.len()
        );
        mails += received;
        repeated += received - family.members.len();
    }
    reliability::record(
        "crash-safety",
        &format!(
            "`cowin serve` killed with SIGKILL after {} of {KILL_ROUND} doses were acknowledged ({CLIENTS} clients at once, \
             certificates signed with each dose, PDFs pre-rendered by the outbox): {} requests got no answer; the server was \
             serving again {restarted_in} ms after the kill; every request retried with its idempotency key answered 201 \
             with the same dose. Then PostgreSQL (a cluster of the test's own) stopped with `pg_ctl -m fast` for 3 s under \
             load: {} readiness checks said 503, requests answered {refusals:?}, {acknowledged_in_restart} doses were \
             acknowledged around it, and the server was ready again {recovered_in} ms after PostgreSQL, without a restart. \
             Afterwards: {doses} doses for {expected} beneficiaries, {certified} with one valid certificate, 0 twice, 0 \
             acknowledged doses lost; {rendered} PDFs rendered and {mails} e-mails delivered by the outbox after the crash \
             ({repeated} sent twice: delivery is at least once).",
            before_kill.len(),
            unanswered.len(),
            outage.iter().filter(|(what, _)| what == "readyz").count(),
        ),
    );
}
