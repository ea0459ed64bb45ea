//! `vaccine_rule_sets`: versions of each vaccine's rules.

use sea_orm::entity::prelude::*;

/// A row of `vaccine_rule_sets`.
#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "vaccine_rule_sets")]
pub struct Model {
    /// The vaccine.
    #[sea_orm(primary_key, auto_increment = false)]
    pub vaccine_code: String,
    /// Version, 1 first.
    #[sea_orm(primary_key, auto_increment = false)]
    pub version: i32,
    /// First day in force.
    pub effective_from: Date,
    /// The rule set as JSON.
    pub rules: Json,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
