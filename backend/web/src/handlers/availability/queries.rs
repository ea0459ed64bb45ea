//! Query parameters of the availability searches, shared by `findBy*` and `calendarBy*`.

use serde::Deserialize;

use crate::handlers::params::CowinDate;

/// `?pincode=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByPin {
    /// Postal code.
    pub(super) pincode: String,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    pub(super) date: CowinDate,
    /// Only sessions of this vaccine.
    pub(super) vaccine: Option<String>,
}

/// `?district_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByDistrict {
    /// District id.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    pub(super) district_id: i32,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    pub(super) date: CowinDate,
    /// Only sessions of this vaccine.
    pub(super) vaccine: Option<String>,
}

/// `?center_id=&date=[&vaccine=]`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ByCenter {
    /// Centre id.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    pub(super) center_id: i64,
    /// Day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "25-11-2026")]
    pub(super) date: CowinDate,
    /// Only sessions of this vaccine.
    pub(super) vaccine: Option<String>,
}
