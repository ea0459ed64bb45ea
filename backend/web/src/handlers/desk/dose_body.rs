//! A dose record as the desk and offline uploads send it, and the dose as every dose endpoint answers it.

use cowin_app::vaccination::doses::{DoseRecord, Recorded};
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;
use uuid::Uuid;

use crate::handlers::params::CowinDate;

/// The dose, with a key the client keeps for retries.
#[derive(Debug, Clone, Deserialize, ToSchema)]
pub(crate) struct DoseRecordBody {
    /// Chosen by the client, unique per dose record; a retry with the same key returns the first result.
    pub(super) idempotency_key: String,
    /// The beneficiary.
    beneficiary_reference_id: String,
    /// Where it was given.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    facility_id: i64,
    /// Vaccine code.
    vaccine: String,
    /// Batch or lot.
    batch: String,
    /// Dose number (1 for the first).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    dose: u8,
    /// `DD-MM-YYYY`; today if absent (bulk uploads of offline work give it).
    #[schema(value_type = Option<String>, example = "25-11-2026")]
    given_on: Option<CowinDate>,
}

impl DoseRecordBody {
    /// The record for the use case.
    pub(super) fn record(&self) -> DoseRecord {
        DoseRecord {
            idempotency_key: self.idempotency_key.clone(),
            beneficiary: self.beneficiary_reference_id.clone(),
            facility: self.facility_id,
            vaccine: self.vaccine.clone(),
            batch: self.batch.clone(),
            dose: self.dose,
            given_on: self.given_on.map(|date| date.0),
        }
    }
}

/// A dose as recorded.
#[derive(Debug, Serialize, ToSchema)]
pub(crate) struct RecordedDose {
    /// Dose id (for corrections).
    dose_id: Uuid,
    /// The beneficiary.
    beneficiary_reference_id: String,
    /// Dose number.
    dose: i16,
    /// Vaccine code.
    vaccine: String,
    /// Day given, `DD-MM-YYYY`.
    #[schema(value_type = String, example = "25-11-2026")]
    given_on: CowinDate,
    /// The beneficiary's status after it.
    vaccination_status: String,
}

impl From<&Recorded> for RecordedDose {
    fn from(recorded: &Recorded) -> Self {
        Self {
            dose_id: recorded.dose.id,
            beneficiary_reference_id: recorded.dose.beneficiary_id.clone(),
            dose: recorded.dose.dose,
            vaccine: recorded.dose.vaccine_code.clone(),
            given_on: CowinDate(recorded.dose.given_on),
            vaccination_status: recorded.status.cowin_label().to_owned(),
        }
    }
}
