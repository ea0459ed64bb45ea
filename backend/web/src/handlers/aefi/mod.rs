//! Adverse events following immunisation: reported by vaccinators and citizens, listed by admins.

pub(crate) mod citizen_report;
pub(crate) mod list;
pub(crate) mod staff_report;

use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::handlers::params::CowinDate;

/// How severe the event is.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum Severity {
    /// Mild.
    Mild,
    /// Moderate.
    Moderate,
    /// Severe.
    Severe,
    /// Serious (hospitalisation, disability, death).
    Serious,
}

/// How the person is.
#[derive(Debug, Clone, Copy, Deserialize, Serialize, ToSchema)]
#[serde(rename_all = "snake_case")]
pub(crate) enum EventOutcome {
    /// Recovered.
    Recovered,
    /// Recovering.
    Recovering,
    /// Not recovered.
    NotRecovered,
    /// Fatal.
    Fatal,
    /// Unknown.
    Unknown,
}

/// A name as the API writes it.
fn wire_name<T: Serialize>(value: T) -> String {
    serde_json::to_value(value)
        .ok()
        .and_then(|value| value.as_str().map(str::to_owned))
        .unwrap_or_default()
}

impl Severity {
    pub(crate) fn as_string(self) -> String {
        wire_name(self)
    }
}

impl EventOutcome {
    fn as_string(self) -> String {
        wire_name(self)
    }
}

/// What happened, as either reporter gives it.
#[derive(Debug, Deserialize, ToSchema)]
pub(crate) struct EventDetailsBody {
    /// Symptoms, as reported (1 to 20, each at most 100 characters).
    symptoms: Vec<String>,
    /// First day of symptoms, `DD-MM-YYYY`: not before the dose, not after today.
    #[schema(value_type = String, example = "25-11-2026")]
    onset_date: CowinDate,
    /// How severe.
    severity: Severity,
    /// How the person is.
    outcome: EventOutcome,
    /// Free text, at most 2000 characters.
    notes: Option<String>,
}

impl EventDetailsBody {
    /// The details for the use case.
    fn details(&self) -> cowin_app::vaccination::aefi::EventDetails {
        cowin_app::vaccination::aefi::EventDetails {
            symptoms: self.symptoms.clone(),
            onset_date: self.onset_date.0,
            severity: self.severity.as_string(),
            outcome: self.outcome.as_string(),
            notes: self.notes.clone(),
        }
    }
}

/// The report stored.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct ReportCreated {
    /// Its id.
    aefi_id: Uuid,
}
