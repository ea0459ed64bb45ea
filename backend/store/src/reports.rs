//! Reports read from the dose tallies the dose writer keeps (`dose_tally_*`), never from the doses themselves, so a
//! national dashboard reads a few thousand rows whatever the number of doses.

use chrono::NaiveDate;
use sea_orm::{DbErr, FromQueryResult};

use crate::TenantTxn;

/// Doses of one day.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct DayCount {
    /// Day.
    pub day: NaiveDate,
    /// Doses given.
    pub doses: i64,
}

/// Doses of one vaccine and dose number.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct MixCount {
    /// Vaccine code.
    pub vaccine_code: String,
    /// Dose number.
    pub dose: i16,
    /// Doses given.
    pub doses: i64,
}

/// Doses in one district.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct DistrictCount {
    /// District (0: recorded without a facility).
    pub district_id: i32,
    /// Doses given.
    pub doses: i64,
}

/// Doses of one vaccine and dose number in one district, since the start.
#[derive(Debug, Clone, PartialEq, Eq, FromQueryResult)]
pub struct DistrictMixCount {
    /// District (0: recorded without a facility).
    pub district_id: i32,
    /// Vaccine code.
    pub vaccine_code: String,
    /// Dose number.
    pub dose: i16,
    /// Doses given.
    pub doses: i64,
}

/// Doses per day from `from` to `to`, in `districts` (every district when `None`).
pub async fn doses_by_day(txn: &TenantTxn, from: NaiveDate, to: NaiveDate, districts: Option<&[i32]>) -> Result<Vec<DayCount>, DbErr> {
    match districts {
        None => {
            txn.all(
                "SELECT day, sum(doses)::int8 AS doses FROM dose_tally_day WHERE day BETWEEN $1 AND $2 GROUP BY day ORDER BY day",
                vec![from.into(), to.into()],
            )
            .await
        }
        Some(districts) => {
            txn.all(
                "SELECT day, sum(doses)::int8 AS doses FROM dose_tally_day_district WHERE day BETWEEN $1 AND $2 AND district_id = ANY($3) \
                 GROUP BY day ORDER BY day",
                vec![from.into(), to.into(), districts.to_vec().into()],
            )
            .await
        }
    }
}

/// Doses per vaccine and dose number from `from` to `to`, in the whole tenant.
pub async fn doses_by_mix(txn: &TenantTxn, from: NaiveDate, to: NaiveDate) -> Result<Vec<MixCount>, DbErr> {
    txn.all(
        "SELECT vaccine_code, dose, sum(doses)::int8 AS doses FROM dose_tally_day WHERE day BETWEEN $1 AND $2 \
         GROUP BY vaccine_code, dose ORDER BY vaccine_code, dose",
        vec![from.into(), to.into()],
    )
    .await
}

/// Doses per district from `from` to `to`, in `districts` (every district when `None`).
pub async fn doses_by_district(
    txn: &TenantTxn,
    from: NaiveDate,
    to: NaiveDate,
    districts: Option<&[i32]>,
) -> Result<Vec<DistrictCount>, DbErr> {
    txn.all(
        "SELECT district_id, sum(doses)::int8 AS doses FROM dose_tally_day_district WHERE day BETWEEN $1 AND $2 \
         AND ($3::int4[] IS NULL OR district_id = ANY($3)) GROUP BY district_id ORDER BY district_id",
        vec![from.into(), to.into(), districts.map(<[i32]>::to_vec).into()],
    )
    .await
}

/// Doses per district, vaccine and dose number since the start, in `districts` (every district when `None`).
pub async fn district_mix(txn: &TenantTxn, districts: Option<&[i32]>) -> Result<Vec<DistrictMixCount>, DbErr> {
    txn.all(
        "SELECT district_id, vaccine_code, dose, doses FROM dose_tally_district WHERE ($1::int4[] IS NULL OR district_id = ANY($1)) \
         ORDER BY district_id, vaccine_code, dose",
        vec![districts.map(<[i32]>::to_vec).into()],
    )
    .await
}
