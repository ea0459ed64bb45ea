//! A client nobody here wrote: schemathesis (PyPI; `scripts/ensure-schemathesis.sh` installs it) drives every
//! operation of each demo country's OpenAPI document with generated inputs, without a token, with a citizen's and
//! with a ministry administrator's: no 5xx, and no status, content type or body the document does not describe.
//! Then, on every operation that takes a body: an oversized body answers 413, malformed JSON and wrong types 400,
//! each with an error code.

use std::path::PathBuf;
use std::time::Duration;

use cowin_core::StaffRole;
use cowin_tests::citizen::{sign_in, sign_in_by_sms};
use cowin_tests::staff::staff_member;
use cowin_tests::{TestApp, demo_config, fresh_database, onboard, reliability, seed_sessions, spawn_app};
use serde_json::Value;

/// The demo countries, with a mobile number and how its citizens sign in (by SMS with a calling code, or by e-mail).
const COUNTRIES: [(&str, &str, Option<&str>); 6] = [
    ("IN", "9000000001", Some("+91")),
    ("BR", "11900000001", None),
    ("EG", "01000000001", Some("+20")),
    ("UZ", "901234567", Some("+998")),
    ("KE", "0712000001", Some("+254")),
    ("SN", "771000001", Some("+221")),
];
/// Time schemathesis may spend on one country and credential.
const BUDGET_SECONDS: u32 = 15;

fn schemathesis() -> PathBuf {
    let command = std::env::var("TEST_SCHEMATHESIS").unwrap_or_else(|_| {
        let output = std::process::Command::new(cowin_tests::repo_root().join("scripts/ensure-schemathesis.sh"))
            .output()
            .expect("scripts/ensure-schemathesis.sh runs");
        String::from_utf8_lossy(&output.stdout)
            .lines()
            .last()
            .unwrap_or_default()
            .to_owned()
    });
    PathBuf::from(command)
}

/// What one schemathesis run reported.
struct Run {
    /// No check failed: no 5xx, nothing outside the document.
    passed: bool,
    /// Errors inside the fuzzer itself (a Hypothesis failure to draw an input), not answers of the server.
    fuzzer_errors: usize,
    cases: u64,
    output: String,
}

/// Runs schemathesis against `base` (the country's API base, `/t/xx`) with an optional bearer token.
async fn fuzz(app: &TestApp, code: &str, token: Option<&str>) -> Run {
    let lower = code.to_lowercase();
    let mut command = tokio::process::Command::new(schemathesis());
    command
        .arg("run")
        .arg(format!("{}/t/{lower}/api/openapi.json", app.address))
        .args(["--url", &format!("{}/t/{lower}", app.address)])
        .args([
            "--checks",
            "not_a_server_error,status_code_conformance,content_type_conformance,response_schema_conformance,response_headers_conformance",
        ])
        .args(["--phases", "examples,coverage,fuzzing"])
        .args(["--max-time", &BUDGET_SECONDS.to_string()])
        .args(["--workers", "2", "--seed", "20261204", "--no-shrink", "--no-color"])
        .args(["--generation-database", "none", "--request-timeout", "20", "--warnings", "off"]);
    if let Some(token) = token {
        command.args(["-H", &format!("Authorization: Bearer {token}")]);
    }
    let output = tokio::time::timeout(Duration::from_secs(u64::from(BUDGET_SECONDS) * 4 + 60), command.output())
        .await
        .expect("schemathesis finishes within its budget")
        .expect("schemathesis runs");
    let stdout = String::from_utf8_lossy(&output.stdout).into_owned();
    // The summary: "Test cases:" then "  1904 generated, ...".
    let cases = stdout
        .split("Test cases:")
        .nth(1)
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|count| count.parse().ok())
        .unwrap_or(0);
    // A check that failed is listed under FAILURES; an exception of the fuzzer's own under ERRORS, as a Runtime Error.
    let failed_checks = stdout.contains("= FAILURES =");
    let fuzzer_errors = stdout.matches("\nRuntime Error\n").count();
    let clean_exit = output.status.success() || (!failed_checks && fuzzer_errors > 0);
    Run {
        passed: clean_exit && !failed_checks,
        fuzzer_errors,
        cases,
        output: format!("{stdout}{}", String::from_utf8_lossy(&output.stderr)),
    }
}

/// Bodies no operation may accept: each must be refused with its status and an error code.
async fn refused_bodies(app: &TestApp, code: &str) -> usize {
    let lower = code.to_lowercase();
    let document = app.get_json(&format!("/t/{lower}/api/openapi.json"), None, None, 200).await;
    let mut checked = 0;
    for (path, item) in document["paths"].as_object().unwrap() {
        for (method, operation) in item.as_object().unwrap() {
            if operation.get("requestBody").is_none() || method == "get" {
                continue;
            }
            let url = format!(
                "{}/t/{lower}{}",
                app.address,
                path.replace("{id}", "00000000-0000-0000-0000-000000000000").replace("{kid}", "x")
            );
            let method = reqwest::Method::from_bytes(method.to_uppercase().as_bytes()).unwrap();
            for (body, status, what) in [
                ("x".repeat(20 * 1024 * 1024), 413, "an oversized body"),
                ("{\"unterminated\": ".to_owned(), 400, "malformed JSON"),
                ("[1, 2, 3]".to_owned(), 400, "JSON of the wrong type"),
            ] {
                let response = app
                    .client
                    .request(method.clone(), &url)
                    .header("content-type", "application/json")
                    .body(body)
                    .send()
                    .await
                    .unwrap();
                let answered = response.status().as_u16();
                let body: Value = response.json().await.unwrap_or(Value::Null);
                // Endpoints behind a token refuse the caller first; that is a refusal with an error code too.
                assert!(
                    answered == status || answered == 401,
                    "{method} {path} with {what}: {answered} {body}"
                );
                assert!(body["errorCode"].is_string(), "{method} {path} with {what}: {body}");
                checked += 1;
            }
        }
    }
    checked
}

#[tokio::test]
async fn every_operation_of_every_demo_country_survives_a_fuzzer_within_its_document() {
    let test = fresh_database().await;
    for (code, _, _) in COUNTRIES {
        let config = demo_config(code);
        onboard(&test.db, &config).await;
        seed_sessions(&test.db, &config, 2).await;
    }
    let app = spawn_app(&test, |settings| {
        settings.rate_limits.public_calls = 10_000_000;
        settings.rate_limits.otp_per_ip = 10_000_000;
        settings.rate_limits.otp_per_mobile = 10_000_000;
        settings.rate_limits.qr_photos_per_ip = 10_000_000;
        settings.rate_limits.sign_ins_per_ip = 10_000_000;
        settings.database.max_connections = 10;
    })
    .await;
    let mut lines = Vec::new();
    let mut failures = Vec::new();
    let mut total = 0;
    let mut bodies = 0;
    let mut fuzzer_errors = 0;
    for (code, mobile, calling_code) in COUNTRIES {
        let base = format!("/t/{}", code.to_lowercase());
        let citizen = match calling_code {
            Some(calling_code) => sign_in_by_sms(&app, &base, mobile, calling_code).await,
            None => sign_in(&app, &base, mobile).await.token,
        };
        let (_, admin, _) = staff_member(&app, &test.db, code, StaffRole::TenantAdmin, vec![], vec![]).await;
        for (who, token) in [
            ("no token", None),
            ("a citizen", Some(citizen.as_str())),
            ("a tenant admin", Some(admin.as_str())),
        ] {
            let run = fuzz(&app, code, token).await;
            total += run.cases;
            fuzzer_errors += run.fuzzer_errors;
            lines.push(format!("{code} with {who}: {} cases", run.cases));
            if !run.passed {
                failures.push(format!("{code} with {who}:\n{}", run.output));
            }
        }
        bodies += refused_bodies(&app, code).await;
    }
    assert!(failures.is_empty(), "{}", failures.join("\n\n"));
    reliability::record(
        "fuzzing",
        &format!(
            "schemathesis 4.32.5 (checks: not_a_server_error, status_code_conformance, content_type_conformance, \
             response_schema_conformance, response_headers_conformance; phases examples, coverage, fuzzing; {BUDGET_SECONDS} s \
             per run) on every operation of {countries} without a token, with a citizen's and with a tenant admin's: \
             {total} generated requests, 0 answered 5xx, 0 outside the document ({}); {fuzzer_errors} inputs the fuzzer \
             itself failed to draw (Hypothesis errors, no request sent). Every operation with a body: {bodies} \
             oversized, malformed or wrongly typed bodies, each refused with 413 or 400 (or 401 before reading) and an \
             error code.",
            lines.join("; "),
            countries = COUNTRIES.map(|(code, _, _)| code).join(", "),
        ),
    );
}
