//! `districts`: second-level areas.

use sea_orm::entity::prelude::*;

/// A row of `districts`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "districts")]
pub struct Model {
    /// `district_id`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// Its state.
    pub state_id: i32,
    /// Localised name.
    pub name: Json,
    /// Postal codes in the district.
    pub postal_codes: Vec<String>,
    /// Still listed in the configuration.
    pub active: bool,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
