//! A registration in CoWIN's field names, as citizens (`beneficiary/new`) and the desk (walk-ins) send it.

use cowin_app::family::registration::Registration;
use serde::Deserialize;

/// A registration.
#[derive(Debug, Deserialize, utoipa::ToSchema)]
pub(crate) struct RegistrationBody {
    /// Name, 1 to 100 characters.
    name: String,
    /// Year of birth.
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    birth_year: i16,
    /// One of the tenant's genders (`/v2/registration/beneficiary/genders`).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    gender_id: i32,
    /// One of the tenant's identity documents (`/v2/registration/beneficiary/idTypes`).
    #[serde(deserialize_with = "crate::handlers::params::whole::deserialize")]
    photo_id_type: i32,
    /// The document's number, as printed (separators allowed).
    photo_id_number: String,
    /// `Y` or `N`.
    comorbidity_ind: Option<String>,
    /// The consent text version accepted.
    consent_version: Option<String>,
}

impl RegistrationBody {
    /// The registration for the use case.
    pub(crate) fn registration(&self) -> Registration {
        Registration {
            name: self.name.clone(),
            birth_year: self.birth_year,
            gender_id: self.gender_id,
            photo_id_type: self.photo_id_type,
            photo_id_number: self.photo_id_number.clone(),
            comorbidity: self.comorbidity_ind.clone(),
            consent_version: self.consent_version.clone(),
        }
    }
}

/// The beneficiary registered.
#[derive(Debug, serde::Serialize, utoipa::ToSchema)]
pub(crate) struct Registered {
    /// The 14-digit reference.
    beneficiary_reference_id: String,
}

impl Registered {
    /// The answer naming `reference`.
    pub(crate) fn new(reference: cowin_core::BeneficiaryRef) -> Self {
        Self {
            beneficiary_reference_id: reference.to_string(),
        }
    }
}
