//! `facilities`: vaccination centres.

use sea_orm::entity::prelude::*;

/// A row of `facilities`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "facilities")]
pub struct Model {
    /// `center_id`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i64,
    /// Its district.
    pub district_id: i32,
    /// Localised name.
    pub name: Json,
    /// Localised third-level area.
    pub block: Json,
    /// Street address.
    pub address: String,
    /// Postal code.
    pub postal_code: String,
    /// Latitude.
    pub lat: f64,
    /// Longitude.
    pub long: f64,
    /// Opening time.
    pub opens: Time,
    /// Closing time.
    pub closes: Time,
    /// `Free` or `Paid`.
    pub fee_type: String,
    /// `[{"vaccine","fee"}]`.
    pub vaccine_fees: Json,
    /// Open for sessions.
    pub active: bool,
    /// Comes from tenant.toml (rather than from staff).
    pub managed_by_config: bool,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
