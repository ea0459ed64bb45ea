//! A facility as staff send it: the `[[facilities]]` entry of tenant.toml, in JSON. The body is read by the
//! configuration's own type (`cowin_tenant_config::Facility`), so the API and the file cannot disagree; these types
//! describe it in the OpenAPI document.

#![allow(dead_code, reason = "schemas for the document; bodies are read as cowin_tenant_config::Facility")]

use std::collections::BTreeMap;

use serde::Serialize;
use utoipa::ToSchema;

/// Free or paid.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) enum FeeType {
    /// Free of charge.
    Free,
    /// Charges the fees listed per vaccine.
    Paid,
}

/// A vaccine's fee at a paid facility.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct FacilityFee {
    /// Vaccine code of the catalogue.
    vaccine: String,
    /// Fee in the local currency's main unit.
    fee: u32,
}

/// A vaccination centre.
#[derive(Debug, Serialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub(crate) struct FacilityBody {
    /// Assigned by the platform; ignored.
    id: Option<i64>,
    /// Name, by language tag (`{"en": "...", "hi": "..."}`).
    name: BTreeMap<String, String>,
    /// Its district.
    district_id: i32,
    /// Third-level area, by language tag.
    block: BTreeMap<String, String>,
    /// Street address as written locally.
    address: String,
    /// One of its district's postal codes.
    postal_code: String,
    /// Latitude, WGS 84.
    lat: f64,
    /// Longitude, WGS 84.
    long: f64,
    /// Opening time, `HH:MM`.
    opens: String,
    /// Closing time, `HH:MM`.
    closes: String,
    /// Free or paid.
    fee_type: FeeType,
    /// Fees per vaccine when paid.
    vaccine_fees: Option<Vec<FacilityFee>>,
}
