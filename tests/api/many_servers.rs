//! Three `cowin serve` processes behind nginx behave as one: a rate limit of 100 calls holds for the three together
//! (counted in Redis), the outbox's e-mails and PDFs are shared out with none sent twice, and a server killed with
//! SIGKILL under dose load loses no acknowledged dose while clients see at most their in-flight requests fail.

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use cowin_core::StaffRole;
use cowin_tests::dose_load::{CLIENTS, Family, Seen, families, load_with_fault, record};
use cowin_tests::load_balancer::LoadBalancer;
use cowin_tests::mailbox::messages_to;
use cowin_tests::server_process::ServerProcess;
use cowin_tests::sms::SmsGateway;
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, TestDb, demo_config, fresh_database, onboard, reliability};

/// The public limit every server shares: CoWIN's 100 calls, here per hour so none come back during the test.
const PUBLIC_CALLS: usize = 100;
/// Doses recorded with three servers up, then while one is killed.
const CALM_ROUND: usize = 30;
const KILL_ROUND: usize = 60;

fn redis_url() -> String {
    std::env::var("TEST_REDIS_URL").unwrap_or_else(|_| "redis://127.0.0.1:6379/0".to_owned())
}

async fn outbox_drained(test: &TestDb, servers: &[ServerProcess]) {
    let deadline = Instant::now() + Duration::from_secs(90);
    while test.count("SELECT count(*) AS n FROM tenant_br.outbox WHERE done_at IS NULL").await > 0 {
        let logs: Vec<String> = servers.iter().map(ServerProcess::log_text).collect();
        assert!(Instant::now() < deadline, "the outbox drains: {logs:?}");
        tokio::time::sleep(Duration::from_millis(200)).await;
    }
}

/// The certificate e-mails each holder received (their sign-in OTP e-mail aside).
async fn certificate_mails(families: &[Family]) -> Vec<(usize, usize)> {
    let mut received = Vec::new();
    for family in families {
        let mails = messages_to(&family.email, 0).await.len().saturating_sub(1);
        received.push((mails, family.members.len()));
    }
    received
}

#[tokio::test]
async fn three_servers_behind_a_load_balancer_behave_as_one() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("BR")).await;
    onboard(&test.db, &demo_config("EG")).await;
    let sms = SmsGateway::start().await;
    let dir = tempfile::tempdir().unwrap();
    let settings = [
        ("COWIN_REDIS__URL", redis_url()),
        ("COWIN_REDIS__NAMESPACE", format!("cowin-test-{}", uuid::Uuid::new_v4())),
        ("COWIN_RATE_LIMITS__PUBLIC_CALLS", PUBLIC_CALLS.to_string()),
        ("COWIN_RATE_LIMITS__PUBLIC_WINDOW_SECONDS", "3600".to_owned()),
        ("COWIN_RATE_LIMITS__TRUSTED_PROXY_HOPS", "1".to_owned()),
        ("COWIN_CERTIFICATES__PRERENDER_PDFS", "true".to_owned()),
    ];
    let env = ServerProcess::environment(&test.url, &sms, &dir.path().join("objects"), &settings);
    let mut servers = Vec::new();
    for index in 0..3 {
        servers.push(ServerProcess::start(env.clone(), &dir.path().join(format!("server-{index}.log"))).await);
    }
    let ports: Vec<u16> = servers.iter().map(|server| server.port).collect();
    let balancer = LoadBalancer::start(dir.path(), &ports).await;
    let app = TestApp {
        address: balancer.base.clone(),
        port: 0,
        client: cowin_tests::conformance::conforming_client(),
        sms,
        server: None,
    };

    // 1. One client's public calls to Egypt, spread round robin over the three: 100 pass, for the three together.
    let mut statuses: BTreeMap<u16, usize> = BTreeMap::new();
    for _ in 0..PUBLIC_CALLS + 50 {
        let response = app.get("/t/eg/api/v2/admin/location/states", None, None).await;
        *statuses.entry(response.status().as_u16()).or_default() += 1;
    }
    assert_eq!(statuses, BTreeMap::from([(200, PUBLIC_CALLS), (429, 50)]), "through nginx");
    let client = reqwest::Client::new();
    for server in &servers {
        let direct = client
            .get(format!("{}/t/eg/api/v2/admin/location/states", server.base))
            .send()
            .await
            .unwrap();
        assert_eq!(direct.status().as_u16(), 429, "each server counts the others' calls");
        assert!(direct.headers().contains_key("retry-after"));
    }

    // 2. Doses with the three up: the outbox's work is shared out and nothing is sent twice.
    let families = families(&app, CALM_ROUND + KILL_ROUND).await;
    let (calm, rest) = families.split_at(CALM_ROUND / 5);
    let (_, vaccinator, _) = staff_member(&app, &test.db, "BR", StaffRole::Vaccinator, vec![], vec![2001]).await;
    let calm_references: Vec<String> = calm.iter().flat_map(|family| family.members.clone()).collect();
    let seen = load_with_fault(&app, &vaccinator, &calm_references, 0, || async {}).await;
    assert!(seen.iter().all(|(_, seen)| matches!(seen, Seen::Acknowledged(_))), "{seen:?}");
    outbox_drained(&test, &servers).await;
    let calm_mails = certificate_mails(calm).await;
    assert!(
        calm_mails.iter().all(|(received, members)| received == members),
        "one certificate e-mail per dose, none twice: {calm_mails:?}"
    );

    // 3. One server killed under dose load.
    let references: Vec<String> = rest.iter().flat_map(|family| family.members.clone()).collect();
    let seen = load_with_fault(&app, &vaccinator, &references, KILL_ROUND / 3, || async {
        servers[1].kill();
    })
    .await;
    let mut failed: BTreeMap<String, usize> = BTreeMap::new();
    for (_, seen) in &seen {
        match seen {
            Seen::Acknowledged(_) => {}
            Seen::Refused(503, code) if code == "SERVICE_UNAVAILABLE" => *failed.entry(format!("503 {code}")).or_default() += 1,
            Seen::NoAnswer => *failed.entry("no answer".to_owned()).or_default() += 1,
            Seen::Refused(status, code) => panic!("only in-flight requests fail: {status} {code}"),
        }
    }
    let failures: usize = failed.values().sum();
    assert!(failures <= CLIENTS, "at most the {CLIENTS} in-flight requests fail: {failed:?}");
    let mut acknowledged = 0;
    for (reference, seen) in &seen {
        if let Seen::Acknowledged(dose) = seen {
            acknowledged += 1;
            let found = test
                .count(&format!(
                    "SELECT count(*) AS n FROM tenant_br.doses WHERE id = '{dose}' AND beneficiary_id = '{reference}'"
                ))
                .await;
            assert_eq!(found, 1, "acknowledged dose {dose} of {reference} is stored");
        }
    }
    // Clients retry what failed with the same idempotency keys; the two servers left take it.
    for (reference, seen) in &seen {
        let again = record(&app, &vaccinator, reference).await;
        match (seen, &again) {
            (Seen::Acknowledged(first), Seen::Acknowledged(retried)) => assert_eq!(first, retried),
            (_, Seen::Acknowledged(_)) => {}
            (_, other) => panic!("{reference} retried: {other:?}"),
        }
    }
    let expected = i64::try_from(CALM_ROUND + KILL_ROUND).unwrap();
    let doses = test.count("SELECT count(*) AS n FROM tenant_br.doses").await;
    let twice = test
        .count("SELECT count(*) AS n FROM (SELECT dose_id FROM tenant_br.certificates WHERE revoked_at IS NULL GROUP BY dose_id HAVING count(*) > 1) t")
        .await;
    assert_eq!((doses, twice), (expected, 0), "every dose once, one valid certificate each");
    outbox_drained(&test, &servers).await;
    let rendered = test
        .count("SELECT count(*) AS n FROM tenant_br.certificates WHERE revoked_at IS NULL AND pdf_object IS NOT NULL")
        .await;
    assert_eq!(rendered, expected, "the two servers left render every PDF");
    let mails = certificate_mails(rest).await;
    assert!(mails.iter().all(|(received, members)| received >= members), "{mails:?}");
    let repeated: usize = mails.iter().map(|(received, members)| received - members).sum();

    reliability::record(
        "many-servers",
        &format!(
            "Three `cowin serve` processes on one database behind nginx (round robin), limits shared in Redis: of {} \
             public calls from one client, {PUBLIC_CALLS} passed and the rest were refused with 429, and each server, asked \
             directly afterwards, refused too. {CALM_ROUND} doses with the three up: the outbox sent each certificate \
             e-mail exactly once. One server killed with SIGKILL after {} of {KILL_ROUND} doses were acknowledged \
             ({CLIENTS} clients at once): {acknowledged} acknowledged and every one stored, {failures} failed ({failed:?}), \
             all retried with their idempotency keys on the two left; {doses} doses in all, none twice; {rendered} PDFs \
             rendered; {repeated} e-mails sent twice after the kill (delivery is at least once).",
            PUBLIC_CALLS + 50,
            KILL_ROUND / 3,
        ),
    );
}
