//! The route table. A tenant's endpoints are data, so the OpenAPI document can be checked against them:
//! each is served under `/t/{tenant}` (single-host installs) and at the root of the tenant's hostnames.

use std::collections::BTreeMap;

use actix_web::http::Method;
use actix_web::{Route, web};

use crate::handlers::{
    aefi, appointments, auth, availability, beneficiaries, certificates, contact, corrections, desk, health, location, metadata, openapi,
    operations, platform, staff, tenant_info,
};

/// Who may call an endpoint.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Access {
    /// Anyone; without a token that verifies, the public rate limit applies.
    Public,
    /// A signed-in citizen of the tenant, for their own account's records.
    Citizen,
    /// A staff member of the tenant whose role may perform this casbin object and act.
    Staff {
        /// casbin object.
        object: &'static str,
        /// casbin act.
        act: &'static str,
    },
    /// An NHA administrator (platform domain) allowed this casbin object and act.
    Nha {
        /// casbin object.
        object: &'static str,
        /// casbin act.
        act: &'static str,
    },
}

impl Access {
    /// The access of a staff action.
    pub const fn staff<A: crate::staff::access::Action>() -> Self {
        Self::Staff {
            object: A::OBJECT,
            act: A::ACT,
        }
    }

    /// The access of an NHA action.
    pub const fn nha<A: crate::staff::access::Action>() -> Self {
        Self::Nha {
            object: A::OBJECT,
            act: A::ACT,
        }
    }
}

/// One endpoint: of a tenant's API (served under `/t/{tenant}` and at the tenant's hostnames) or of NHA's platform.
#[derive(Debug)]
pub struct Endpoint {
    /// HTTP method.
    pub method: Method,
    /// Path below the tenant's base (or below `/platform`).
    pub path: &'static str,
    /// The documented endpoint this one repeats (CoWIN served the same handler at a public and a protected
    /// path), or `None` if it is documented itself.
    pub alias_of: Option<&'static str>,
    /// Whether the OpenAPI document describes it (not the document and its viewer themselves).
    pub documented: bool,
    /// Who may call it: the access matrix test calls every endpoint that is not public with every credential
    /// that must not pass.
    pub access: Access,
    route: fn() -> Route,
}

macro_rules! access {
    () => {
        Access::Public
    };
    (citizen) => {
        Access::Citizen
    };
    (staff $action:ident) => {
        Access::staff::<crate::staff::access::$action>()
    };
    (nha $action:ident) => {
        Access::nha::<crate::platform::access::$action>()
    };
}

macro_rules! endpoint {
    ($method:ident $path:literal $(for $($who:ident)+)? => $handler:path) => {
        Endpoint {
            method: Method::$method,
            path: $path,
            alias_of: None,
            documented: true,
            access: access!($($($who)+)?),
            route: || web::method(Method::$method).to($handler),
        }
    };
    ($method:ident $path:literal alias of $canonical:literal $(for $($who:ident)+)? => $handler:path) => {
        Endpoint {
            method: Method::$method,
            path: $path,
            alias_of: Some($canonical),
            documented: true,
            access: access!($($($who)+)?),
            route: || web::method(Method::$method).to($handler),
        }
    };
    ($method:ident $path:literal undocumented => $handler:path) => {
        Endpoint {
            method: Method::$method,
            path: $path,
            alias_of: None,
            documented: false,
            access: Access::Public,
            route: || web::method(Method::$method).to($handler),
        }
    };
}

/// Every endpoint of a tenant's API.
pub static TENANT_ENDPOINTS: &[Endpoint] = &[
    endpoint!(GET "/api/tenant" => tenant_info::tenant_info),
    endpoint!(GET "/api/openapi.json" undocumented => openapi::document),
    endpoint!(GET "/api/docs" undocumented => openapi::viewer),
    endpoint!(GET "/api/docs/rapidoc-min.js" undocumented => openapi::viewer_script),
    endpoint!(GET "/api/v2/admin/location/states" => location::states::list_states),
    endpoint!(GET "/api/v2/admin/location/districts/{state_id}" => location::districts::list_districts),
    endpoint!(GET "/api/v2/registration/beneficiary/idTypes" => metadata::id_types::id_types),
    endpoint!(GET "/api/v2/registration/beneficiary/genders" => metadata::genders::genders),
    endpoint!(POST "/api/v2/registration/beneficiary/new" for citizen => beneficiaries::register::register_beneficiary),
    endpoint!(POST "/api/v2/registration/beneficiary/delete" for citizen => beneficiaries::delete::delete_beneficiary),
    endpoint!(GET "/api/v2/appointment/beneficiaries" for citizen => beneficiaries::list::list_beneficiaries),
    endpoint!(POST "/api/v2/appointment/schedule" for citizen => appointments::schedule::schedule),
    endpoint!(POST "/api/v2/appointment/reschedule" for citizen => appointments::reschedule::reschedule),
    endpoint!(POST "/api/v2/appointment/cancel" for citizen => appointments::cancel::cancel),
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
    endpoint!(POST "/api/staff/invitations" for staff InviteStaff => staff::invite::invite),
    endpoint!(POST "/api/staff/invitations/accept" => staff::accept::accept),
    endpoint!(POST "/api/staff/{id}/disable" for staff ManageStaff => staff::status::disable),
    endpoint!(POST "/api/staff/{id}/enable" for staff ManageStaff => staff::status::enable),
    endpoint!(GET "/api/staff/me" for staff ReadStaff => staff::me::me),
    endpoint!(GET "/api/staff/desk/appointments" for staff ReadDesk => desk::appointments::appointments),
    endpoint!(POST "/api/staff/desk/verify" for staff VerifyBeneficiary => desk::verify::verify),
    endpoint!(POST "/api/staff/desk/walk-in" for staff RegisterWalkIn => desk::walk_in::walk_in),
    endpoint!(POST "/api/staff/doses" for staff RecordDose => desk::record_dose::record_dose),
    endpoint!(POST "/api/staff/doses/bulk" for staff RecordDose => desk::bulk_doses::bulk_doses),
    endpoint!(POST "/api/staff/facilities" for staff WriteFacility => operations::facilities::create),
    endpoint!(PUT "/api/staff/facilities/{id}" for staff WriteFacility => operations::facilities::update),
    endpoint!(POST "/api/staff/facilities/{id}/deactivate" for staff WriteFacility => operations::facilities::deactivate),
    endpoint!(POST "/api/staff/sessions" for staff WriteSession => operations::sessions::create),
    endpoint!(PUT "/api/staff/sessions/{id}/capacity" for staff WriteSession => operations::sessions::set),
    endpoint!(POST "/api/staff/aefi" for staff ReportAefi => aefi::staff_report::report),
    endpoint!(GET "/api/staff/aefi" for staff ReadAefi => aefi::list::list_reports),
    endpoint!(POST "/api/citizen/aefi" for citizen => aefi::citizen_report::report),
    endpoint!(POST "/api/citizen/email" for citizen => contact::request_email::request_email_change),
    endpoint!(POST "/api/citizen/email/confirm" for citizen => contact::confirm_email::confirm_email_change),
    endpoint!(POST "/api/staff/corrections/beneficiary" for staff Correct => corrections::beneficiary::correct),
    endpoint!(POST "/api/staff/corrections/dose" for staff Correct => corrections::dose::correct),
    endpoint!(GET "/api/staff/corrections" for staff ReadCorrections => corrections::trail::trail),
    endpoint!(GET "/api/staff/audit" for staff ReadTenantAudit => staff::audit::audit),
    endpoint!(GET "/api/v2/registration/certificate/public/download" for citizen => certificates::download::download),
    endpoint!(GET "/api/v2/registration/certificate/download" alias of "/api/v2/registration/certificate/public/download" for citizen => certificates::download::download),
    endpoint!(GET "/api/v2/registration/certificate/formats" for citizen => certificates::forms::formats),
    endpoint!(GET "/api/v2/appointment/appointmentslip/download" for citizen => appointments::slip::slip),
    endpoint!(GET "/.well-known/jwks.json" => certificates::jwks::jwks),
    endpoint!(GET "/.well-known/did.json" => certificates::did::did_document),
    endpoint!(GET "/.well-known/crl/{kid}.json" => certificates::crl::crl),
    endpoint!(GET "/api/certificates/document-signers" => certificates::document_signers::document_signers),
    endpoint!(GET "/api/certificates/revocations" => certificates::revocation_list::revocations),
    endpoint!(POST "/api/certificates/verify" => certificates::verify::verify_certificate),
    endpoint!(GET "/verify" undocumented => certificates::verify_page::verify_page),
    endpoint!(POST "/verify" undocumented => certificates::verify_page::verify_submitted),
];

/// Every endpoint of NHA's platform (below `/platform`): the public trust list and its key, and the administration API.
pub static PLATFORM_ENDPOINTS: &[Endpoint] = &[
    endpoint!(GET "/trust-list" => platform::trust_list::trust_list),
    endpoint!(GET "/.well-known/jwks.json" => platform::trust_list::signer_keys),
    endpoint!(POST "/api/login" => platform::login::login),
    endpoint!(GET "/api/tenants" for nha ManageTenants => platform::tenants::list),
    endpoint!(POST "/api/tenants" for nha ManageTenants => platform::onboard::onboard),
    endpoint!(POST "/api/tenants/{code}/suspend" for nha ManageTenants => platform::tenant_status::suspend),
    endpoint!(POST "/api/tenants/{code}/resume" for nha ManageTenants => platform::tenant_status::resume),
    endpoint!(POST "/api/tenants/{code}/offboard" for nha ManageTenants => platform::offboard::offboard),
    endpoint!(GET "/api/audit" for nha ReadPlatformAudit => platform::audit::read),
];

/// One resource per path, so a wrong method answers 405; `upload` (a path) takes bodies larger than the default.
fn resources(cfg: &mut web::ServiceConfig, endpoints: &'static [Endpoint], upload: Option<(&str, usize)>) {
    let mut by_path: BTreeMap<&str, Vec<&Endpoint>> = BTreeMap::new();
    for endpoint in endpoints {
        by_path.entry(endpoint.path).or_default().push(endpoint);
    }
    for (path, endpoints) in by_path {
        let resource = endpoints
            .into_iter()
            .fold(web::resource(path), |resource, endpoint| resource.route((endpoint.route)()));
        let resource = match upload {
            Some((upload, limit)) if upload == path => resource.app_data(web::PayloadConfig::new(limit)),
            _ => resource,
        };
        cfg.service(resource);
    }
}

fn tenant_routes(cfg: &mut web::ServiceConfig) {
    resources(cfg, TENANT_ENDPOINTS, None);
}

fn platform_routes(cfg: &mut web::ServiceConfig) {
    // A tenant folder with its branding images is larger than actix's 256 KiB default.
    resources(cfg, PLATFORM_ENDPOINTS, Some(("/api/tenants", platform::onboard::MAX_UPLOAD_BYTES)));
}

/// The whole table.
pub(crate) fn configure(cfg: &mut web::ServiceConfig) {
    cfg.service(web::resource("/healthz").get(health::healthz))
        .service(web::resource("/readyz").get(health::readyz))
        .service(web::scope("/platform").configure(platform_routes))
        .service(web::scope("/t/{tenant}").configure(tenant_routes))
        .configure(tenant_routes);
}
