//! Writing a configuration's reference data into the tenant schema the transaction is pinned to.
//!
//! Rows are upserted by their configured ids; rows no longer configured are deactivated, never deleted,
//! because appointments and doses refer to them.

use cowin_tenant_config::{FeeType, TenantConfig};
use sea_orm::sea_query::{Expr, OnConflict};
use sea_orm::{
    ActiveModelTrait, ActiveValue::Set, ColumnTrait, DatabaseTransaction, DbErr, EntityTrait, IntoActiveModel, QueryFilter, Value,
};

use super::ApplyError;
use crate::entities::tenant::{district, facility, gender, id_document_type, state, vaccine, vaccine_rule_set};

fn json<T: serde::Serialize>(value: &T) -> Result<serde_json::Value, DbErr> {
    serde_json::to_value(value).map_err(|error| DbErr::Json(error.to_string()))
}

/// Inserts `models`, updating `update` columns of rows whose `key` already exists.
async fn upsert<A>(
    txn: &DatabaseTransaction,
    models: Vec<A>,
    key: &[<A::Entity as EntityTrait>::Column],
    update: &[<A::Entity as EntityTrait>::Column],
) -> Result<(), DbErr>
where
    A: ActiveModelTrait + Send,
{
    if models.is_empty() {
        return Ok(());
    }
    let on_conflict = OnConflict::columns(key.iter().copied())
        .update_columns(update.iter().copied())
        .to_owned();
    <A::Entity as EntityTrait>::insert_many(models)
        .on_conflict(on_conflict)
        .exec_without_returning(txn)
        .await
        .map(drop)
}

/// Marks inactive every row whose `key` is not in `keep`.
async fn deactivate_missing<E, V>(txn: &DatabaseTransaction, active: E::Column, key: E::Column, keep: Vec<V>) -> Result<(), DbErr>
where
    E: EntityTrait,
    V: Into<Value>,
{
    E::update_many()
        .col_expr(active, Expr::value(false))
        .filter(key.is_not_in(keep))
        .exec(txn)
        .await
        .map(drop)
}

/// Upserts every section of `config`.
pub(super) async fn seed(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<(), ApplyError> {
    areas(txn, config).await?;
    people(txn, config).await?;
    vaccines(txn, config).await?;
    facilities(txn, config).await?;
    Ok(())
}

async fn areas(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<(), DbErr> {
    let mut states = Vec::new();
    let mut districts = Vec::new();
    for configured in &config.states {
        states.push(state::ActiveModel {
            id: Set(configured.id),
            name: Set(json(&configured.name)?),
            active: Set(true),
        });
        for district in &configured.districts {
            districts.push(district::ActiveModel {
                id: Set(district.id),
                state_id: Set(configured.id),
                name: Set(json(&district.name)?),
                postal_codes: Set(district.postal_codes.clone()),
                active: Set(true),
            });
        }
    }
    let state_ids: Vec<i32> = config.states.iter().map(|s| s.id).collect();
    let district_ids: Vec<i32> = config.states.iter().flat_map(|s| s.districts.iter().map(|d| d.id)).collect();
    upsert(txn, states, &[state::Column::Id], &[state::Column::Name, state::Column::Active]).await?;
    upsert(
        txn,
        districts,
        &[district::Column::Id],
        &[
            district::Column::StateId,
            district::Column::Name,
            district::Column::PostalCodes,
            district::Column::Active,
        ],
    )
    .await?;
    deactivate_missing::<district::Entity, _>(txn, district::Column::Active, district::Column::Id, district_ids).await?;
    deactivate_missing::<state::Entity, _>(txn, state::Column::Active, state::Column::Id, state_ids).await
}

async fn people(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<(), DbErr> {
    let genders = config
        .genders
        .iter()
        .map(|g| {
            Ok(gender::ActiveModel {
                id: Set(g.id),
                code: Set(g.code.clone()),
                name: Set(json(&g.name)?),
                active: Set(true),
            })
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    upsert(
        txn,
        genders,
        &[gender::Column::Id],
        &[gender::Column::Code, gender::Column::Name, gender::Column::Active],
    )
    .await?;
    let gender_ids: Vec<i32> = config.genders.iter().map(|g| g.id).collect();
    deactivate_missing::<gender::Entity, _>(txn, gender::Column::Active, gender::Column::Id, gender_ids).await?;

    let documents = config
        .id_documents
        .iter()
        .map(|d| {
            Ok(id_document_type::ActiveModel {
                id: Set(d.id),
                code: Set(d.code.clone()),
                name: Set(json(&d.name)?),
                pattern: Set(d.pattern.as_str().to_owned()),
                active: Set(true),
            })
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    use id_document_type::Column as Doc;
    upsert(txn, documents, &[Doc::Id], &[Doc::Code, Doc::Name, Doc::Pattern, Doc::Active]).await?;
    let document_ids: Vec<i32> = config.id_documents.iter().map(|d| d.id).collect();
    deactivate_missing::<id_document_type::Entity, _>(txn, Doc::Active, Doc::Id, document_ids).await
}

async fn vaccines(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<(), ApplyError> {
    use vaccine::Column as V;
    let vaccines = config
        .vaccines
        .iter()
        .map(|v| vaccine::ActiveModel {
            code: Set(v.code.as_str().to_owned()),
            name: Set(v.name.clone()),
            manufacturer: Set(v.manufacturer.clone()),
            atc: Set(v.atc.clone()),
            dcc_product: Set(v.dcc_product.clone()),
            dcc_manufacturer: Set(v.dcc_manufacturer.clone()),
            cvx: Set(v.cvx.clone()),
            active: Set(true),
        })
        .collect();
    upsert(
        txn,
        vaccines,
        &[V::Code],
        &[
            V::Name,
            V::Manufacturer,
            V::Atc,
            V::DccProduct,
            V::DccManufacturer,
            V::Cvx,
            V::Active,
        ],
    )
    .await?;
    let codes: Vec<String> = config.vaccines.iter().map(|v| v.code.as_str().to_owned()).collect();
    deactivate_missing::<vaccine::Entity, _>(txn, V::Active, V::Code, codes).await?;

    // Rule sets are append-only: a dose given under version N must always be judged by version N as it was.
    let existing = vaccine_rule_set::Entity::find().all(txn).await?;
    let mut new_rule_sets = Vec::new();
    for configured in &config.vaccines {
        for rule_set in &configured.rule_sets {
            let version = i32::try_from(rule_set.version).map_err(|error| DbErr::Custom(error.to_string()))?;
            let rules = json(rule_set)?;
            let stored = existing
                .iter()
                .find(|row| row.vaccine_code == configured.code.as_str() && row.version == version);
            match stored {
                Some(row) if row.rules != rules || row.effective_from != rule_set.effective_from => {
                    let next = i32::try_from(configured.rule_sets.len()).unwrap_or(i32::MAX).saturating_add(1);
                    return Err(ApplyError::RuleSetRewritten {
                        vaccine: configured.code.as_str().to_owned(),
                        version,
                        next,
                    });
                }
                Some(_) => {}
                None => new_rule_sets.push(
                    vaccine_rule_set::Model {
                        vaccine_code: configured.code.as_str().to_owned(),
                        version,
                        effective_from: rule_set.effective_from,
                        rules,
                    }
                    .into_active_model(),
                ),
            }
        }
    }
    if !new_rule_sets.is_empty() {
        vaccine_rule_set::Entity::insert_many(new_rule_sets)
            .exec_without_returning(txn)
            .await?;
    }
    Ok(())
}

async fn facilities(txn: &DatabaseTransaction, config: &TenantConfig) -> Result<(), DbErr> {
    use facility::Column as F;
    let parse_time =
        |text: &str| chrono::NaiveTime::parse_from_str(text, "%H:%M").map_err(|error| DbErr::Custom(format!("{text:?}: {error}")));
    let facilities = config
        .facilities
        .iter()
        .map(|f| {
            Ok(facility::ActiveModel {
                id: Set(f.id),
                district_id: Set(f.district_id),
                name: Set(json(&f.name)?),
                block: Set(json(&f.block)?),
                address: Set(f.address.clone()),
                postal_code: Set(f.postal_code.clone()),
                lat: Set(f.lat),
                long: Set(f.long),
                opens: Set(parse_time(&f.opens)?),
                closes: Set(parse_time(&f.closes)?),
                fee_type: Set(match f.fee_type {
                    FeeType::Free => "Free".to_owned(),
                    FeeType::Paid => "Paid".to_owned(),
                }),
                vaccine_fees: Set(json(&f.vaccine_fees)?),
                active: Set(true),
                managed_by_config: Set(true),
            })
        })
        .collect::<Result<Vec<_>, DbErr>>()?;
    let update = [
        F::DistrictId,
        F::Name,
        F::Block,
        F::Address,
        F::PostalCode,
        F::Lat,
        F::Long,
        F::Opens,
        F::Closes,
        F::FeeType,
        F::VaccineFees,
        F::Active,
    ];
    upsert(txn, facilities, &[F::Id], &update).await?;
    let ids: Vec<i64> = config.facilities.iter().map(|f| f.id).collect();
    // Only facilities that come from the configuration file; those created by staff are not in it.
    facility::Entity::update_many()
        .col_expr(F::Active, Expr::value(false))
        .filter(F::Id.is_not_in(ids))
        .filter(F::ManagedByConfig.eq(true))
        .exec(txn)
        .await
        .map(drop)
}
