//! A tenant's reference data as the API reads it: states and districts.

use cowin_core::LocalisedText;
use sea_orm::{ColumnTrait, DbErr, EntityTrait, QueryFilter, QueryOrder};

use crate::TenantTxn;
use crate::entities::tenant::{district, state};

/// A state with its localised name.
#[derive(Debug, Clone)]
pub struct StateView {
    /// `state_id`.
    pub id: i32,
    /// Localised name.
    pub name: LocalisedText,
}

/// A district with its localised name.
#[derive(Debug, Clone)]
pub struct DistrictView {
    /// `district_id`.
    pub id: i32,
    /// Its state.
    pub state_id: i32,
    /// Localised name.
    pub name: LocalisedText,
}

fn localised(value: serde_json::Value) -> Result<LocalisedText, DbErr> {
    serde_json::from_value(value).map_err(|error| DbErr::Type(format!("stored localised text is malformed: {error}")))
}

/// Active states, by id.
pub async fn states(txn: &TenantTxn) -> Result<Vec<StateView>, DbErr> {
    let rows = state::Entity::find()
        .filter(state::Column::Active.eq(true))
        .order_by_asc(state::Column::Id)
        .all(txn.connection())
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(StateView {
                id: row.id,
                name: localised(row.name)?,
            })
        })
        .collect()
}

/// Active districts of a state, by id; empty for an unknown state.
pub async fn districts(txn: &TenantTxn, state_id: i32) -> Result<Vec<DistrictView>, DbErr> {
    let rows = district::Entity::find()
        .filter(district::Column::StateId.eq(state_id))
        .filter(district::Column::Active.eq(true))
        .order_by_asc(district::Column::Id)
        .all(txn.connection())
        .await?;
    rows.into_iter()
        .map(|row| {
            Ok(DistrictView {
                id: row.id,
                state_id: row.state_id,
                name: localised(row.name)?,
            })
        })
        .collect()
}
