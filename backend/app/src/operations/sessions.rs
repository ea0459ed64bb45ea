//! Vaccination sessions published and changed by the staff who run their facility, each change audited.

use chrono::NaiveDate;
use cowin_core::vaccine::VaccineCode;
use cowin_store::audit::record_in_tenant;
use cowin_store::operations::{
    NewSession, SessionChange, SessionChangeError, SessionError, SessionListing, change_session, create_session, session, session_facility,
    sessions, set_capacity,
};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use serde_json::json;
use uuid::Uuid;

use super::error::OperationsError;
use crate::staff::StaffMember;

/// Largest capacity of one dose pool of a session.
const MAX_CAPACITY: u32 = 100_000;

/// A session to publish.
#[derive(Debug, Clone)]
pub struct SessionPlan {
    /// Where.
    pub facility: i64,
    /// Which day.
    pub date: NaiveDate,
    /// Vaccine code.
    pub vaccine: String,
    /// Youngest age.
    pub min_age: u8,
    /// Oldest age.
    pub max_age: Option<u8>,
    /// Places for first doses.
    pub capacity_dose1: u32,
    /// Places for later doses.
    pub capacity_dose2: u32,
    /// Like `09:00AM-11:00AM`.
    pub slots: Vec<String>,
}

/// Most days one listing of sessions covers (a calendar's month and a little).
pub const MAX_LISTED_DAYS: i64 = 62;

/// A session's new day, ages and slots.
#[derive(Debug, Clone)]
pub struct SessionEdit {
    /// Which day.
    pub date: NaiveDate,
    /// Youngest age.
    pub min_age: u8,
    /// Oldest age.
    pub max_age: Option<u8>,
    /// Like `09:00AM-11:00AM`.
    pub slots: Vec<String>,
}

/// Whether `slot` reads like `09:00AM-11:00AM`.
fn is_slot(slot: &str) -> bool {
    let part = |text: &str| chrono::NaiveTime::parse_from_str(text, "%I:%M%p").is_ok();
    slot.split_once('-').is_some_and(|(from, to)| part(from) && part(to))
}

fn capacity(value: u32, field: &str) -> Result<i32, OperationsError> {
    i32::try_from(value)
        .ok()
        .filter(|value| *value <= MAX_CAPACITY as i32)
        .ok_or_else(|| OperationsError::InvalidField(field.to_owned()))
}

/// A tenant's sessions.
#[derive(Debug)]
pub struct Sessions<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl Sessions<'_> {
    /// Publishes a session at a facility `staff` works at, of a vaccine whose rules are in force that day; its id.
    pub async fn publish(&self, tenant: &TenantRecord, staff: &StaffMember, plan: &SessionPlan) -> Result<Uuid, OperationsError> {
        let invalid = |field: &str| OperationsError::InvalidField(field.to_owned());
        if plan.date < tenant.config.today() {
            return Err(invalid("date"));
        }
        let vaccine = VaccineCode::parse(plan.vaccine.trim()).map_err(|_| invalid("vaccine"))?;
        let rules = tenant.catalogue.rules(&vaccine, plan.date).ok_or_else(|| invalid("vaccine"))?;
        if plan.min_age < rules.min_age || plan.max_age.is_some_and(|max| max < plan.min_age) {
            return Err(invalid("min_age"));
        }
        if plan.slots.is_empty() || !plan.slots.iter().all(|slot| is_slot(slot)) {
            return Err(invalid("slots"));
        }
        let session = NewSession {
            facility: plan.facility,
            date: plan.date,
            vaccine: vaccine.as_str().to_owned(),
            min_age: i16::from(plan.min_age),
            max_age: plan.max_age.map(i16::from),
            capacity_dose1: capacity(plan.capacity_dose1, "capacity_dose1")?,
            capacity_dose2: capacity(plan.capacity_dose2, "capacity_dose2")?,
            slots: plan.slots.clone(),
        };
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let place = staff.facility(&txn, plan.facility).await?.ok_or(OperationsError::Forbidden)?;
        if !place.active {
            return Err(OperationsError::FacilityNotFound);
        }
        let id = match create_session(&txn, &session).await {
            Ok(id) => id,
            Err(SessionError::Exists) => return Err(OperationsError::SessionExists),
            Err(SessionError::BelowBooked | SessionError::NotFound) => return Err(OperationsError::SessionNotFound),
            Err(SessionError::Database(error)) => return Err(error.into()),
        };
        let detail = json!({ "facility_id": session.facility, "date": session.date, "vaccine": session.vaccine });
        record_in_tenant(&txn, staff.id, "session.create", id.to_string(), detail).await?;
        txn.commit().await?;
        Ok(id)
    }

    /// The sessions from `from` to `to` (at most [`MAX_LISTED_DAYS`] days) of `facility`, or of every facility
    /// `staff` works at.
    pub async fn list(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        facility: Option<i64>,
        from: NaiveDate,
        to: NaiveDate,
    ) -> Result<Vec<SessionListing>, OperationsError> {
        if to < from || (to - from).num_days() >= MAX_LISTED_DAYS {
            return Err(OperationsError::InvalidField("to".to_owned()));
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let facilities: Vec<i64> = match facility {
            Some(id) => {
                staff.facility(&txn, id).await?.ok_or(OperationsError::Forbidden)?;
                vec![id]
            }
            None => staff.facilities(&txn).await?.into_iter().map(|facility| facility.id).collect(),
        };
        let found = sessions(&txn, &facilities, from, to).await?;
        txn.commit().await?;
        Ok(found)
    }

    /// Changes a session's day, ages and slots under the rules a new session is published by. Once people are
    /// booked, only slots may be added (the day, the age band and every booked slot stay).
    pub async fn change(&self, tenant: &TenantRecord, staff: &StaffMember, id: Uuid, change: &SessionEdit) -> Result<(), OperationsError> {
        let invalid = |field: &str| OperationsError::InvalidField(field.to_owned());
        if change.date < tenant.config.today() {
            return Err(invalid("date"));
        }
        if change.max_age.is_some_and(|max| max < change.min_age) {
            return Err(invalid("max_age"));
        }
        if change.slots.is_empty() || !change.slots.iter().all(|slot| is_slot(slot)) {
            return Err(invalid("slots"));
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let facility = session_facility(&txn, id).await?.ok_or(OperationsError::SessionNotFound)?;
        staff.facility(&txn, facility).await?.ok_or(OperationsError::Forbidden)?;
        let current = session(&txn, id).await?.ok_or(OperationsError::SessionNotFound)?;
        let vaccine = VaccineCode::parse(&current.vaccine_code).map_err(|_| invalid("vaccine"))?;
        let rules = tenant.catalogue.rules(&vaccine, change.date).ok_or_else(|| invalid("date"))?;
        if change.min_age < rules.min_age {
            return Err(invalid("min_age"));
        }
        let stored = SessionChange {
            date: change.date,
            min_age: i16::from(change.min_age),
            max_age: change.max_age.map(i16::from),
            slots: change.slots.clone(),
        };
        match change_session(&txn, id, &stored).await {
            Ok(()) => {}
            Err(SessionChangeError::NotFound) => return Err(OperationsError::SessionNotFound),
            Err(SessionChangeError::HasBookings) => return Err(OperationsError::SessionHasBookings),
            Err(SessionChangeError::Exists) => return Err(OperationsError::SessionExists),
            Err(SessionChangeError::Database(error)) => return Err(error.into()),
        }
        let detail = json!({ "date": change.date, "min_age": change.min_age, "max_age": change.max_age, "slots": change.slots });
        record_in_tenant(&txn, staff.id, "session.change", id.to_string(), detail).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Changes a session's capacity, never below the places already booked.
    pub async fn set_capacity(
        &self,
        tenant: &TenantRecord,
        staff: &StaffMember,
        id: Uuid,
        dose1: u32,
        dose2: u32,
    ) -> Result<(), OperationsError> {
        let (dose1, dose2) = (capacity(dose1, "capacity_dose1")?, capacity(dose2, "capacity_dose2")?);
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let facility = session_facility(&txn, id).await?.ok_or(OperationsError::SessionNotFound)?;
        staff.facility(&txn, facility).await?.ok_or(OperationsError::Forbidden)?;
        match set_capacity(&txn, id, dose1, dose2).await {
            Ok(()) => {}
            Err(SessionError::BelowBooked) => return Err(OperationsError::BelowBooked),
            Err(SessionError::NotFound | SessionError::Exists) => return Err(OperationsError::SessionNotFound),
            Err(SessionError::Database(error)) => return Err(error.into()),
        }
        let detail = json!({ "capacity_dose1": dose1, "capacity_dose2": dose2 });
        record_in_tenant(&txn, staff.id, "session.capacity", id.to_string(), detail).await?;
        txn.commit().await?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::is_slot;

    #[test]
    fn slots_are_cowin_time_ranges() {
        assert!(is_slot("09:00AM-11:00AM"));
        assert!(is_slot("12:00PM-02:00PM"));
        assert!(!is_slot("9-11"));
        assert!(!is_slot("09:00-11:00"));
    }
}
