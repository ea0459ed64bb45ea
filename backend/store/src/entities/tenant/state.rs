//! `states`: first-level areas.

use sea_orm::entity::prelude::*;

/// A row of `states`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "states")]
pub struct Model {
    /// `state_id`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// Localised name (locale tag to text).
    pub name: Json,
    /// Still listed in the configuration.
    pub active: bool,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
