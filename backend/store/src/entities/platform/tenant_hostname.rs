//! `platform.tenant_hostnames`: which hostname routes to which tenant.

use sea_orm::entity::prelude::*;

/// A hostname row.
#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(schema_name = "platform", table_name = "tenant_hostnames")]
pub struct Model {
    /// Lower-case hostname.
    #[sea_orm(primary_key, auto_increment = false)]
    pub hostname: String,
    /// The tenant it routes to.
    pub tenant_code: String,
}

/// No relations are navigated through the ORM.
#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
