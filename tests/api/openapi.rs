//! The OpenAPI document describes exactly the routes the server serves.

use std::collections::BTreeSet;

use cowin_tests::{demo_config, fresh_database, onboard, spawn_app};
use cowin_web::routes::TENANT_ENDPOINTS;

fn documented_operations() -> BTreeSet<(String, String)> {
    let document = serde_json::to_value(cowin_web::openapi()).unwrap();
    let mut operations = BTreeSet::new();
    for (path, item) in document["paths"].as_object().unwrap() {
        for method in ["get", "post", "put", "patch", "delete"] {
            if item.get(method).is_some() {
                operations.insert((method.to_uppercase(), path.clone()));
            }
        }
    }
    operations
}

#[test]
fn the_document_and_the_route_table_name_the_same_operations() {
    let routed: BTreeSet<(String, String)> = TENANT_ENDPOINTS
        .iter()
        .filter(|e| e.documented)
        .map(|e| (e.method.as_str().to_owned(), e.path.to_owned()))
        .collect();
    let documented = documented_operations();
    let undocumented: Vec<_> = routed.difference(&documented).collect();
    let unrouted: Vec<_> = documented.difference(&routed).collect();
    assert!(undocumented.is_empty(), "served but not documented: {undocumented:?}");
    assert!(unrouted.is_empty(), "documented but not served: {unrouted:?}");
    assert!(routed.len() >= 27, "the CoWIN v2 surface: {}", routed.len());
}

#[tokio::test]
async fn every_documented_operation_reaches_a_handler_and_the_document_is_served() {
    let test = fresh_database().await;
    onboard(&test.db, &demo_config("IN")).await;
    let app = spawn_app(&test, |_| {}).await;
    let jwks = app.get_json("/t/in/.well-known/jwks.json", None, None, 200).await;
    let kid = jwks["keys"][0]["kid"].as_str().unwrap().to_owned();
    for (method, path) in documented_operations() {
        let path = path.replace("{state_id}", "16").replace("{id}", "1").replace("{kid}", &kid);
        let url = format!("{}/t/in{path}", app.address);
        let method = reqwest::Method::from_bytes(method.as_bytes()).unwrap();
        let request = match method {
            reqwest::Method::GET => app.client.get(&url),
            _ => app.client.request(method.clone(), &url).json(&serde_json::json!({})),
        };
        let response = request.send().await.unwrap();
        let status = response.status().as_u16();
        let body: serde_json::Value = response.json().await.unwrap_or_default();
        let code = body["errorCode"].as_str().unwrap_or_default().to_owned();
        assert!(
            code != "NOT_FOUND" && code != "METHOD_NOT_ALLOWED" && status < 500,
            "{method} {path}: {status} {body}"
        );
    }

    let document = app.get_json("/t/in/api/openapi.json", None, None, 200).await;
    assert!(document["openapi"].as_str().unwrap().starts_with("3."));
    let servers: Vec<&str> = document["servers"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["url"].as_str().unwrap())
        .collect();
    assert_eq!(servers, ["/t/in", "https://in.cowin.localhost"]);
    assert!(document["components"]["securitySchemes"]["bearer"].is_object());
    let page = app.get("/t/in/api/docs", None, None).await;
    assert_eq!(page.status().as_u16(), 200);
    let html = page.text().await.unwrap();
    assert!(
        html.contains("spec-url=\"openapi.json\"") && html.contains("not for sale"),
        "{html}"
    );
}
