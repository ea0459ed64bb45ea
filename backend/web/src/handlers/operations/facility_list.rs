//! `GET /api/staff/facilities`: the facilities the caller works at (all of them for a tenant admin).

use std::collections::BTreeMap;

use actix_web::web;
use cowin_app::access::ReadFacility;
use cowin_store::operations::FacilityListing;
use serde::Serialize;
use utoipa::ToSchema;

use crate::extractors::{Staff, Tenant};
use crate::{ApiError, AppState};

/// A vaccine's fee at a paid facility.
#[derive(Debug, Serialize, ToSchema, serde::Deserialize)]
pub(crate) struct ListedFee {
    /// Vaccine code.
    vaccine: String,
    /// Fee in the local currency's main unit.
    fee: u32,
}

/// A facility.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FacilityView {
    /// Centre id.
    id: i64,
    /// Its district.
    district_id: i32,
    /// Name, by language tag.
    name: BTreeMap<String, String>,
    /// Block, by language tag.
    block: BTreeMap<String, String>,
    /// Street address.
    address: String,
    /// Postal code.
    postal_code: String,
    /// Latitude.
    lat: f64,
    /// Longitude.
    long: f64,
    /// Opening time, `HH:MM`.
    opens: String,
    /// Closing time, `HH:MM`.
    closes: String,
    /// `Free` or `Paid`.
    fee_type: String,
    /// Fees per vaccine (paid facilities).
    vaccine_fees: Vec<ListedFee>,
    /// Open for sessions.
    active: bool,
    /// Defined in tenant.toml (changed there, not here).
    managed_by_config: bool,
}

/// The caller's facilities.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct FacilityList {
    /// By district and id.
    facilities: Vec<FacilityView>,
}

impl From<FacilityListing> for FacilityView {
    fn from(facility: FacilityListing) -> Self {
        let texts = |value: serde_json::Value| serde_json::from_value(value).unwrap_or_default();
        Self {
            id: facility.id,
            district_id: facility.district_id,
            name: texts(facility.name),
            block: texts(facility.block),
            address: facility.address,
            postal_code: facility.postal_code,
            lat: facility.lat,
            long: facility.long,
            opens: facility.opens,
            closes: facility.closes,
            fee_type: facility.fee_type,
            vaccine_fees: serde_json::from_value(facility.vaccine_fees).unwrap_or_default(),
            active: facility.active,
            managed_by_config: facility.managed_by_config,
        }
    }
}

/// The facilities the caller works at.
#[utoipa::path(get, path = "/api/staff/facilities", tag = "operations", security(("bearer" = [])),
    responses((status = 200, body = FacilityList)))]
pub(crate) async fn list(
    staff: Staff<ReadFacility>,
    tenant: Tenant,
    state: web::Data<AppState>,
) -> Result<web::Json<FacilityList>, ApiError> {
    let facilities = state.facilities().list(&tenant, &staff).await?;
    Ok(web::Json(FacilityList {
        facilities: facilities.into_iter().map(FacilityView::from).collect(),
    }))
}
