//! Where and when a citizen can be vaccinated: the sessions of a district, postal code or centre over some days,
//! and the centres nearest a point.

use chrono::NaiveDate;
use cowin_core::ErrorCode;
use cowin_core::MessageArg;
use cowin_store::citizens::availability::{NearbyCentre, Place, SessionListing, centres_near, sessions};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, DbErr, TenantTxn};

use crate::failure::{Failure, database_code, parameter};

/// How many centres a search near a point returns.
const NEAREST: i64 = 50;

/// Why a search refused.
#[derive(Debug, thiserror::Error)]
pub enum AvailabilityError {
    /// A parameter is malformed (named).
    #[error("invalid {0}")]
    InvalidField(&'static str),
    /// The database failed.
    #[error(transparent)]
    Database(#[from] DbErr),
}

impl Failure for AvailabilityError {
    fn code(&self) -> ErrorCode {
        match self {
            Self::InvalidField(_) => ErrorCode::InvalidParameter,
            Self::Database(error) => database_code(error),
        }
    }

    fn arguments(&self) -> Vec<(&'static str, MessageArg)> {
        match self {
            Self::InvalidField(field) => parameter(field),
            Self::Database(_) => Vec::new(),
        }
    }
}

/// A postal code of the tenant's format, as a place to search.
pub fn postal_code(tenant: &TenantRecord, written: &str) -> Result<Place, AvailabilityError> {
    let code = written.trim();
    if tenant.config.admin_levels.postal_code_pattern.matches(code) {
        Ok(Place::PostalCode(code.to_owned()))
    } else {
        Err(AvailabilityError::InvalidField("pincode"))
    }
}

/// Searches of a tenant's sessions and centres.
#[derive(Debug)]
pub struct Availability<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl Availability<'_> {
    /// Sessions at `place` for `days` days from `date`, of `vaccine` if given.
    pub async fn sessions(
        &self,
        tenant: &TenantRecord,
        place: &Place,
        date: NaiveDate,
        days: i32,
        vaccine: Option<&str>,
    ) -> Result<Vec<SessionListing>, AvailabilityError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let found = sessions(&txn, place, date, days, vaccine).await?;
        txn.commit().await?;
        Ok(found)
    }

    /// The centres nearest a point (latitude and longitude in degrees).
    pub async fn centres_near(&self, tenant: &TenantRecord, lat: f64, long: f64) -> Result<Vec<NearbyCentre>, AvailabilityError> {
        if !(-90.0..=90.0).contains(&lat) {
            return Err(AvailabilityError::InvalidField("lat"));
        }
        if !(-180.0..=180.0).contains(&long) {
            return Err(AvailabilityError::InvalidField("long"));
        }
        // To the centimetre: finer is meaningless, and subnormal numbers such as 5e-324 underflow in the distance.
        let to_centimetres = |degrees: f64| (degrees * 1e7).round() / 1e7;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let found = centres_near(&txn, to_centimetres(lat), to_centimetres(long), NEAREST).await?;
        txn.commit().await?;
        Ok(found)
    }
}
