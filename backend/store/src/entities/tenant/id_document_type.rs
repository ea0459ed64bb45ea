//! `id_document_types`: photo-ID documents accepted at registration.

use sea_orm::entity::prelude::*;

/// A row of `id_document_types`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "id_document_types")]
pub struct Model {
    /// `photo_id_type`.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    /// Stable slug.
    pub code: String,
    /// Localised name.
    pub name: Json,
    /// Anchored pattern of a document number.
    pub pattern: String,
    /// Still accepted.
    pub active: bool,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
