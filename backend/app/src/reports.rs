//! A ministry's view of its campaign: doses by day, area, vaccine and dose number, and coverage against the
//! population the configuration gives, read from the tallies the dose writer keeps. Tenant administrators see the
//! whole country; district administrators their districts (their vaccine and dose mix is since the start, the
//! tallies by day carry no vaccine per district).

use std::collections::BTreeMap;

use chrono::{Days, NaiveDate};
use cowin_core::{ErrorCode, MessageArg, StaffScope};
use cowin_store::reports::{self, DistrictMixCount};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, DbErr, TenantTxn};

use crate::failure::{Failure, database_code, parameter};
use crate::staff::StaffMember;

/// Most days one report covers.
pub const MAX_REPORT_DAYS: u64 = 366;

/// Why a report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum ReportError {
    /// A parameter is malformed (named).
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// The caller's role reaches no district.
    #[error("no district in scope")]
    Forbidden,
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for ReportError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::Forbidden => ErrorCode::Forbidden,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidField(field) => parameter(field),
            _ => Vec::new(),
        }
    }
}

/// Whether the vaccine and dose mix covers the period asked or everything since the start.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum MixPeriod {
    /// The period of the report.
    Period,
    /// Since the first dose (district administrators).
    SinceStart,
}

/// Doses and coverage of one district.
#[derive(Debug, Clone, PartialEq)]
pub struct AreaDoses {
    /// Its state (0 for doses recorded without a facility).
    pub state_id: i32,
    /// The district (0 for doses recorded without a facility).
    pub district_id: i32,
    /// Doses in the period.
    pub doses: i64,
    /// First doses since the start.
    pub first_doses: i64,
    /// People living there, if the configuration says.
    pub population: Option<u64>,
}

impl AreaDoses {
    /// The share of the population with at least one dose (first doses over population), if the population is
    /// known.
    pub fn first_dose_coverage(&self) -> Option<f64> {
        #[allow(clippy::cast_precision_loss, reason = "a share for a chart; counts far below 2^52")]
        self.population
            .filter(|people| *people > 0)
            .map(|people| self.first_doses as f64 / people as f64)
    }
}

/// A dose report.
#[derive(Debug, Clone, PartialEq)]
pub struct DoseReport {
    /// First day.
    pub from: NaiveDate,
    /// Last day.
    pub to: NaiveDate,
    /// Doses in the period.
    pub total: i64,
    /// Every day of the period, with its doses (0 on days without any).
    pub by_day: Vec<(NaiveDate, i64)>,
    /// Doses per vaccine and dose number.
    pub by_mix: Vec<(String, i16, i64)>,
    /// What `by_mix` covers.
    pub mix_period: MixPeriod,
    /// Every district in scope, by state and district.
    pub by_area: Vec<AreaDoses>,
}

/// Days the public statistics chart.
pub const PUBLIC_DAYS: u64 = 30;

/// What a country publishes about its campaign (CoWIN's public dashboard): counts only, never a person.
#[derive(Debug, Clone)]
pub struct PublicStatistics {
    /// The country's today.
    pub today: NaiveDate,
    /// Doses given today.
    pub doses_today: i64,
    /// Doses given since the start.
    pub total: i64,
    /// Doses per day over the last [`PUBLIC_DAYS`] days, oldest first.
    pub by_day: Vec<(NaiveDate, i64)>,
    /// Doses since the start per state (`0`: recorded without a facility), in the configuration's order.
    pub by_state: Vec<(i32, i64)>,
    /// Doses since the start per vaccine code.
    pub by_vaccine: Vec<(String, i64)>,
    /// Doses since the start per dose number.
    pub by_dose: Vec<(i16, i64)>,
}

/// Reports of a tenant.
#[derive(Debug)]
pub struct Reports<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl Reports<'_> {
    /// The doses from `from` to `to` (at most [`MAX_REPORT_DAYS`] days) that `staff` may see.
    pub async fn doses(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<DoseReport, ReportError> {
        if to < from || from.checked_add_days(Days::new(MAX_REPORT_DAYS)).is_some_and(|limit| to >= limit) {
            return Err(ReportError::InvalidField("to"));
        }
        let districts: Option<Vec<i32>> = match staff.scope() {
            StaffScope::Everywhere => None,
            StaffScope::Districts(districts) => Some(districts),
            StaffScope::Facilities(_) | StaffScope::Nowhere => return Err(ReportError::Forbidden),
        };
        let scope = districts.as_deref();
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let days = reports::doses_by_day(&txn, from, to, scope).await?;
        let areas = reports::doses_by_district(&txn, from, to, scope).await?;
        let since_start = reports::district_mix(&txn, scope).await?;
        let (by_mix, mix_period) = match scope {
            None => (
                reports::doses_by_mix(&txn, from, to)
                    .await?
                    .into_iter()
                    .map(|count| (count.vaccine_code, count.dose, count.doses))
                    .collect(),
                MixPeriod::Period,
            ),
            Some(_) => (mix_of(&since_start), MixPeriod::SinceStart),
        };
        txn.commit().await?;
        let counted: BTreeMap<NaiveDate, i64> = days.into_iter().map(|day| (day.day, day.doses)).collect();
        let by_day: Vec<(NaiveDate, i64)> = from
            .iter_days()
            .take_while(|day| *day <= to)
            .map(|day| (day, counted.get(&day).copied().unwrap_or(0)))
            .collect();
        let in_period: BTreeMap<i32, i64> = areas.into_iter().map(|area| (area.district_id, area.doses)).collect();
        let mut first_doses: BTreeMap<i32, i64> = BTreeMap::new();
        for count in since_start.iter().filter(|count| count.dose == 1) {
            *first_doses.entry(count.district_id).or_default() += count.doses;
        }
        let mut by_area: Vec<AreaDoses> = tenant
            .config
            .states
            .iter()
            .flat_map(|state| state.districts.iter().map(move |district| (state.id, district)))
            .filter(|(_, district)| scope.is_none_or(|scope| scope.contains(&district.id)))
            .map(|(state_id, district)| AreaDoses {
                state_id,
                district_id: district.id,
                doses: in_period.get(&district.id).copied().unwrap_or(0),
                first_doses: first_doses.get(&district.id).copied().unwrap_or(0),
                population: district.population,
            })
            .collect();
        // Doses recorded without a facility (imported history) are shown as their own area to tenant administrators.
        if scope.is_none() && (in_period.contains_key(&0) || first_doses.contains_key(&0)) {
            by_area.push(AreaDoses {
                state_id: 0,
                district_id: 0,
                doses: in_period.get(&0).copied().unwrap_or(0),
                first_doses: first_doses.get(&0).copied().unwrap_or(0),
                population: None,
            });
        }
        Ok(DoseReport {
            from,
            to,
            total: by_day.iter().map(|(_, doses)| doses).sum(),
            by_day,
            by_mix,
            mix_period,
            by_area,
        })
    }
}

impl Reports<'_> {
    /// The country's public statistics, from the dose tallies (a few hundred rows whatever the number of doses).
    pub async fn public(&self, tenant: &TenantRecord) -> Result<PublicStatistics, ReportError> {
        let today = tenant.config.today();
        let from = today.checked_sub_days(Days::new(PUBLIC_DAYS - 1)).unwrap_or(today);
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let days = reports::doses_by_day(&txn, from, today, None).await?;
        let since_start = reports::district_mix(&txn, None).await?;
        txn.commit().await?;
        let counted: BTreeMap<NaiveDate, i64> = days.into_iter().map(|day| (day.day, day.doses)).collect();
        let by_day: Vec<(NaiveDate, i64)> = from
            .iter_days()
            .take_while(|day| *day <= today)
            .map(|day| (day, counted.get(&day).copied().unwrap_or(0)))
            .collect();
        let state_of: BTreeMap<i32, i32> = tenant
            .config
            .states
            .iter()
            .flat_map(|state| state.districts.iter().map(move |district| (district.id, state.id)))
            .collect();
        let mut per_state: BTreeMap<i32, i64> = BTreeMap::new();
        let mut by_vaccine: BTreeMap<String, i64> = BTreeMap::new();
        let mut by_dose: BTreeMap<i16, i64> = BTreeMap::new();
        for count in &since_start {
            *per_state.entry(state_of.get(&count.district_id).copied().unwrap_or(0)).or_default() += count.doses;
            *by_vaccine.entry(count.vaccine_code.clone()).or_default() += count.doses;
            *by_dose.entry(count.dose).or_default() += count.doses;
        }
        let mut by_state: Vec<(i32, i64)> = tenant
            .config
            .states
            .iter()
            .map(|state| (state.id, per_state.get(&state.id).copied().unwrap_or(0)))
            .collect();
        if let Some(unplaced) = per_state.get(&0) {
            by_state.push((0, *unplaced));
        }
        Ok(PublicStatistics {
            today,
            doses_today: counted.get(&today).copied().unwrap_or(0),
            total: by_dose.values().sum(),
            by_day,
            by_state,
            by_vaccine: by_vaccine.into_iter().collect(),
            by_dose: by_dose.into_iter().collect(),
        })
    }
}

/// The vaccine and dose mix of several districts together.
fn mix_of(counts: &[DistrictMixCount]) -> Vec<(String, i16, i64)> {
    let mut mix: BTreeMap<(String, i16), i64> = BTreeMap::new();
    for count in counts {
        *mix.entry((count.vaccine_code.clone(), count.dose)).or_default() += count.doses;
    }
    mix.into_iter().map(|((vaccine, dose), doses)| (vaccine, dose, doses)).collect()
}
