//! `GET /platform/api/usage?tenant=&from=`: each tenant's counters per day, for NHA's charts (no personal data).

use actix_web::{HttpRequest, web};
use cowin_app::access::ManageTenants;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use super::tenant_code;
use crate::extractors::Nha;
use crate::handlers::extract_errors::query_after_access;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// `?tenant=&from=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct UsageQuery {
    /// One tenant; every tenant if absent.
    tenant: Option<String>,
    /// First day, `DD-MM-YYYY` (at most a year back).
    #[param(value_type = String, example = "01-11-2026")]
    from: CowinDate,
}

/// One tenant's counters of one day.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DayUsage {
    /// Country code.
    tenant: String,
    /// Day (UTC), `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    date: CowinDate,
    /// Beneficiaries registered.
    registrations: i64,
    /// Appointments booked.
    bookings: i64,
    /// Doses recorded.
    doses: i64,
    /// Certificates issued.
    certificates: i64,
}

/// Counters per tenant and day.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct UsageDays {
    /// Newest first.
    days: Vec<DayUsage>,
}

/// Counters per tenant and day since `from`.
#[utoipa::path(get, path = "/api/usage", tag = "platform", params(UsageQuery), security(("bearer" = [])),
    responses((status = 200, body = UsageDays)))]
pub(crate) async fn usage(
    _nha: Nha<ManageTenants>,
    state: web::Data<AppState>,
    req: HttpRequest,
) -> Result<web::Json<UsageDays>, ApiError> {
    let query: UsageQuery = query_after_access(&req)?;
    let tenant = query.tenant.as_deref().map(tenant_code).transpose()?;
    let days = state.tenant_administration().usage(tenant, query.from.0).await?;
    Ok(web::Json(UsageDays {
        days: days
            .into_iter()
            .map(|day| DayUsage {
                tenant: day.tenant_code,
                date: CowinDate(day.day),
                registrations: day.registrations,
                bookings: day.bookings,
                doses: day.doses,
                certificates: day.certificates,
            })
            .collect(),
    }))
}
