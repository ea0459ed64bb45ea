//! Liveness and readiness for load balancers and orchestrators.

use std::collections::BTreeMap;

use actix_web::{HttpResponse, web};
use cowin_migrations::{pending_cluster_migrations, pending_migrations};
use cowin_store::clusters::MAIN_CLUSTER;

use crate::AppState;

/// The process is up.
pub(crate) async fn healthz() -> HttpResponse {
    HttpResponse::Ok().json(serde_json::json!({ "status": "ok" }))
}

/// Longest a readiness check waits for the database: a load balancer needs an answer, not a hang.
const READINESS_TIMEOUT: std::time::Duration = std::time::Duration::from_secs(2);

/// A readiness answer: its status and body.
pub type Readiness = (u16, serde_json::Value);

/// Readiness answers, each reused for a second by every caller meanwhile (one database check at a time however
/// often the unauthenticated path is called).
pub fn readiness_cache() -> moka::future::Cache<(), Readiness> {
    moka::future::Cache::builder()
        .max_capacity(1)
        .time_to_live(std::time::Duration::from_secs(1))
        .build()
}

/// The database answers (within two seconds) and every schema (platform and each tenant) has all its migrations.
pub(crate) async fn readyz(state: web::Data<AppState>) -> HttpResponse {
    let (status, body) = state.readiness.get_with((), check(&state)).await;
    let status = actix_web::http::StatusCode::from_u16(status).unwrap_or(actix_web::http::StatusCode::SERVICE_UNAVAILABLE);
    HttpResponse::build(status).json(body)
}

/// Pending migrations of every cluster's schemas: its `platform` schema and the tenants placed on it. Schemas of
/// clusters other than `main` are named `<cluster>:<schema>`. Only `main` failing to answer fails the check: another
/// cluster's outage is its countries' (their requests answer 503), not this server's, and is logged and reported.
async fn pending_everywhere(state: &AppState) -> Result<(Vec<(String, usize)>, Vec<String>), sea_orm::DbErr> {
    let tenants = state.tenants.all();
    let mut pending = Vec::new();
    let mut unreachable = Vec::new();
    for (name, cluster) in state.db.all() {
        let placed: Vec<_> = tenants
            .iter()
            .filter(|tenant| tenant.cluster == name)
            .map(|tenant| tenant.code)
            .collect();
        if name == MAIN_CLUSTER {
            pending.extend(
                pending_migrations(cluster, &placed)
                    .await?
                    .into_iter()
                    .map(|(schema, count)| (schema.to_string(), count)),
            );
            continue;
        }
        // Bounded, so that a cluster behind a silent network cannot use up the whole check's time.
        match tokio::time::timeout(READINESS_TIMEOUT / 4, pending_cluster_migrations(cluster, &placed))
            .await
            .unwrap_or_else(|_| Err(sea_orm::DbErr::Custom("no answer in time".into())))
        {
            Ok(here) => pending.extend(here.into_iter().map(|(schema, count)| (format!("{name}:{schema}"), count))),
            Err(error) => {
                tracing::warn!(cluster = name, error = %error, "readiness: a database cluster did not answer");
                unreachable.push(name.to_owned());
            }
        }
    }
    Ok((pending, unreachable))
}

async fn check(state: &AppState) -> Readiness {
    let checked = tokio::time::timeout(READINESS_TIMEOUT, pending_everywhere(state))
        .await
        .unwrap_or_else(|_| Err(sea_orm::DbErr::Custom("the database did not answer in time".into())));
    match checked {
        Ok((pending, unreachable)) => {
            let behind: BTreeMap<String, usize> = pending
                .iter()
                .filter(|(_, count)| *count > 0)
                .map(|(schema, count)| (schema.clone(), *count))
                .collect();
            if behind.is_empty() {
                (
                    200,
                    serde_json::json!({ "status": "ready", "schemas": pending.len(), "unreachable_clusters": unreachable }),
                )
            } else {
                (503, serde_json::json!({ "status": "migrations_pending", "pending": behind }))
            }
        }
        Err(error) => {
            tracing::warn!(error = %error, "readiness check could not query the database");
            (503, serde_json::json!({ "status": "database_unavailable" }))
        }
    }
}
