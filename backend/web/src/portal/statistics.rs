//! `GET /statistics`: the country's public dashboard (CoWIN's own had one): doses today and in total, per day, per
//! state, per vaccine and per dose number, as tables with bars drawn in SVG by the template (no script, no
//! person). Computed from the dose tallies and kept for a minute per country, so a crowd costs one query a minute.

use std::sync::Arc;
use std::time::Duration;

use actix_web::{HttpRequest, HttpResponse, web};
use askama::Template;
use cowin_app::reports::PublicStatistics;
use cowin_core::TenantCode;

use super::failure::failure_page;
use super::page::{Arg, Page, render};
use super::session::signed_in;
use crate::extractors::{RequestLocale, Tenant};
use crate::{ApiError, AppState};

/// How long a country's figures are served before they are computed again.
const FRESH_FOR: Duration = Duration::from_secs(60);

/// Recently computed statistics, one entry per country.
#[derive(Debug, Clone)]
pub struct StatisticsCache(moka::future::Cache<TenantCode, Arc<PublicStatistics>>);

impl StatisticsCache {
    /// An empty cache.
    pub fn new() -> Self {
        Self(moka::future::Cache::builder().max_capacity(1_000).time_to_live(FRESH_FOR).build())
    }
}

impl Default for StatisticsCache {
    fn default() -> Self {
        Self::new()
    }
}

/// One row of a table: a label, the count as the language writes it, and the bar's length in percent of the largest
/// row.
struct Row {
    label: String,
    count: String,
    percent: i64,
}

/// One day's column of the chart (x and height in the chart's 300×100 box).
struct Column {
    x: usize,
    y: i64,
    height: i64,
    title: String,
}

#[derive(Template)]
#[template(path = "portal/statistics.html")]
struct StatisticsPage {
    p: Page,
    today: String,
    total: String,
    days: Vec<Row>,
    columns: Vec<Column>,
    states: Vec<Row>,
    vaccines: Vec<Row>,
    doses: Vec<Row>,
    state_label: String,
}

fn rows(p: &Page, entries: impl IntoIterator<Item = (String, i64)>) -> Vec<Row> {
    let entries: Vec<(String, i64)> = entries.into_iter().collect();
    let largest = entries.iter().map(|(_, count)| *count).max().unwrap_or(0).max(1);
    entries
        .into_iter()
        .map(|(label, count)| Row {
            label,
            percent: count * 100 / largest,
            count: p.number(count),
        })
        .collect()
}

/// The page.
pub(crate) async fn statistics(req: HttpRequest, tenant: Tenant, locale: RequestLocale, state: web::Data<AppState>) -> HttpResponse {
    let p = Page::new(&req, &state, &tenant, &locale, signed_in(&req, &state, &tenant).is_some());
    let figures = state
        .statistics
        .0
        .try_get_with(tenant.code, async {
            state.reports().public(&tenant).await.map(Arc::new).map_err(ApiError::from)
        })
        .await;
    let figures = match figures {
        Ok(figures) => figures,
        Err(error) => return failure_page(&req, p, &error, ""),
    };
    let days = rows(&p, figures.by_day.iter().map(|(day, count)| (p.date(*day), *count)));
    let columns = days
        .iter()
        .enumerate()
        .map(|(index, row)| Column {
            x: index * 10,
            y: 100 - row.percent,
            height: row.percent,
            title: format!("{}: {}", row.label, row.count),
        })
        .collect();
    let state_name = |id: i32| {
        tenant
            .config
            .states
            .iter()
            .find(|area| area.id == id)
            .map_or_else(|| p.t("portal-statistics-unplaced"), |area| p.name(&area.name))
    };
    let page = StatisticsPage {
        today: p.number(figures.doses_today),
        total: p.number(figures.total),
        columns,
        states: rows(&p, figures.by_state.iter().map(|(id, count)| (state_name(*id), *count))),
        vaccines: rows(&p, figures.by_vaccine.iter().map(|(code, count)| (p.vaccine_name(code), *count))),
        doses: rows(
            &p,
            figures
                .by_dose
                .iter()
                .map(|(dose, count)| (p.with("portal-statistics-dose", &[("dose", Arg::Number(i64::from(*dose)))]), *count)),
        ),
        days,
        state_label: p.name(&tenant.config.admin_levels.level1),
        p,
    };
    render(&req, &page.p, &page)
}
