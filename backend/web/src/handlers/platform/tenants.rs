//! `GET /platform/api/tenants`: every tenant with its status, licence and usage (today and the last 30 days).

use actix_web::web;
use cowin_app::access::ManageTenants;
use cowin_app::platform::tenants::{LicenceStanding, TenantOverview};
use cowin_store::platform::usage::Usage;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::Nha;
use crate::{ApiError, AppState};

/// A tenant's licence as the guard judges it now.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct LicenceView {
    /// `valid`, `missing`, or the refusal's code (`LICENCE_EXPIRED`, `LICENCE_REVOKED`, ...).
    state: String,
    /// The licence's id, where it could be read.
    #[serde(skip_serializing_if = "Option::is_none")]
    id: Option<String>,
    /// Who holds it (valid licences).
    #[serde(skip_serializing_if = "Option::is_none")]
    licensee: Option<String>,
    /// The hostnames it covers (valid licences).
    #[serde(skip_serializing_if = "Option::is_none")]
    hostnames: Option<Vec<String>>,
    /// When it expires, seconds since 1970 (valid licences; absent for none).
    #[serde(skip_serializing_if = "Option::is_none")]
    expires_at: Option<i64>,
}

/// Counters of a period.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Counters {
    /// Beneficiaries registered.
    registrations: i64,
    /// Appointments booked.
    bookings: i64,
    /// Doses recorded.
    doses: i64,
    /// Certificates issued.
    certificates: i64,
}

/// Usage today and over the last 30 days.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct UsageView {
    /// Today (UTC).
    today: Counters,
    /// The last 30 days, today included.
    last_30_days: Counters,
}

/// A tenant as NHA sees it.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct TenantView {
    /// Country code.
    code: String,
    /// Name.
    name: String,
    /// `active` or `suspended`.
    status: String,
    /// Why it is suspended.
    status_reason: Option<String>,
    /// Hostnames it is served at.
    hostnames: Vec<String>,
    /// Configuration version in force.
    config_version: i32,
    /// The database cluster holding its data (`main`, or a name under `database.clusters`).
    cluster: String,
    /// Its licence.
    licence: LicenceView,
    /// Its usage.
    usage: UsageView,
}

/// Every tenant.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct Tenants {
    /// By code.
    tenants: Vec<TenantView>,
}

impl From<Usage> for Counters {
    fn from(usage: Usage) -> Self {
        Self {
            registrations: usage.registrations,
            bookings: usage.bookings,
            doses: usage.doses,
            certificates: usage.certificates,
        }
    }
}

impl From<LicenceStanding> for LicenceView {
    fn from(standing: LicenceStanding) -> Self {
        let refused = |state: &str, id: Option<String>| Self {
            state: state.to_owned(),
            id,
            licensee: None,
            hostnames: None,
            expires_at: None,
        };
        match standing {
            LicenceStanding::Missing => refused("missing", None),
            LicenceStanding::Refused { code, id } => refused(code, id),
            LicenceStanding::Valid(verified) => Self {
                state: "valid".to_owned(),
                id: Some(verified.id().to_owned()),
                licensee: Some(verified.licence.licensee.clone()),
                hostnames: Some(verified.licence.hostnames.clone()),
                expires_at: verified.licence.exp,
            },
        }
    }
}

impl From<TenantOverview> for TenantView {
    fn from(overview: TenantOverview) -> Self {
        let tenant = overview.tenant;
        Self {
            code: tenant.code.as_str().to_owned(),
            name: tenant.name.clone(),
            status: tenant.status.as_str().to_owned(),
            status_reason: tenant.status_reason.clone(),
            hostnames: tenant.hostnames.iter().map(|host| host.as_str().to_owned()).collect(),
            config_version: tenant.config_version,
            cluster: tenant.cluster.clone(),
            licence: overview.licence.into(),
            usage: UsageView {
                today: overview.today.into(),
                last_30_days: overview.last_30_days.into(),
            },
        }
    }
}

/// Lists every tenant.
#[utoipa::path(get, path = "/api/tenants", tag = "platform", security(("bearer" = [])),
    responses((status = 200, body = Tenants)))]
pub(crate) async fn list(_nha: Nha<ManageTenants>, state: web::Data<AppState>) -> Result<web::Json<Tenants>, ApiError> {
    let overview = state.tenant_administration().overview().await?;
    Ok(web::Json(Tenants {
        tenants: overview.into_iter().map(TenantView::from).collect(),
    }))
}
