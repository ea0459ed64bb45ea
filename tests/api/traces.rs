//! The OpenTelemetry trace exporter, switched on by configuration: the real binary sends its request spans over
//! OTLP/HTTP (JSON encoding) to a collector, each with its route pattern, tenant and status, and no personal data.

use std::time::{Duration, Instant};

use cowin_tests::server_process::ServerProcess;
use cowin_tests::sms::SmsGateway;
use cowin_tests::{demo_config, fresh_database, onboard};
use serde_json::{Value, json};

/// Every span in the OTLP/JSON export requests `bodies`, as `(name, attributes)`.
fn spans(bodies: &[Value]) -> Vec<(String, serde_json::Map<String, Value>)> {
    let mut found = Vec::new();
    for body in bodies {
        for resource in body["resourceSpans"].as_array().into_iter().flatten() {
            for scope in resource["scopeSpans"].as_array().into_iter().flatten() {
                for span in scope["spans"].as_array().into_iter().flatten() {
                    let mut attributes = serde_json::Map::new();
                    for attribute in span["attributes"].as_array().into_iter().flatten() {
                        let value = attribute["value"].as_object().and_then(|value| value.values().next().cloned());
                        attributes.insert(
                            attribute["key"].as_str().unwrap_or_default().to_owned(),
                            value.unwrap_or(Value::Null),
                        );
                    }
                    found.push((span["name"].as_str().unwrap_or_default().to_owned(), attributes));
                }
            }
        }
    }
    found
}

#[tokio::test]
async fn request_spans_reach_an_otlp_collector_with_routes_and_tenants_and_no_personal_data() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let sms = SmsGateway::start().await;
    // The collector: an HTTP listener that records what it is sent.
    let collector = SmsGateway::start().await;
    let endpoint = collector.url.replace("/send", "/v1/traces");
    let folder = tempfile::tempdir().unwrap();
    let settings = [
        ("COWIN_TRACES__OTLP_ENDPOINT", endpoint),
        ("COWIN_TRACES__SAMPLE_RATIO", "1.0".to_owned()),
        ("COWIN_TRACES__EXPORT_INTERVAL_MS", "200".to_owned()),
        ("COWIN_TRACES__SERVICE_NAME", "cowin-test".to_owned()),
    ];
    let env = ServerProcess::environment(&test.url, &sms, &folder.path().join("objects"), &settings);
    let server = ServerProcess::start(env, &folder.path().join("server.log")).await;
    let client = reqwest::Client::new();
    let states = client
        .get(format!("{}/t/in/api/v2/admin/location/states", server.base))
        .send()
        .await
        .unwrap();
    assert_eq!(states.status(), 200);
    let mobile = "9876512345";
    let otp = client
        .post(format!("{}/t/in/api/v2/auth/public/generateOTP", server.base))
        .json(&json!({ "mobile": mobile }))
        .send()
        .await
        .unwrap();
    assert_eq!(otp.status(), 200);

    let deadline = Instant::now() + Duration::from_secs(20);
    let (requests, exported) = loop {
        let requests = collector.received();
        let bodies: Vec<Value> = requests
            .iter()
            .filter_map(|request| request.request.split("\r\n\r\n").nth(1))
            .filter_map(|body| serde_json::from_str(body).ok())
            .collect();
        let exported = spans(&bodies);
        let routes: Vec<&Value> = exported.iter().filter_map(|(_, attributes)| attributes.get("http.route")).collect();
        if routes.len() >= 2 || Instant::now() > deadline {
            break (requests, exported);
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    };
    assert!(!requests.is_empty(), "the collector was sent nothing: {}", server.log_text());
    let first = &requests[0].request;
    assert!(first.starts_with("POST /v1/traces "), "{first}");
    assert!(first.to_ascii_lowercase().contains("content-type: application/json"), "{first}");
    assert!(first.contains("cowin-test"), "the service is named in the resource");
    let request_spans: Vec<_> = exported.iter().filter(|(name, _)| name == "HTTP request").collect();
    let states_span = request_spans
        .iter()
        .find(|(_, attributes)| attributes.get("http.route") == Some(&json!("/t/{tenant}/api/v2/admin/location/states")))
        .unwrap_or_else(|| panic!("the states request: {exported:?}"));
    assert_eq!(states_span.1.get("tenant"), Some(&json!("IN")), "{states_span:?}");
    // OTLP/JSON may write a 64-bit integer as a string.
    let status = states_span
        .1
        .get("http.status_code")
        .map(|value| value.to_string().trim_matches('"').to_owned());
    assert_eq!(status.as_deref(), Some("200"), "{states_span:?}");
    assert!(
        request_spans.iter().any(|(_, attributes)| attributes
            .get("http.route")
            .and_then(Value::as_str)
            .is_some_and(|route| route.ends_with("/auth/public/generateOTP"))),
        "{request_spans:?}"
    );
    for request in &requests {
        assert!(!request.request.contains(mobile), "a mobile number in a trace: {}", request.request);
    }
}
