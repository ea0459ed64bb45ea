//! `genders`: genders offered at registration.

use sea_orm::entity::prelude::*;

/// A row of `genders`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "genders")]
pub struct Model {
    /// `gender_id`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// Stable slug.
    pub code: String,
    /// Localised name.
    pub name: Json,
    /// Still offered.
    pub active: bool,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
