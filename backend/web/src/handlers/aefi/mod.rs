//! Adverse events following immunisation: reported by vaccinators and citizens, listed by admins.

pub(crate) mod citizen_report;
pub(crate) mod list;
pub(crate) mod staff_report;

use chrono::NaiveDate;
use cowin_store::vaccination::aefi::{NewReport, Reporter};
use serde::Deserialize;
use uuid::Uuid;

use crate::ApiError;
use crate::handlers::params::CowinDate;

/// What happened, as either reporter gives it.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct EventDetails {
    /// Symptoms, as reported (1 to 20).
    symptoms: Vec<String>,
    /// First day of symptoms, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    onset_date: CowinDate,
    /// `mild`, `moderate`, `severe` or `serious`.
    severity: String,
    /// `recovered`, `recovering`, `not_recovered`, `fatal` or `unknown`.
    outcome: String,
    /// Free text.
    notes: Option<String>,
}

impl EventDetails {
    /// A report of the dose given on `given_on`, checked: the onset cannot precede the dose or follow today.
    fn report(&self, dose_id: Uuid, given_on: NaiveDate, today: NaiveDate, reporter: Reporter) -> Result<NewReport, ApiError> {
        let symptoms: Vec<String> = self
            .symptoms
            .iter()
            .map(|s| s.trim().to_owned())
            .filter(|s| !s.is_empty())
            .collect();
        if symptoms.is_empty() || symptoms.len() > 20 || symptoms.iter().any(|s| s.chars().count() > 100) {
            return Err(ApiError::invalid_parameter("symptoms"));
        }
        if self.onset_date.0 < given_on || self.onset_date.0 > today {
            return Err(ApiError::invalid_parameter("onset_date"));
        }
        if !["mild", "moderate", "severe", "serious"].contains(&self.severity.as_str()) {
            return Err(ApiError::invalid_parameter("severity"));
        }
        if !["recovered", "recovering", "not_recovered", "fatal", "unknown"].contains(&self.outcome.as_str()) {
            return Err(ApiError::invalid_parameter("outcome"));
        }
        if self.notes.as_ref().is_some_and(|notes| notes.chars().count() > 2000) {
            return Err(ApiError::invalid_parameter("notes"));
        }
        Ok(NewReport {
            dose_id,
            reporter,
            symptoms,
            onset_date: self.onset_date.0,
            severity: self.severity.clone(),
            outcome: self.outcome.clone(),
            notes: self.notes.clone(),
        })
    }
}
