//! The route table: platform routes, then every tenant route twice — under `/t/{tenant}` for single-host
//! installs and at the root for tenant hostnames.

use actix_web::web;

use crate::handlers::{appointments, auth, availability, beneficiaries, health, location, metadata, tenant_info};

/// Routes of one tenant, relative to its base.
fn tenant_routes(cfg: &mut web::ServiceConfig) {
    // Resources (not bare routes), so a wrong method answers 405 rather than 404.
    cfg.service(web::resource("/api/tenant").get(tenant_info::tenant_info))
        .service(web::resource("/api/v2/admin/location/states").get(location::states::list_states))
        .service(web::resource("/api/v2/admin/location/districts/{state_id}").get(location::districts::list_districts))
        .service(web::resource("/api/v2/registration/beneficiary/idTypes").get(metadata::id_types::id_types))
        .service(web::resource("/api/v2/registration/beneficiary/genders").get(metadata::genders::genders))
        .service(web::resource("/api/v2/registration/beneficiary/new").post(beneficiaries::register::register_beneficiary))
        .service(web::resource("/api/v2/registration/beneficiary/delete").post(beneficiaries::delete::delete_beneficiary))
        .service(web::resource("/api/v2/appointment/beneficiaries").get(beneficiaries::list::list_beneficiaries))
        .service(web::resource("/api/v2/appointment/schedule").post(appointments::schedule::schedule))
        .service(web::resource("/api/v2/appointment/reschedule").post(appointments::reschedule::reschedule))
        .service(web::resource("/api/v2/appointment/cancel").post(appointments::cancel::cancel));
    // CoWIN served the same handlers under a public path (no token) and a protected one; both are kept.
    for prefix in ["/api/v2/auth/public", "/api/v2/auth"] {
        cfg.service(web::resource(format!("{prefix}/generateOTP")).post(auth::generate_otp::generate_otp))
            .service(web::resource(format!("{prefix}/confirmOTP")).post(auth::confirm_otp::confirm_otp));
    }
    for prefix in ["/api/v2/appointment/sessions/public", "/api/v2/appointment/sessions"] {
        cfg.service(web::resource(format!("{prefix}/findByPin")).get(availability::find::find_by_pin))
            .service(web::resource(format!("{prefix}/findByDistrict")).get(availability::find::find_by_district))
            .service(web::resource(format!("{prefix}/calendarByPin")).get(availability::calendar::calendar_by_pin))
            .service(web::resource(format!("{prefix}/calendarByDistrict")).get(availability::calendar::calendar_by_district))
            .service(web::resource(format!("{prefix}/calendarByCenter")).get(availability::calendar::calendar_by_center));
    }
    for prefix in ["/api/v2/appointment/centers/public", "/api/v2/appointment/centers"] {
        cfg.service(web::resource(format!("{prefix}/findByLatLong")).get(metadata::centres_near::find_by_lat_long));
    }
}

/// The whole table.
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").get(health::healthz))
        .service(web::resource("/readyz").get(health::readyz))
        .service(web::scope("/t/{tenant}").configure(tenant_routes))
        .configure(tenant_routes);
}
