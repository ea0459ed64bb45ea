//! The HTTP server: middleware stack and route table around the shared state.

use std::net::TcpListener;

use actix_web::dev::Server;
use actix_web::middleware::from_fn;
use actix_web::{App, HttpServer, web};
use tracing_actix_web::TracingLogger;

use crate::AppState;
use crate::handlers::{extract_errors, not_found};
use crate::metrics::record_answers;
use crate::middleware::localise_errors::localise_errors;
use crate::middleware::public_limit::limit_public_calls;
use crate::middleware::refuse_nul::refuse_nul_parameters;
use crate::middleware::request_id::request_id_header;
use crate::middleware::resolve_tenant::resolve_tenant;
use crate::middleware::root_span::TenantRootSpan;
use crate::routes;

/// Serves on an already bound listener (so callers can bind port 0 and learn the port first).
pub fn serve(listener: TcpListener, state: AppState, workers: usize) -> std::io::Result<Server> {
    let console = state.console.clone();
    let state = web::Data::new(state);
    let server = HttpServer::new(move || {
        let console = console.clone();
        App::new()
            .app_data(state.clone())
            .configure(extract_errors::configure)
            .configure(move |cfg| routes::configure(cfg, &console))
            .default_service(web::to(not_found))
            .wrap(from_fn(refuse_nul_parameters))
            .wrap(from_fn(limit_public_calls))
            .wrap(from_fn(resolve_tenant))
            .wrap(from_fn(record_answers))
            .wrap(from_fn(localise_errors))
            .wrap(from_fn(request_id_header))
            .wrap(TracingLogger::<TenantRootSpan>::new())
    })
    .workers(workers.max(1))
    .listen(listener)?
    .run();
    Ok(server)
}
