//! `platform.tenants`: one row per country.

use sea_orm::entity::prelude::*;

/// A tenant row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(schema_name = "platform", table_name = "tenants")]
pub struct Model {
    /// ISO 3166-1 alpha-2 code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    /// Name in the default locale.
    pub name: String,
    /// `active` or `suspended`.
    pub status: String,
    /// Why NHA suspended it.
    pub status_reason: Option<String>,
    /// Default locale tag.
    pub default_locale: String,
    /// Enabled locale tags.
    pub locales: Vec<String>,
    /// IANA time zone.
    pub time_zone: String,
    /// When onboarded.
    pub created_at: DateTimeWithTimeZone,
    /// Last change.
    pub updated_at: DateTimeWithTimeZone,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
