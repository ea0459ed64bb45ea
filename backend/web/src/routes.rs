//! The route table, the one list both the routes and the OpenAPI document are made from. Each documented endpoint
//! names its handler only: its method and path come from the handler's `#[utoipa::path]` annotation, and so does its
//! part of the document, so a route cannot be served undocumented or documented unserved. A tenant's endpoints are
//! served under `/t/{tenant}` (single-host installs) and at the root of the tenant's hostnames; NHA's under
//! `/platform`.

use std::collections::BTreeMap;
use std::sync::LazyLock;

use actix_web::http::Method;
use actix_web::{Route, web};
use utoipa::openapi::RefOr;
use utoipa::openapi::path::{HttpMethod, Operation};
use utoipa::openapi::schema::Schema;

use crate::console::ConsoleFiles;
use crate::handlers::{
    aefi, appointments, auth, availability, beneficiaries, certificates, configuration, contact, corrections, desk, health, location,
    metadata, openapi, operations, platform, reports, requests, staff, tenant_info,
};
use crate::portal;

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
    /// The access of an action of the policy.
    pub fn of<A: cowin_app::access::Action>(nha: bool) -> Self {
        if nha {
            Self::Nha {
                object: A::OBJECT,
                act: A::ACT,
            }
        } else {
            Self::Staff {
                object: A::OBJECT,
                act: A::ACT,
            }
        }
    }
}

/// An endpoint's part of the OpenAPI document.
#[derive(Clone)]
pub struct Documentation {
    /// The method, as the document names it.
    pub method: HttpMethod,
    /// The operation (parameters, body, responses).
    pub operation: Operation,
    /// The schemas it names.
    pub schemas: Vec<(String, RefOr<Schema>)>,
}

impl std::fmt::Debug for Documentation {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Documentation")
            .field("operation_id", &self.operation.operation_id)
            .finish_non_exhaustive()
    }
}

/// One endpoint.
#[derive(Debug)]
pub struct Endpoint {
    /// HTTP method.
    pub method: Method,
    /// Path below the tenant's base (or below `/platform`).
    pub path: String,
    /// The documented endpoint this one repeats (CoWIN served the same handler at a public and a protected path).
    pub alias_of: Option<String>,
    /// Who may call it: the access matrix test calls every endpoint that is not public with every credential that
    /// must not pass.
    pub access: Access,
    /// Its part of the document; `None` for the document and its viewer themselves and for pages.
    pub documentation: Option<Documentation>,
    route: fn() -> Route,
}

/// The actix method of an OpenAPI one.
fn method_of(method: &HttpMethod) -> Method {
    match method {
        HttpMethod::Get => Method::GET,
        HttpMethod::Post => Method::POST,
        HttpMethod::Put => Method::PUT,
        HttpMethod::Delete => Method::DELETE,
        HttpMethod::Options => Method::OPTIONS,
        HttpMethod::Head => Method::HEAD,
        HttpMethod::Patch => Method::PATCH,
        HttpMethod::Trace => Method::TRACE,
    }
}

/// The endpoint of a handler annotated with `#[utoipa::path]` (`P` is the annotation's generated type).
fn documented<P: utoipa::Path + utoipa::__dev::SchemaReferences>(alias: Option<&str>, access: Access, route: fn() -> Route) -> Endpoint {
    let mut schemas = Vec::new();
    P::schemas(&mut schemas);
    let path = P::path();
    let method = P::methods().into_iter().next().unwrap_or(HttpMethod::Get);
    Endpoint {
        method: method_of(&method),
        path: alias.map_or_else(|| path.clone(), str::to_owned),
        alias_of: alias.map(|_| path),
        access,
        documentation: Some(Documentation {
            method,
            operation: P::operation(),
            schemas,
        }),
        route,
    }
}

/// An endpoint the document does not describe.
fn undocumented(method: Method, path: &str, route: fn() -> Route) -> Endpoint {
    Endpoint {
        method,
        path: path.to_owned(),
        alias_of: None,
        access: Access::Public,
        documentation: None,
        route,
    }
}

macro_rules! access {
    () => {
        Access::Public
    };
    (citizen) => {
        Access::Citizen
    };
    (staff $action:ident) => {
        Access::of::<cowin_app::access::$action>(false)
    };
    (nha $action:ident) => {
        Access::of::<cowin_app::access::$action>(true)
    };
}

/// `endpoint!([alias "/path"] [for who] => module::handler)`: a documented endpoint; `endpoint!(METHOD "/path" =>
/// handler)`: an undocumented one.
macro_rules! endpoint {
    ($(alias $alias:literal)? $(for $($who:ident)+)? => $first:ident $(:: $rest:ident)*) => {
        endpoint!(@split [$(alias $alias)?] [$($($who)+)?] [] $first $(:: $rest)*)
    };
    // Splits `a::b::handler` into the module path `a::b` and the handler, whose utoipa type is `a::b::__path_handler`.
    (@split $alias:tt $who:tt [$($module:ident)*] $next:ident :: $($rest:tt)+) => {
        endpoint!(@split $alias $who [$($module)* $next] $($rest)+)
    };
    (@split [$(alias $alias:literal)?] [$($who:ident)*] [$($module:ident)*] $handler:ident) => {
        paste::paste! {
            documented::<$($module::)* [<__path_ $handler>]>(
                None$(.or(Some($alias)))?,
                access!($($who)*),
                || {
                    let methods = <$($module::)* [<__path_ $handler>] as utoipa::Path>::methods();
                    web::method(methods.first().map_or(Method::GET, method_of)).to($($module::)* $handler)
                },
            )
        }
    };
    ($method:ident $path:literal => $handler:path) => {
        undocumented(Method::$method, $path, || web::method(Method::$method).to($handler))
    };
}

/// Every endpoint of a tenant's API.
pub static TENANT_ENDPOINTS: LazyLock<Vec<Endpoint>> = LazyLock::new(|| {
    vec![
        endpoint!(=> tenant_info::tenant_info),
        endpoint!(GET "/api/openapi.json" => openapi::document),
        endpoint!(GET "/api/docs" => openapi::viewer),
        endpoint!(GET "/api/docs/rapidoc-min.js" => openapi::viewer_script),
        endpoint!(=> location::states::list_states),
        endpoint!(=> location::districts::list_districts),
        endpoint!(=> metadata::id_types::id_types),
        endpoint!(=> metadata::genders::genders),
        endpoint!(for citizen => beneficiaries::register::register_beneficiary),
        endpoint!(for citizen => beneficiaries::delete::delete_beneficiary),
        endpoint!(for citizen => beneficiaries::list::list_beneficiaries),
        endpoint!(for citizen => appointments::schedule::schedule),
        endpoint!(for citizen => appointments::reschedule::reschedule),
        endpoint!(for citizen => appointments::cancel::cancel),
        endpoint!(=> auth::generate_otp::generate_otp),
        endpoint!(alias "/api/v2/auth/generateOTP" => auth::generate_otp::generate_otp),
        endpoint!(=> auth::confirm_otp::confirm_otp),
        endpoint!(alias "/api/v2/auth/confirmOTP" => auth::confirm_otp::confirm_otp),
        endpoint!(=> availability::find::find_by_pin),
        endpoint!(alias "/api/v2/appointment/sessions/findByPin" => availability::find::find_by_pin),
        endpoint!(=> availability::find::find_by_district),
        endpoint!(alias "/api/v2/appointment/sessions/findByDistrict" => availability::find::find_by_district),
        endpoint!(=> availability::calendar::calendar_by_pin),
        endpoint!(alias "/api/v2/appointment/sessions/calendarByPin" => availability::calendar::calendar_by_pin),
        endpoint!(=> availability::calendar::calendar_by_district),
        endpoint!(alias "/api/v2/appointment/sessions/calendarByDistrict" => availability::calendar::calendar_by_district),
        endpoint!(=> availability::calendar::calendar_by_center),
        endpoint!(alias "/api/v2/appointment/sessions/calendarByCenter" => availability::calendar::calendar_by_center),
        endpoint!(=> metadata::centres_near::find_by_lat_long),
        endpoint!(alias "/api/v2/appointment/centers/findByLatLong" => metadata::centres_near::find_by_lat_long),
        endpoint!(=> staff::login::login),
        endpoint!(=> staff::session::open),
        endpoint!(=> staff::session::close),
        endpoint!(for staff InviteStaff => staff::invite::invite),
        endpoint!(=> staff::accept::accept),
        endpoint!(for staff ManageStaff => staff::status::disable),
        endpoint!(for staff ManageStaff => staff::status::enable),
        endpoint!(for staff ManageStaff => staff::role::change),
        endpoint!(for staff ReadStaff => staff::me::me),
        endpoint!(for staff ManageStaff => staff::directory::directory),
        endpoint!(for staff ReadDesk => desk::appointments::appointments),
        endpoint!(for staff VerifyBeneficiary => desk::verify::verify),
        endpoint!(for staff RegisterWalkIn => desk::walk_in::walk_in),
        endpoint!(for staff RecordDose => desk::record_dose::record_dose),
        endpoint!(for staff RecordDose => desk::bulk_doses::bulk_doses),
        endpoint!(for staff ReadFacility => operations::facility_list::list),
        endpoint!(for staff WriteFacility => operations::facilities::create),
        endpoint!(for staff WriteFacility => operations::facility_import::import),
        endpoint!(for staff WriteFacility => operations::facilities::update),
        endpoint!(for staff WriteFacility => operations::facilities::deactivate),
        endpoint!(for staff WriteSession => operations::sessions::create),
        endpoint!(for staff WriteSession => operations::sessions::set),
        endpoint!(for staff WriteSession => operations::sessions::change),
        endpoint!(for staff ReadSession => operations::session_list::list),
        endpoint!(for staff ReportAefi => aefi::staff_report::report),
        endpoint!(for staff ReadAefi => aefi::list::list_reports),
        endpoint!(for citizen => aefi::citizen_report::report),
        endpoint!(for citizen => contact::request_email::request_email_change),
        endpoint!(for citizen => contact::confirm_email::confirm_email_change),
        endpoint!(for staff Correct => corrections::beneficiary::correct),
        endpoint!(for staff Correct => corrections::dose::correct),
        endpoint!(for staff ReadCorrections => corrections::trail::trail),
        endpoint!(for citizen => requests::file::file),
        endpoint!(for citizen => requests::mine::mine),
        endpoint!(for staff ReadCorrections => requests::list::list),
        endpoint!(for staff Correct => requests::decide::decide),
        endpoint!(for staff ReadTenantAudit => staff::audit::audit),
        endpoint!(for staff ReadReports => reports::doses::doses),
        endpoint!(for staff ReadReports => reports::dose_csv::doses_csv),
        endpoint!(for staff ManageConfiguration => configuration::read::read),
        endpoint!(for staff ManageConfiguration => configuration::save::save),
        endpoint!(for staff ManageConfiguration => configuration::export::export),
        endpoint!(for staff ManageConfiguration => configuration::preview::preview),
        endpoint!(for citizen => certificates::download::download),
        endpoint!(alias "/api/v2/registration/certificate/download" for citizen => certificates::download::download),
        endpoint!(for citizen => certificates::forms::formats),
        endpoint!(for citizen => appointments::slip::slip),
        endpoint!(=> certificates::jwks::jwks),
        endpoint!(=> certificates::did::did_document),
        endpoint!(=> certificates::crl::crl),
        endpoint!(=> certificates::document_signers::document_signers),
        endpoint!(=> certificates::revocation_list::revocations),
        endpoint!(=> certificates::verify::verify_certificate),
        endpoint!(GET "/verify" => portal::verify::verify_page),
        endpoint!(POST "/verify" => portal::verify::verify_submitted),
        endpoint!(GET "/" => portal::home::home),
        endpoint!(GET "/sign-in" => portal::sign_in::form),
        endpoint!(POST "/sign-in" => portal::sign_in::send),
        endpoint!(POST "/sign-in/confirm" => portal::sign_in::confirm),
        endpoint!(POST "/sign-out" => portal::sign_in::sign_out),
        endpoint!(GET "/account" => portal::account::account),
        endpoint!(GET "/account/members/new" => portal::members::new_member),
        endpoint!(POST "/account/members" => portal::members::add),
        endpoint!(POST "/account/members/remove" => portal::members::remove),
        endpoint!(GET "/account/requests" => portal::requests::requests),
        endpoint!(POST "/account/requests" => portal::requests::file),
        endpoint!(GET "/account/certificate" => portal::certificate::certificate),
        endpoint!(GET "/account/certificate/qr" => portal::certificate::qr_image),
        endpoint!(POST "/account/certificate/passport" => portal::certificate::add_passport),
        endpoint!(GET "/slots" => portal::slots::slots),
        endpoint!(GET "/statistics" => portal::statistics::statistics),
        endpoint!(POST "/appointments" => portal::appointments::book),
        endpoint!(POST "/appointments/reschedule" => portal::appointments::reschedule),
        endpoint!(POST "/appointments/cancel" => portal::appointments::cancel),
        endpoint!(GET "/language/{tag}" => portal::language::choose),
        endpoint!(GET "/assets/portal.css" => portal::assets::stylesheet),
        endpoint!(GET "/assets/portal.js" => portal::assets::script),
        endpoint!(GET "/assets/theme.css" => portal::assets::theme),
    ]
});

/// Every endpoint of NHA's platform (below `/platform`): the public trust list and its key, and the administration
/// API.
pub static PLATFORM_ENDPOINTS: LazyLock<Vec<Endpoint>> = LazyLock::new(|| {
    vec![
        endpoint!(=> platform::trust_list::trust_list),
        endpoint!(=> platform::trust_list::signer_keys),
        endpoint!(=> platform::login::login),
        endpoint!(=> platform::session::open),
        endpoint!(=> platform::session::close),
        endpoint!(for nha ReadNhaProfile => platform::me::me),
        endpoint!(for nha ManageTenants => platform::tenants::list),
        endpoint!(for nha ManageTenants => platform::onboard::onboard),
        endpoint!(for nha ManageTenants => platform::tenant_status::suspend),
        endpoint!(for nha ManageTenants => platform::tenant_status::resume),
        endpoint!(for nha ManageTenants => platform::offboard::offboard),
        endpoint!(for nha ReadPlatformAudit => platform::audit::read),
        endpoint!(for nha ManageTenants => platform::usage::usage),
        endpoint!(for nha ManageTenants => platform::licence_events::events),
        endpoint!(GET "/api/openapi.json" => openapi::platform_document),
    ]
});

/// One resource per path, so a wrong method answers 405; `upload` (a path) takes bodies larger than the default.
fn resources(cfg: &mut web::ServiceConfig, endpoints: &'static [Endpoint], upload: Option<(&str, usize)>) {
    let mut by_path: BTreeMap<&str, Vec<&Endpoint>> = BTreeMap::new();
    for endpoint in endpoints {
        by_path.entry(endpoint.path.as_str()).or_default().push(endpoint);
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

fn tenant_routes(cfg: &mut web::ServiceConfig, console: &ConsoleFiles) {
    resources(cfg, &TENANT_ENDPOINTS, None);
    console.configure(cfg);
}

fn platform_routes(cfg: &mut web::ServiceConfig, console: &ConsoleFiles) {
    // A tenant folder with its branding images is larger than actix's 256 KiB default.
    let upload = ("/api/tenants", cowin_app::platform::onboarding::MAX_UPLOAD_BYTES);
    resources(cfg, &PLATFORM_ENDPOINTS, Some(upload));
    console.configure(cfg);
}

/// The whole table, and the console under every base.
pub(crate) fn configure(cfg: &mut web::ServiceConfig, console: &ConsoleFiles) {
    cfg.service(web::resource("/healthz").get(health::healthz))
        .service(web::resource("/readyz").get(health::readyz))
        .service(web::resource("/metrics").get(crate::metrics::scrape))
        .service(web::scope("/platform").configure(|cfg| platform_routes(cfg, console)))
        .service(web::scope("/t/{tenant}").configure(|cfg| tenant_routes(cfg, console)));
    tenant_routes(cfg, console);
}
