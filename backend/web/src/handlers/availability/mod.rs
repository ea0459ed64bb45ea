//! CoWIN v2 availability: `/v2/appointment/sessions/{public/,}{findBy*,calendarBy*}`.

pub(crate) mod calendar;
pub(crate) mod find;
pub(crate) mod render;

use cowin_store::TenantTxn;
use cowin_store::citizens::availability::{Place, SessionListing, sessions};

use crate::extractors::Tenant;
use crate::handlers::params::CowinDate;
use crate::{ApiError, AppState};

/// Days a calendar covers, from the date asked (as CoWIN).
const CALENDAR_DAYS: i32 = 7;

/// Checks a `pincode` parameter against the tenant's postal code format.
fn postal_code(tenant: &Tenant, pincode: &str) -> Result<Place, ApiError> {
    let pincode = pincode.trim();
    if tenant.config.admin_levels.postal_code_pattern.matches(pincode) {
        Ok(Place::PostalCode(pincode.to_owned()))
    } else {
        Err(ApiError::invalid_parameter("pincode"))
    }
}

/// Sessions at `place` for `days` days from `date`.
async fn listings(
    state: &AppState,
    tenant: &Tenant,
    place: &Place,
    date: CowinDate,
    days: i32,
    vaccine: Option<&str>,
) -> Result<Vec<SessionListing>, ApiError> {
    let txn = TenantTxn::begin(&state.db, tenant.code).await?;
    let found = sessions(&txn, place, date.0, days, vaccine).await?;
    txn.commit().await?;
    Ok(found)
}
