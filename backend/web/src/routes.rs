//! The route table: platform routes, then every tenant route twice — under `/t/{tenant}` for single-host
//! installs and at the root for tenant hostnames.

use actix_web::web;

use crate::handlers::{health, location, tenant_info};

/// Routes of one tenant, relative to its base.
fn tenant_routes(cfg: &mut web::ServiceConfig) {
    // Resources (not bare routes), so a wrong method answers 405 rather than 404.
    cfg.service(web::resource("/api/tenant").get(tenant_info::tenant_info))
        .service(web::resource("/api/v2/admin/location/states").get(location::states::list_states))
        .service(web::resource("/api/v2/admin/location/districts/{state_id}").get(location::districts::list_districts));
}

/// The whole table.
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").get(health::healthz))
        .service(web::resource("/readyz").get(health::readyz))
        .service(web::scope("/t/{tenant}").configure(tenant_routes))
        .configure(tenant_routes);
}
