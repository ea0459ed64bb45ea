//! The OpenAPI document describes exactly the routes the server serves.

use std::collections::BTreeSet;

use cowin_tests::{demo_config, fresh_database, onboard, spawn_app};
use cowin_web::routes::{Endpoint, PLATFORM_ENDPOINTS, TENANT_ENDPOINTS};

fn documented_operations() -> BTreeSet<(String, String)> {
    operations_of(&serde_json::to_value(cowin_web::openapi()).unwrap())
}

fn operations_of(document: &serde_json::Value) -> BTreeSet<(String, String)> {
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

fn documented_routes(endpoints: &[Endpoint]) -> BTreeSet<(String, String)> {
    endpoints
        .iter()
        .filter(|e| e.documentation.is_some())
        .map(|e| (e.method.as_str().to_owned(), e.path.clone()))
        .collect()
}

#[test]
fn the_documents_and_the_route_tables_name_the_same_operations() {
    let platform_document = serde_json::to_value(cowin_web::platform_openapi()).unwrap();
    for (routed, documented, least) in [
        (documented_routes(&TENANT_ENDPOINTS), documented_operations(), 27),
        (documented_routes(&PLATFORM_ENDPOINTS), operations_of(&platform_document), 9),
    ] {
        let undocumented: Vec<_> = routed.difference(&documented).collect();
        let unrouted: Vec<_> = documented.difference(&routed).collect();
        assert!(undocumented.is_empty(), "served but not documented: {undocumented:?}");
        assert!(unrouted.is_empty(), "documented but not served: {unrouted:?}");
        assert!(routed.len() >= least, "the surface: {}", routed.len());
    }
}

#[test]
fn every_operation_documents_a_typed_success_answer() {
    let tenant = serde_json::to_value(cowin_web::openapi()).unwrap();
    let platform = serde_json::to_value(cowin_web::platform_openapi()).unwrap();
    let mut untyped = Vec::new();
    for document in [&tenant, &platform] {
        for (path, item) in document["paths"].as_object().unwrap() {
            for (method, operation) in item.as_object().unwrap() {
                for (status, response) in operation["responses"].as_object().unwrap() {
                    // 204s and redirects carry no body; every other answer names its schema.
                    let bodiless = status == "204" || status.starts_with('3');
                    if status.starts_with('2')
                        && !bodiless
                        && response["content"]
                            .as_object()
                            .is_none_or(|content| content.values().any(|media| media["schema"].is_null()))
                    {
                        untyped.push(format!("{method} {path} {status}"));
                    }
                }
            }
        }
    }
    assert!(untyped.is_empty(), "answers without a schema: {untyped:?}");
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

#[test]
fn the_conformance_check_refuses_answers_the_documents_do_not_describe() {
    use cowin_tests::conformance::violations;
    let json = Some("application/json");
    let states = br#"{"states":[{"state_id":16,"state_name":"Karnataka","state_name_l":"Karnataka"}],"ttl":24}"#;
    assert!(violations("GET", "/t/in/api/v2/admin/location/states", 200, json, states).is_empty());
    assert!(
        violations("GET", "/api/v2/admin/location/states", 200, json, states).is_empty(),
        "a tenant's own hostname"
    );
    let extra = br#"{"states":[{"state_id":16,"state_name":"K","state_name_l":"K","capital":"Bengaluru"}],"ttl":24}"#;
    assert!(
        !violations("GET", "/t/in/api/v2/admin/location/states", 200, json, extra).is_empty(),
        "a field it does not name"
    );
    let missing = br#"{"states":[{"state_id":16,"state_name":"K"}],"ttl":24}"#;
    assert!(
        !violations("GET", "/t/in/api/v2/admin/location/states", 200, json, missing).is_empty(),
        "a field it requires"
    );
    assert!(
        !violations("GET", "/t/in/api/v2/admin/location/states", 201, json, states).is_empty(),
        "a status it does not name"
    );
    assert!(!violations("GET", "/t/in/api/v2/admin/location/states", 200, Some("text/html"), b"<p>").is_empty());
    let error = br#"{"errorCode":"TENANT_NOT_FOUND","error":"No such country"}"#;
    assert!(violations("GET", "/t/zz/api/v2/admin/location/states", 404, json, error).is_empty());
    assert!(
        !violations("GET", "/t/in/api/v2/admin/location/states", 404, json, states).is_empty(),
        "errors are ErrorBody"
    );
    assert!(violations("GET", "/platform/api/tenants", 401, json, error).is_empty());
    assert!(
        !violations("GET", "/platform/api/tenants", 200, json, states).is_empty(),
        "the platform document is NHA's"
    );
    assert!(
        violations("GET", "/t/in/verify", 200, Some("text/html"), b"<p>").is_empty(),
        "pages are not in the documents"
    );
    assert!(
        !violations("POST", "/t/in/api/v2/appointment/cancel", 204, None, b"{}").is_empty(),
        "a 204 has no body"
    );
}

/// The admin console's typed client is generated from its copy of the two documents: a route or schema changed on
/// the server without `make console-api` fails here, before the console drifts from the server.
#[test]
fn the_console_s_copy_of_the_documents_is_the_served_one() {
    let copies = cowin_tests::repo_root().join("admin-console/openapi");
    for (file, served) in [
        ("tenant.json", serde_json::to_value(cowin_web::openapi()).unwrap()),
        ("platform.json", serde_json::to_value(cowin_web::platform_openapi()).unwrap()),
    ] {
        let copy: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(copies.join(file)).unwrap()).unwrap();
        assert!(
            copy == served,
            "admin-console/openapi/{file} differs from the served document: run make console-api"
        );
    }
}

/// Every operation has its own id, so a generated client names each one.
#[test]
fn operation_ids_are_unique_in_each_document() {
    for document in [
        serde_json::to_value(cowin_web::openapi()).unwrap(),
        serde_json::to_value(cowin_web::platform_openapi()).unwrap(),
    ] {
        let mut seen = BTreeSet::new();
        for item in document["paths"].as_object().unwrap().values() {
            for operation in item.as_object().unwrap().values() {
                if let Some(id) = operation.get("operationId").and_then(|id| id.as_str()) {
                    assert!(seen.insert(id.to_owned()), "operationId {id} is used twice");
                }
            }
        }
        assert!(!seen.is_empty(), "the document names its operations");
    }
}
