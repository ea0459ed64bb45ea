//! Per-tenant daily usage counters: counts only, never who. Each count lands on one of 16 shards of the day's row
//! (chosen by the moment), so a country's registrations do not queue behind one row lock; readers sum the shards.

use std::cmp::Reverse;
use std::collections::BTreeMap;
use std::collections::btree_map::Entry;

use chrono::NaiveDate;
use cowin_core::TenantCode;
use sea_orm::{DbErr, FromQueryResult};
use serde::Serialize;

use crate::platform_txn::{self, PlatformConnection};
use crate::{Databases, TenantTxn};

/// What is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Counter {
    /// A beneficiary registered (by a citizen or at the desk).
    Registration,
    /// An appointment booked.
    Booking,
}

impl Counter {
    fn column(self) -> &'static str {
        match self {
            Self::Registration => "registrations",
            Self::Booking => "bookings",
        }
    }
}

fn shard() -> i16 {
    let nanos = chrono::Utc::now().timestamp_subsec_nanos();
    i16::try_from(nanos % 16).unwrap_or(0)
}

/// Counts one `counter` for the transaction's tenant today (UTC), in the caller's transaction.
pub async fn count(txn: &TenantTxn, counter: Counter) -> Result<(), DbErr> {
    count_many(txn, counter, 1).await
}

/// Counts `n` of `counter` at once (a registry import's chunk), like [`count`].
pub async fn count_many(txn: &TenantTxn, counter: Counter, n: i64) -> Result<(), DbErr> {
    if n == 0 {
        return Ok(());
    }
    let column = counter.column();
    platform_txn::execute(
        txn,
        &format!(
            "INSERT INTO platform.usage_daily (tenant_code, day, shard, {column}) VALUES ($1, (now() AT TIME ZONE 'UTC')::date, $2, $3) \
             ON CONFLICT (tenant_code, day, shard) DO UPDATE SET {column} = usage_daily.{column} + EXCLUDED.{column}"
        ),
        vec![txn.tenant().as_str().into(), shard().into(), n.into()],
    )
    .await
    .map(drop)
}

/// One tenant's usage over a period.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, FromQueryResult)]
pub struct Usage {
    /// Beneficiaries registered.
    pub registrations: i64,
    /// Appointments booked.
    pub bookings: i64,
    /// Doses recorded.
    pub doses: i64,
    /// Certificates issued.
    pub certificates: i64,
}

/// One tenant's usage on one day.
#[derive(Debug, Clone, Serialize, FromQueryResult)]
pub struct DailyUsage {
    /// Country code.
    pub tenant_code: String,
    /// Day (UTC).
    pub day: NaiveDate,
    /// Beneficiaries registered.
    pub registrations: i64,
    /// Appointments booked.
    pub bookings: i64,
    /// Doses recorded.
    pub doses: i64,
    /// Certificates issued.
    pub certificates: i64,
}

/// Every tenant's (or one tenant's) usage per day since `from`, newest first. A tenant's counts are where its
/// transactions ran: on every cluster it has been placed on, so every cluster's are summed.
pub async fn daily(db: &Databases, tenant: Option<TenantCode>, from: NaiveDate) -> Result<Vec<DailyUsage>, DbErr> {
    let mut days: BTreeMap<(Reverse<NaiveDate>, String), DailyUsage> = BTreeMap::new();
    for (_, cluster) in db.all() {
        for day in daily_on(cluster, tenant, from).await? {
            let key = (Reverse(day.day), day.tenant_code.clone());
            match days.entry(key) {
                Entry::Vacant(vacant) => {
                    vacant.insert(day);
                }
                Entry::Occupied(mut occupied) => {
                    let sum = occupied.get_mut();
                    sum.registrations += day.registrations;
                    sum.bookings += day.bookings;
                    sum.doses += day.doses;
                    sum.certificates += day.certificates;
                }
            }
        }
    }
    Ok(days.into_values().collect())
}

/// [`daily`] on one cluster's `platform.usage_daily`.
async fn daily_on(on: &impl PlatformConnection, tenant: Option<TenantCode>, from: NaiveDate) -> Result<Vec<DailyUsage>, DbErr> {
    platform_txn::all(
        on,
        "SELECT tenant_code::text AS tenant_code, day, sum(registrations)::int8 AS registrations, sum(bookings)::int8 AS bookings, \
         sum(doses)::int8 AS doses, sum(certificates)::int8 AS certificates FROM platform.usage_daily \
         WHERE day >= $1 AND ($2::text IS NULL OR tenant_code = $2) GROUP BY tenant_code, day ORDER BY day DESC, tenant_code",
        vec![from.into(), tenant.map(|code| code.as_str().to_owned()).into()],
    )
    .await
}

/// The sum of `days`.
pub fn total<'a>(days: impl IntoIterator<Item = &'a DailyUsage>) -> Usage {
    days.into_iter().fold(Usage::default(), |sum, day| Usage {
        registrations: sum.registrations + day.registrations,
        bookings: sum.bookings + day.bookings,
        doses: sum.doses + day.doses,
        certificates: sum.certificates + day.certificates,
    })
}
