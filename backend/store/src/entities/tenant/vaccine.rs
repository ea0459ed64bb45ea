//! `vaccines`: the vaccine catalogue.

use sea_orm::entity::prelude::*;

/// A row of `vaccines`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "vaccines")]
pub struct Model {
    /// Catalogue code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    /// Product name.
    pub name: String,
    /// Manufacturer.
    pub manufacturer: String,
    /// ATC code.
    pub atc: Option<String>,
    /// EU DCC product id.
    pub dcc_product: Option<String>,
    /// EU DCC marketing authorisation holder.
    pub dcc_manufacturer: Option<String>,
    /// CVX code.
    pub cvx: Option<String>,
    /// Still offered.
    pub active: bool,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
