//! Each country's own SMS gateway: a country whose `tenant.toml` has `[sms]` sends through its gateway with the
//! credential set by `cowin tenant secret set` (stored sealed, named in the file, never in it); a country without
//! one uses the deployment's; the credential is not in the database in clear, the stored configuration, the audit
//! log or the server's log.

use std::io::Write as _;
use std::process::{Command, Stdio};

use cowin_tenant_config::SmsGatewayConfig;
use cowin_tests::citizen::sign_in_by_sms;
use cowin_tests::server_process::{ServerProcess, cowin_binary};
use cowin_tests::sms::SmsGateway;
use cowin_tests::{demo_config, fresh_database, onboard};
use serde_json::json;

/// What India's gateway wants in its `Authorization` header.
const CREDENTIAL: &str = "Bearer india-gateway-credential-7f3a9c";
/// Part of it that must appear nowhere but in the gateway's request.
const CREDENTIAL_PART: &str = "gateway-credential-7f3a9c";

/// Runs `cowin tenant secret ARGS` on `database_url`, `stdin` piped in.
fn secret_command(database_url: &str, args: &[&str], stdin: &str) -> std::process::Output {
    let mut child = Command::new(cowin_binary())
        .args(["tenant", "secret"])
        .args(args)
        .env("COWIN_DATABASE__URL", database_url)
        .env("COWIN_SECURITY__ALLOW_DEVELOPMENT_KEY", "true")
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("cowin runs");
    child.stdin.take().unwrap().write_all(stdin.as_bytes()).unwrap();
    child.wait_with_output().unwrap()
}

#[tokio::test]
async fn each_country_sends_through_its_own_gateway_with_a_credential_kept_sealed() {
    let test = fresh_database().await;
    let india_gateway = SmsGateway::start().await;
    let mut india = demo_config("IN");
    india.sms = Some(SmsGatewayConfig {
        url: india_gateway.url.clone(),
        body_template: r#"{"to":"{to}","sender":"{sender}","text":"{text}","route":"transactional"}"#.to_owned(),
        authorization_secret: Some("sms-authorization".to_owned()),
    });
    onboard(&test.db, &india).await;
    onboard(&test.db, &demo_config("EG")).await;

    // The credential goes in on standard input; a credential where its name belongs is refused.
    let set = secret_command(&test.url, &["set", "IN", "sms-authorization"], &format!("{CREDENTIAL}\n"));
    assert!(set.status.success(), "{}", String::from_utf8_lossy(&set.stderr));
    let misuse = secret_command(&test.url, &["set", "IN", CREDENTIAL], "x\n");
    assert!(!misuse.status.success(), "a value is not a name");
    let list = secret_command(&test.url, &["list", "IN"], "");
    let listed = String::from_utf8_lossy(&list.stdout).into_owned();
    assert!(listed.starts_with("sms-authorization\t"), "{listed}");
    assert!(!listed.contains(CREDENTIAL_PART), "list shows names, not values");

    let deployment_gateway = SmsGateway::start().await;
    let folder = tempfile::tempdir().unwrap();
    let log_file = folder.path().join("server.log");
    let env = ServerProcess::environment(
        &test.url,
        &deployment_gateway,
        &folder.path().join("objects"),
        &[("COWIN_LOG__FILTER", "debug".to_owned())],
    );
    let server = ServerProcess::start(env, &log_file).await;
    let app = server.client(deployment_gateway.clone());

    // India's OTP goes to India's gateway, with its body template and its credential; none to the deployment's.
    let (status, body) = app
        .post_json("/t/in/api/v2/auth/public/generateOTP", None, &json!({ "mobile": "9876543210" }))
        .await;
    assert_eq!(status, 200, "{body}");
    let received = india_gateway.messages_to("+919876543210", 1).await;
    let request = &received[0].request;
    assert!(
        request
            .to_ascii_lowercase()
            .contains(&format!("authorization: {}", CREDENTIAL.to_ascii_lowercase())),
        "India's credential is sent to India's gateway: {request}"
    );
    assert!(request.contains(r#""route":"transactional""#), "India's body template: {request}");
    assert!(received[0].text.chars().any(|c| c.is_ascii_digit()), "the OTP text");
    assert!(
        deployment_gateway.received().is_empty(),
        "nothing of India's through the deployment's gateway"
    );

    // Egypt has no gateway of its own: the deployment's carries its OTP, without India's credential.
    sign_in_by_sms(&app, "/t/eg", "01012345678", "+20").await;
    let egypt = deployment_gateway.messages_to("+201012345678", 1).await;
    assert!(
        !egypt[0].request.contains(CREDENTIAL_PART),
        "no country's credential on another's messages"
    );
    assert_eq!(india_gateway.received().len(), 1, "nothing of Egypt's through India's gateway");

    // Sealed at rest; in no configuration, audit entry or log line.
    assert_eq!(
        test.count("SELECT count(*) AS n FROM platform.tenant_secrets WHERE tenant_code = 'IN' AND name = 'sms-authorization'")
            .await,
        1
    );
    let leaks = format!(
        "SELECT (SELECT count(*) FROM platform.tenant_secrets WHERE position(convert_to('{CREDENTIAL_PART}', 'UTF8') IN sealed) > 0) \
         + (SELECT count(*) FROM platform.tenant_config_versions WHERE config::text LIKE '%{CREDENTIAL_PART}%') \
         + (SELECT count(*) FROM platform.audit_events WHERE detail::text LIKE '%{CREDENTIAL_PART}%' OR target LIKE '%{CREDENTIAL_PART}%') AS n"
    );
    assert_eq!(test.count(&leaks).await, 0, "the credential is stored only sealed");
    assert_eq!(
        test.count("SELECT count(*) AS n FROM platform.audit_events WHERE action = 'tenant.secret.set' AND tenant_code = 'IN' AND target = 'sms-authorization'")
            .await,
        1,
        "setting it is audited by name"
    );
    assert!(!server.log_text().contains(CREDENTIAL_PART), "not in the server's log");
}
