//! The dose report as the API answers it, with the areas named in the caller's language.

use cowin_app::reports::{DoseReport, MixPeriod};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::extractors::{RequestLocale, Tenant};
use crate::handlers::params::CowinDate;

/// `?from=&to=`.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[into_params(parameter_in = Query)]
pub(crate) struct ReportPeriod {
    /// First day, `DD-MM-YYYY`.
    #[param(value_type = String, example = "01-11-2026")]
    pub(super) from: CowinDate,
    /// Last day, `DD-MM-YYYY` (at most 366 days after `from`).
    #[param(value_type = String, example = "30-11-2026")]
    pub(super) to: CowinDate,
}

/// Doses of one day.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DayDoses {
    /// Day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    pub(super) date: CowinDate,
    /// Doses given.
    pub(super) doses: i64,
}

/// Doses of one vaccine and dose number.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct MixDoses {
    /// Vaccine code.
    pub(super) vaccine: String,
    /// Dose number.
    pub(super) dose: i16,
    /// Doses given.
    pub(super) doses: i64,
}

/// Doses and coverage of one district.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct AreaView {
    /// Its state (0: doses recorded without a facility).
    pub(super) state_id: i32,
    /// State, in the caller's language.
    pub(super) state_name: String,
    /// The district (0: doses recorded without a facility).
    pub(super) district_id: i32,
    /// District, in the caller's language.
    pub(super) district_name: String,
    /// Doses in the period.
    pub(super) doses: i64,
    /// First doses since the start.
    pub(super) first_doses: i64,
    /// People living there, where the configuration says.
    pub(super) population: Option<u64>,
    /// First doses over population (0 to 1, above 1 if people came from elsewhere), where the population is known.
    pub(super) first_dose_coverage: Option<f64>,
}

/// What the vaccine and dose mix covers.
#[derive(Debug, Clone, Copy, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum MixPeriodView {
    /// The report's period.
    Period,
    /// Everything since the first dose (district administrators' reports).
    SinceStart,
}

/// Doses from `from` to `to` in the caller's scope.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct DoseReportView {
    /// First day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "01-11-2026")]
    from: CowinDate,
    /// Last day, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "30-11-2026")]
    to: CowinDate,
    /// Doses in the period.
    total: i64,
    /// Every day of the period.
    pub(super) by_day: Vec<DayDoses>,
    /// Per vaccine and dose number.
    pub(super) by_vaccine: Vec<MixDoses>,
    /// What `by_vaccine` covers.
    by_vaccine_period: MixPeriodView,
    /// Every district in scope.
    pub(super) by_area: Vec<AreaView>,
}

impl DoseReportView {
    /// The report, with names in the caller's language.
    pub(super) fn of(report: DoseReport, tenant: &Tenant, locale: &RequestLocale) -> Self {
        let state_name = |id: i32| {
            tenant
                .config
                .states
                .iter()
                .find(|state| state.id == id)
                .map(|state| locale.pair(&state.name).1)
                .unwrap_or_default()
        };
        let district_name = |id: i32| {
            tenant
                .config
                .states
                .iter()
                .flat_map(|state| &state.districts)
                .find(|district| district.id == id)
                .map(|district| locale.pair(&district.name).1)
                .unwrap_or_default()
        };
        Self {
            from: CowinDate(report.from),
            to: CowinDate(report.to),
            total: report.total,
            by_day: report
                .by_day
                .into_iter()
                .map(|(day, doses)| DayDoses {
                    date: CowinDate(day),
                    doses,
                })
                .collect(),
            by_vaccine: report
                .by_mix
                .into_iter()
                .map(|(vaccine, dose, doses)| MixDoses { vaccine, dose, doses })
                .collect(),
            by_vaccine_period: match report.mix_period {
                MixPeriod::Period => MixPeriodView::Period,
                MixPeriod::SinceStart => MixPeriodView::SinceStart,
            },
            by_area: report
                .by_area
                .into_iter()
                .map(|area| AreaView {
                    first_dose_coverage: area.first_dose_coverage(),
                    state_id: area.state_id,
                    state_name: state_name(area.state_id),
                    district_id: area.district_id,
                    district_name: district_name(area.district_id),
                    doses: area.doses,
                    first_doses: area.first_doses,
                    population: area.population,
                })
                .collect(),
        }
    }
}
