//! Every answer the tests receive is checked against the server's own OpenAPI documents: a documented operation
//! must answer a documented status, in a documented media type, and a JSON body must validate against the schema
//! the document gives it (with no field the schema does not name). The tests' HTTP client does this on every
//! response, so a handler cannot drift from its documentation without a test failing; the checking is done by
//! the `jsonschema` crate, an implementation of JSON Schema 2020-12 that OpenAPI 3.1 uses, not by our code.

use std::collections::BTreeSet;
use std::io::Read as _;
use std::sync::{Arc, LazyLock};

use http::Extensions;
use jsonschema::Validator;
use reqwest::{Request, Response};
use reqwest_middleware::{Middleware, Next};
use serde_json::{Map, Value};

/// One answer an operation documents.
struct DocumentedAnswer {
    /// Status key of the document: `200`, `4XX`, `default`.
    status: String,
    /// Media types, each with a validator of its JSON schema where it is JSON.
    media: Vec<(String, Option<Arc<Validator>>)>,
}

/// One operation of a document.
struct DocumentedOperation {
    method: String,
    /// The path template's segments (`{id}` and `{kid}.json` match any text in their place).
    segments: Vec<String>,
    answers: Vec<DocumentedAnswer>,
}

/// The operations of a document.
struct Document {
    operations: Vec<DocumentedOperation>,
}

/// Names of the component schemas some `allOf` includes: strictness is applied where they are combined, since a
/// part cannot know the fields of the other parts.
fn combined_parts(value: &Value, parts: &mut BTreeSet<String>) {
    match value {
        Value::Object(object) => {
            if let Some(Value::Array(all)) = object.get("allOf") {
                for part in all {
                    if let Some(name) = part["$ref"].as_str().and_then(|reference| reference.rsplit('/').next()) {
                        parts.insert(name.to_owned());
                    }
                }
            }
            object.values().for_each(|inner| combined_parts(inner, parts));
        }
        Value::Array(items) => items.iter().for_each(|inner| combined_parts(inner, parts)),
        _ => {}
    }
}

/// Refuses fields the schemas do not name: objects with properties, and combinations, get
/// `unevaluatedProperties: false` (a serialiser that adds a field fails instead of passing unnoticed). A part of an
/// `allOf` (`part`) is left open: it cannot know the other parts' fields, and the combination is strict instead.
fn strict(value: &mut Value, parts: &BTreeSet<String>, name: Option<&str>, part: bool) {
    match value {
        Value::Object(object) => {
            let is_part = part || name.is_some_and(|name| parts.contains(name));
            let describes_object = object.contains_key("properties") || object.contains_key("allOf");
            if describes_object && !is_part && !object.contains_key("additionalProperties") {
                object.insert("unevaluatedProperties".to_owned(), Value::Bool(false));
            }
            for (key, inner) in object.iter_mut() {
                if key == "allOf"
                    && let Value::Array(members) = inner
                {
                    members.iter_mut().for_each(|member| strict(member, parts, None, true));
                } else {
                    strict(inner, parts, None, false);
                }
            }
        }
        Value::Array(items) => items.iter_mut().for_each(|inner| strict(inner, parts, None, false)),
        _ => {}
    }
}

/// The component schemas, made strict.
fn strict_components(document: &Value) -> Value {
    let mut components = document["components"].clone();
    let mut parts = BTreeSet::new();
    combined_parts(document, &mut parts);
    if let Some(Value::Object(schemas)) = components.get_mut("schemas") {
        for (name, schema) in schemas.iter_mut() {
            strict(schema, &parts, Some(name), false);
        }
    }
    components
}

fn is_json(media_type: &str) -> bool {
    media_type == "application/json" || media_type.ends_with("+json")
}

impl Document {
    fn of(document: &Value) -> Self {
        let components = strict_components(document);
        let mut operations = Vec::new();
        for (path, item) in document["paths"].as_object().expect("the document has paths") {
            for (method, operation) in item.as_object().expect("a path item") {
                let Some(responses) = operation["responses"].as_object() else {
                    continue;
                };
                let answers = responses
                    .iter()
                    .map(|(status, response)| DocumentedAnswer {
                        status: status.clone(),
                        media: response["content"]
                            .as_object()
                            .map(|content| {
                                content
                                    .iter()
                                    .map(|(media_type, media)| {
                                        let validator = (is_json(media_type) && !media["schema"].is_null()).then(|| {
                                            let mut schema = media["schema"].clone();
                                            strict(&mut schema, &BTreeSet::new(), None, false);
                                            let mut root = Map::new();
                                            root.insert("allOf".to_owned(), Value::Array(vec![schema]));
                                            root.insert("components".to_owned(), components.clone());
                                            let validator = jsonschema::options()
                                                .with_draft(jsonschema::Draft::Draft202012)
                                                .build(&Value::Object(root))
                                                .unwrap_or_else(|error| panic!("{method} {path} {status}: schema: {error}"));
                                            Arc::new(validator)
                                        });
                                        (media_type.clone(), validator)
                                    })
                                    .collect()
                            })
                            .unwrap_or_default(),
                    })
                    .collect();
                operations.push(DocumentedOperation {
                    method: method.to_ascii_uppercase(),
                    segments: path.split('/').map(str::to_owned).collect(),
                    answers,
                });
            }
        }
        Self { operations }
    }

    fn operation(&self, method: &str, path: &str) -> Option<&DocumentedOperation> {
        let segments: Vec<&str> = path.split('/').collect();
        self.operations.iter().find(|operation| {
            operation.method == method
                && operation.segments.len() == segments.len()
                && operation
                    .segments
                    .iter()
                    .zip(&segments)
                    .all(|(template, segment)| matches(template, segment))
        })
    }
}

/// Whether a path segment fits a template segment (`{kid}.json` fits `abc.json`).
fn matches(template: &str, segment: &str) -> bool {
    match (template.find('{'), template.find('}')) {
        (Some(open), Some(close)) => {
            let (prefix, suffix) = (&template[..open], &template[close + 1..]);
            segment.len() > prefix.len() + suffix.len() && segment.starts_with(prefix) && segment.ends_with(suffix)
        }
        _ => template == segment,
    }
}

/// Both documents, read once for every test.
static DOCUMENTS: LazyLock<(Document, Document)> = LazyLock::new(|| {
    let tenant = serde_json::to_value(cowin_web::openapi()).expect("the tenant document serialises");
    let platform = serde_json::to_value(cowin_web::platform_openapi()).expect("the platform document serialises");
    (Document::of(&tenant), Document::of(&platform))
});

/// The document and the path within it of a request path: `/platform/...` is NHA's; `/t/xx/...` and any other
/// path (a tenant's own hostname) a tenant's.
fn locate(path: &str) -> (&'static Document, String) {
    if let Some(rest) = path.strip_prefix("/platform") {
        return (&DOCUMENTS.1, rest.to_owned());
    }
    let mut parts = path.splitn(4, '/');
    match (parts.next(), parts.next(), parts.next(), parts.next()) {
        (Some(""), Some("t"), Some(code), Some(rest)) if code.len() == 2 => (&DOCUMENTS.0, format!("/{rest}")),
        _ => (&DOCUMENTS.0, path.to_owned()),
    }
}

/// What is wrong with an answer to `method path`, if anything (nothing for undocumented operations).
pub fn violations(method: &str, path: &str, status: u16, media_type: Option<&str>, body: &[u8]) -> Vec<String> {
    let (document, path) = locate(path);
    let Some(operation) = document.operation(method, &path) else {
        // Undocumented: pages, the documents themselves, health checks, unknown paths and methods.
        return Vec::new();
    };
    let exact = status.to_string();
    let range = format!("{}XX", status / 100);
    let Some(answer) = [exact.as_str(), range.as_str(), "default"]
        .iter()
        .find_map(|key| operation.answers.iter().find(|answer| answer.status == *key))
    else {
        return vec![format!("status {status} is not documented")];
    };
    if answer.media.is_empty() {
        return if body.is_empty() {
            Vec::new()
        } else {
            vec![format!("a body where the document ({}) says none", answer.status)]
        };
    }
    let Some(media_type) = media_type else {
        return vec!["no Content-Type".to_owned()];
    };
    let Some((_, validator)) = answer.media.iter().find(|(documented, _)| documented == media_type) else {
        let documented: Vec<&str> = answer.media.iter().map(|(documented, _)| documented.as_str()).collect();
        return vec![format!("Content-Type {media_type} is not among {documented:?}")];
    };
    let Some(validator) = validator else { return Vec::new() };
    let instance: Value = match serde_json::from_slice(body) {
        Ok(instance) => instance,
        Err(error) => return vec![format!("not JSON: {error}")],
    };
    validator
        .iter_errors(&instance)
        .take(5)
        .map(|error| format!("{} at {}", error, error.instance_path()))
        .collect()
}

/// The middleware that checks every answer.
#[derive(Debug, Clone, Copy)]
pub struct Conformance;

#[async_trait::async_trait]
impl Middleware for Conformance {
    async fn handle(&self, request: Request, extensions: &mut Extensions, next: Next<'_>) -> reqwest_middleware::Result<Response> {
        let method = request.method().as_str().to_owned();
        let path = request.url().path().to_owned();
        let response = next.run(request, extensions).await?;
        let (status, version, headers) = (response.status(), response.version(), response.headers().clone());
        let bytes = response.bytes().await?;
        let media_type = headers
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|value| value.to_str().ok())
            .map(|value| value.split(';').next().unwrap_or_default().trim().to_ascii_lowercase());
        let gzipped = headers
            .get(reqwest::header::CONTENT_ENCODING)
            .is_some_and(|value| value.as_bytes().eq_ignore_ascii_case(b"gzip"));
        let mut body = bytes.to_vec();
        if gzipped {
            let mut plain = Vec::new();
            if flate2::read::GzDecoder::new(&bytes[..]).read_to_end(&mut plain).is_ok() {
                body = plain;
            }
        }
        let found = violations(&method, &path, status.as_u16(), media_type.as_deref(), &body);
        assert!(
            found.is_empty(),
            "{method} {path} answered {status} against its OpenAPI description: {found:#?}\nbody: {}",
            String::from_utf8_lossy(&body[..body.len().min(2000)])
        );
        let mut rebuilt = http::Response::builder().status(status).version(version);
        if let Some(all) = rebuilt.headers_mut() {
            *all = headers;
        }
        Ok(Response::from(rebuilt.body(bytes).expect("the same parts make a response")))
    }
}

/// An HTTP client whose every answer is checked against the documents.
pub fn conforming_client() -> reqwest_middleware::ClientWithMiddleware {
    reqwest_middleware::ClientBuilder::new(reqwest::Client::new())
        .with(Conformance)
        .build()
}
