//! The route table. A tenant's endpoints are data, so the OpenAPI document can be checked against them:
//! each is served under `/t/{tenant}` (single-host installs) and at the root of the tenant's hostnames.

use std::collections::BTreeMap;

use actix_web::http::Method;
use actix_web::{Route, web};

use crate::handlers::{
    aefi, appointments, auth, availability, beneficiaries, certificates, corrections, desk, health, location, metadata, openapi,
    operations, platform, staff, tenant_info,
};

/// One endpoint of a tenant's API.
#[derive(Debug)]
pub struct Endpoint {
    /// HTTP method.
    pub method: Method,
    /// Path below the tenant's base.
    pub path: &'static str,
    /// The documented endpoint this one repeats (CoWIN served the same handler at a public and a protected
    /// path), or `None` if it is documented itself.
    pub alias_of: Option<&'static str>,
    /// Whether the OpenAPI document describes it (not the document and its viewer themselves).
    pub documented: bool,
    route: fn() -> Route,
}

macro_rules! endpoint {
    ($method:ident $path:literal => $handler:path) => {
        Endpoint {
            method: Method::$method,
            path: $path,
            alias_of: None,
            documented: true,
            route: || web::method(Method::$method).to($handler),
        }
    };
    ($method:ident $path:literal alias of $canonical:literal => $handler:path) => {
        Endpoint {
            method: Method::$method,
            path: $path,
            alias_of: Some($canonical),
            documented: true,
            route: || web::method(Method::$method).to($handler),
        }
    };
    ($method:ident $path:literal undocumented => $handler:path) => {
        Endpoint {
            method: Method::$method,
            path: $path,
            alias_of: None,
            documented: false,
            route: || web::method(Method::$method).to($handler),
        }
    };
}

/// Every endpoint of a tenant's API.
pub static TENANT_ENDPOINTS: &[Endpoint] = &[
    endpoint!(GET "/api/tenant" => tenant_info::tenant_info),
    endpoint!(GET "/api/openapi.json" undocumented => openapi::document),
    endpoint!(GET "/api/docs" undocumented => openapi::viewer),
    endpoint!(GET "/api/v2/admin/location/states" => location::states::list_states),
    endpoint!(GET "/api/v2/admin/location/districts/{state_id}" => location::districts::list_districts),
    endpoint!(GET "/api/v2/registration/beneficiary/idTypes" => metadata::id_types::id_types),
    endpoint!(GET "/api/v2/registration/beneficiary/genders" => metadata::genders::genders),
    endpoint!(POST "/api/v2/registration/beneficiary/new" => beneficiaries::register::register_beneficiary),
    endpoint!(POST "/api/v2/registration/beneficiary/delete" => beneficiaries::delete::delete_beneficiary),
    endpoint!(GET "/api/v2/appointment/beneficiaries" => beneficiaries::list::list_beneficiaries),
    endpoint!(POST "/api/v2/appointment/schedule" => appointments::schedule::schedule),
    endpoint!(POST "/api/v2/appointment/reschedule" => appointments::reschedule::reschedule),
    endpoint!(POST "/api/v2/appointment/cancel" => appointments::cancel::cancel),
    endpoint!(POST "/api/v2/auth/public/generateOTP" => auth::generate_otp::generate_otp),
    endpoint!(POST "/api/v2/auth/generateOTP" alias of "/api/v2/auth/public/generateOTP" => auth::generate_otp::generate_otp),
    endpoint!(POST "/api/v2/auth/public/confirmOTP" => auth::confirm_otp::confirm_otp),
    endpoint!(POST "/api/v2/auth/confirmOTP" alias of "/api/v2/auth/public/confirmOTP" => auth::confirm_otp::confirm_otp),
    endpoint!(GET "/api/v2/appointment/sessions/public/findByPin" => availability::find::find_by_pin),
    endpoint!(GET "/api/v2/appointment/sessions/findByPin" alias of "/api/v2/appointment/sessions/public/findByPin" => availability::find::find_by_pin),
    endpoint!(GET "/api/v2/appointment/sessions/public/findByDistrict" => availability::find::find_by_district),
    endpoint!(GET "/api/v2/appointment/sessions/findByDistrict" alias of "/api/v2/appointment/sessions/public/findByDistrict" => availability::find::find_by_district),
    endpoint!(GET "/api/v2/appointment/sessions/public/calendarByPin" => availability::calendar::calendar_by_pin),
    endpoint!(GET "/api/v2/appointment/sessions/calendarByPin" alias of "/api/v2/appointment/sessions/public/calendarByPin" => availability::calendar::calendar_by_pin),
    endpoint!(GET "/api/v2/appointment/sessions/public/calendarByDistrict" => availability::calendar::calendar_by_district),
    endpoint!(GET "/api/v2/appointment/sessions/calendarByDistrict" alias of "/api/v2/appointment/sessions/public/calendarByDistrict" => availability::calendar::calendar_by_district),
    endpoint!(GET "/api/v2/appointment/sessions/public/calendarByCenter" => availability::calendar::calendar_by_center),
    endpoint!(GET "/api/v2/appointment/sessions/calendarByCenter" alias of "/api/v2/appointment/sessions/public/calendarByCenter" => availability::calendar::calendar_by_center),
    endpoint!(GET "/api/v2/appointment/centers/public/findByLatLong" => metadata::centres_near::find_by_lat_long),
    endpoint!(GET "/api/v2/appointment/centers/findByLatLong" alias of "/api/v2/appointment/centers/public/findByLatLong" => metadata::centres_near::find_by_lat_long),
    endpoint!(POST "/api/staff/login" => staff::login::login),
    endpoint!(POST "/api/staff/invitations" => staff::invite::invite),
    endpoint!(POST "/api/staff/invitations/accept" => staff::accept::accept),
    endpoint!(POST "/api/staff/{id}/disable" => staff::status::disable),
    endpoint!(POST "/api/staff/{id}/enable" => staff::status::enable),
    endpoint!(GET "/api/staff/me" => staff::me::me),
    endpoint!(GET "/api/staff/desk/appointments" => desk::appointments::appointments),
    endpoint!(POST "/api/staff/desk/verify" => desk::verify::verify),
    endpoint!(POST "/api/staff/desk/walk-in" => desk::walk_in::walk_in),
    endpoint!(POST "/api/staff/doses" => desk::record_dose::record_dose),
    endpoint!(POST "/api/staff/doses/bulk" => desk::bulk_doses::bulk_doses),
    endpoint!(POST "/api/staff/facilities" => operations::facilities::create),
    endpoint!(PUT "/api/staff/facilities/{id}" => operations::facilities::update),
    endpoint!(POST "/api/staff/facilities/{id}/deactivate" => operations::facilities::deactivate),
    endpoint!(POST "/api/staff/sessions" => operations::sessions::create),
    endpoint!(PUT "/api/staff/sessions/{id}/capacity" => operations::sessions::set),
    endpoint!(POST "/api/staff/aefi" => aefi::staff_report::report),
    endpoint!(GET "/api/staff/aefi" => aefi::list::list_reports),
    endpoint!(POST "/api/citizen/aefi" => aefi::citizen_report::report),
    endpoint!(POST "/api/staff/corrections/beneficiary" => corrections::beneficiary::correct),
    endpoint!(POST "/api/staff/corrections/dose" => corrections::dose::correct),
    endpoint!(GET "/api/staff/corrections" => corrections::trail::trail),
    endpoint!(GET "/api/staff/audit" => staff::audit::audit),
    endpoint!(GET "/api/v2/registration/certificate/public/download" => certificates::download::download),
    endpoint!(GET "/api/v2/registration/certificate/download" alias of "/api/v2/registration/certificate/public/download" => certificates::download::download),
    endpoint!(GET "/api/v2/registration/certificate/formats" => certificates::forms::formats),
    endpoint!(GET "/api/v2/appointment/appointmentslip/download" => appointments::slip::slip),
    endpoint!(GET "/.well-known/jwks.json" => certificates::jwks::jwks),
    endpoint!(GET "/.well-known/did.json" => certificates::did::did_document),
    endpoint!(GET "/.well-known/crl/{kid}.json" => certificates::crl::crl),
    endpoint!(GET "/api/certificates/document-signers" => certificates::document_signers::document_signers),
    endpoint!(GET "/api/certificates/revocations" => certificates::revocation_list::revocations),
    endpoint!(POST "/api/certificates/verify" => certificates::verify::verify_certificate),
    endpoint!(GET "/verify" undocumented => certificates::verify_page::verify_page),
    endpoint!(POST "/verify" undocumented => certificates::verify_page::verify_submitted),
];

/// Routes of one tenant, relative to its base: one resource per path, so a wrong method answers 405.
fn tenant_routes(cfg: &mut web::ServiceConfig) {
    let mut by_path: BTreeMap<&str, Vec<&Endpoint>> = BTreeMap::new();
    for endpoint in TENANT_ENDPOINTS {
        by_path.entry(endpoint.path).or_default().push(endpoint);
    }
    for (path, endpoints) in by_path {
        let resource = endpoints
            .into_iter()
            .fold(web::resource(path), |resource, endpoint| resource.route((endpoint.route)()));
        cfg.service(resource);
    }
}

/// NHA's platform routes: the public trust list and its key, and the administration API.
fn platform_routes(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/trust-list").get(platform::trust_list::trust_list))
        .service(web::resource("/.well-known/jwks.json").get(platform::trust_list::signer_keys))
        .service(web::resource("/api/login").post(platform::login::login))
        .service(
            web::resource("/api/tenants")
                // A tenant folder with its branding images is larger than actix's 256 KiB default.
                .app_data(web::PayloadConfig::new(platform::onboard::MAX_UPLOAD_BYTES))
                .get(platform::tenants::list)
                .post(platform::onboard::onboard),
        )
        .service(web::resource("/api/tenants/{code}/suspend").post(platform::tenant_status::suspend))
        .service(web::resource("/api/tenants/{code}/resume").post(platform::tenant_status::resume))
        .service(web::resource("/api/tenants/{code}/offboard").post(platform::offboard::offboard))
        .service(web::resource("/api/audit").get(platform::audit::read));
}

/// The whole table.
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").get(health::healthz))
        .service(web::resource("/readyz").get(health::readyz))
        .service(web::scope("/platform").configure(platform_routes))
        .service(web::scope("/t/{tenant}").configure(tenant_routes))
        .configure(tenant_routes);
}
