//! Prometheus metrics at `/metrics` (the text format; the Prometheus project's own client): every answer counted
//! and timed per route pattern, method, status and tenant; every refusal per error code and tenant (rate limits,
//! licence refusals, suspensions among them); and, read when scraped, each tenant's outbox backlog and its age,
//! doses and certificates, and the database pool. Labels are route patterns (`/t/{tenant}/api/...`), never paths,
//! so no reference, mobile number or other personal value can reach a label, and their number stays bounded.
//! The endpoint answers only with `metrics.token` as a bearer token, and not at all when none is configured.

use std::sync::Arc;
use std::sync::atomic::AtomicU64;
use std::time::Instant;

use actix_web::body::MessageBody;
use actix_web::dev::{ServiceRequest, ServiceResponse};
use actix_web::http::header::{AUTHORIZATION, CONTENT_TYPE};
use actix_web::middleware::Next;
use actix_web::{Error, HttpMessage, HttpRequest, HttpResponse, web};
use prometheus_client::encoding::EncodeLabelSet;
use prometheus_client::metrics::counter::Counter;
use prometheus_client::metrics::family::Family;
use prometheus_client::metrics::gauge::Gauge;
use prometheus_client::metrics::histogram::{Histogram, exponential_buckets};
use prometheus_client::registry::Registry;
use secrecy::{ExposeSecret, SecretString};

use crate::AppState;
use crate::error::PendingMessage;
use crate::extractors::Tenant;

/// One answer.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct AnswerLabels {
    route: String,
    method: String,
    status: u16,
    tenant: String,
}

/// One route's latency.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RouteLabels {
    route: String,
    method: String,
    tenant: String,
}

/// One refusal.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct RefusalLabels {
    code: String,
    tenant: String,
}

/// One tenant.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct TenantLabels {
    tenant: String,
}

/// One cluster's pool's connections in one state.
#[derive(Clone, Debug, Hash, PartialEq, Eq, EncodeLabelSet)]
struct PoolLabels {
    cluster: String,
    state: String,
}

type LatencyFamily = Family<RouteLabels, Histogram, fn() -> Histogram>;

/// Latency buckets from half a millisecond to about 16 seconds.
fn latency_histogram() -> Histogram {
    Histogram::new(exponential_buckets(0.0005, 2.0, 16))
}

/// The process's metrics.
#[derive(Debug, Clone)]
pub struct Metrics {
    registry: Arc<Registry>,
    answers: Family<AnswerLabels, Counter>,
    latency: LatencyFamily,
    refusals: Family<RefusalLabels, Counter>,
    outbox_pending: Family<TenantLabels, Gauge>,
    outbox_oldest: Family<TenantLabels, Gauge<f64, AtomicU64>>,
    doses: Family<TenantLabels, Gauge>,
    certificates: Family<TenantLabels, Gauge>,
    pool: Family<PoolLabels, Gauge>,
    token: SecretString,
    /// Whether a token is configured: without one nothing is served, so nothing is recorded either.
    enabled: bool,
}

impl Metrics {
    /// Metrics served to scrapers that present `token` (none are served when it is empty).
    pub fn new(token: SecretString) -> Self {
        let enabled = !token.expose_secret().is_empty();
        let mut registry = Registry::with_prefix("cowin");
        let answers = Family::<AnswerLabels, Counter>::default();
        registry.register(
            "http_requests",
            "HTTP answers by route pattern, method, status and tenant",
            answers.clone(),
        );
        let latency = LatencyFamily::new_with_constructor(latency_histogram as fn() -> Histogram);
        registry.register(
            "http_request_duration_seconds",
            "Time to answer, by route pattern, method and tenant",
            latency.clone(),
        );
        let refusals = Family::<RefusalLabels, Counter>::default();
        registry.register(
            "refusals",
            "Answers refused with an error code (RATE_LIMITED, LICENCE_*, TENANT_SUSPENDED, ...), by code and tenant",
            refusals.clone(),
        );
        let outbox_pending = Family::<TenantLabels, Gauge>::default();
        registry.register("outbox_pending", "Outbox items not done yet, per tenant", outbox_pending.clone());
        let outbox_oldest = Family::<TenantLabels, Gauge<f64, AtomicU64>>::default();
        registry.register(
            "outbox_oldest_age_seconds",
            "Age of the oldest outbox item not done yet, per tenant (0 when none)",
            outbox_oldest.clone(),
        );
        let doses = Family::<TenantLabels, Gauge>::default();
        registry.register(
            "doses_recorded",
            "Doses recorded, per tenant (from the dose tallies)",
            doses.clone(),
        );
        let certificates = Family::<TenantLabels, Gauge>::default();
        registry.register(
            "certificates_issued",
            "Certificates issued, per tenant (PostgreSQL's estimate of live rows)",
            certificates.clone(),
        );
        let pool = Family::<PoolLabels, Gauge>::default();
        registry.register(
            "database_connections",
            "This process's database connections, by cluster and state (idle, in_use)",
            pool.clone(),
        );
        Self {
            registry: Arc::new(registry),
            answers,
            latency,
            refusals,
            outbox_pending,
            outbox_oldest,
            doses,
            certificates,
            pool,
            token,
            enabled,
        }
    }

    fn observe(&self, route: String, method: String, status: u16, tenant: String, refusal: Option<&str>, seconds: f64) {
        if let Some(code) = refusal {
            self.refusals
                .get_or_create(&RefusalLabels {
                    code: code.to_owned(),
                    tenant: tenant.clone(),
                })
                .inc();
        }
        self.latency
            .get_or_create(&RouteLabels {
                route: route.clone(),
                method: method.clone(),
                tenant: tenant.clone(),
            })
            .observe(seconds);
        self.answers
            .get_or_create(&AnswerLabels {
                route,
                method,
                status,
                tenant,
            })
            .inc();
    }

    /// Whether `req` presents the scrape token (compared in constant time).
    fn admits(&self, req: &HttpRequest) -> bool {
        let token = self.token.expose_secret();
        let presented = req
            .headers()
            .get(AUTHORIZATION)
            .and_then(|value| value.to_str().ok())
            .and_then(|value| value.strip_prefix("Bearer "))
            .unwrap_or_default();
        !token.is_empty()
            && presented.len() == token.len()
            && presented
                .bytes()
                .zip(token.bytes())
                .fold(0u8, |difference, (a, b)| difference | (a ^ b))
                == 0
    }
}

/// Counts and times every answer (the tenant as the tenant middleware resolved it, the refusal as the error set it).
pub(crate) async fn record_answers(req: ServiceRequest, next: Next<impl MessageBody>) -> Result<ServiceResponse<impl MessageBody>, Error> {
    // Every answer passes here: with the endpoint off it costs one check, not the labels' allocations.
    let state = req.app_data::<web::Data<AppState>>().filter(|state| state.metrics.enabled).cloned();
    let started = Instant::now();
    let method = state.as_ref().map(|_| req.method().as_str().to_owned());
    let response = next.call(req).await?;
    if let (Some(state), Some(method)) = (state, method) {
        let metrics = &state.metrics;
        let request = response.request();
        let route = request.match_pattern().unwrap_or_else(|| "unmatched".to_owned());
        let tenant = request
            .extensions()
            .get::<Tenant>()
            .map_or_else(|| "platform".to_owned(), |tenant| tenant.code.to_string());
        let refusal = response
            .response()
            .extensions()
            .get::<PendingMessage>()
            .map(|message| message.code.as_str());
        metrics.observe(
            route,
            method,
            response.status().as_u16(),
            tenant,
            refusal,
            started.elapsed().as_secs_f64(),
        );
    }
    Ok(response)
}

/// `GET /metrics`: the text format, each tenant's figures read now.
pub(crate) async fn scrape(req: HttpRequest, state: web::Data<AppState>) -> HttpResponse {
    let metrics = &state.metrics;
    if !metrics.enabled {
        return HttpResponse::NotFound().finish();
    }
    if !metrics.admits(&req) {
        return HttpResponse::Unauthorized().insert_header(("www-authenticate", "Bearer")).finish();
    }
    for (code, gauges) in state.gauges().read().await {
        let tenant = TenantLabels { tenant: code.to_string() };
        metrics.outbox_pending.get_or_create(&tenant).set(gauges.outbox_pending);
        metrics.outbox_oldest.get_or_create(&tenant).set(gauges.outbox_oldest_seconds);
        metrics.doses.get_or_create(&tenant).set(gauges.doses);
        metrics.certificates.get_or_create(&tenant).set(gauges.certificates);
    }
    for (cluster, db) in state.db.all() {
        let pool = db.get_postgres_connection_pool();
        let idle = i64::try_from(pool.num_idle()).unwrap_or(i64::MAX);
        let size = i64::from(pool.size());
        let labels = |state: &str| PoolLabels {
            cluster: cluster.to_owned(),
            state: state.to_owned(),
        };
        metrics.pool.get_or_create(&labels("idle")).set(idle);
        metrics.pool.get_or_create(&labels("in_use")).set((size - idle).max(0));
    }
    let mut text = String::new();
    if let Err(error) = prometheus_client::encoding::text::encode(&mut text, &metrics.registry) {
        tracing::error!(error = %error, "metrics could not be encoded");
        return HttpResponse::InternalServerError().finish();
    }
    HttpResponse::Ok()
        .insert_header((CONTENT_TYPE, "application/openmetrics-text; version=1.0.0; charset=utf-8"))
        .body(text)
}
