//! Citizens' bookings: scheduling family members into a session's slot, moving a booking, cancelling part of it,
//! and the appointment slip. Capacity is taken by one conditional update, so a session is never oversold.

mod checks;
pub mod error;

use std::sync::Arc;

use cowin_core::{BeneficiaryRef, LocaleTag};
use cowin_store::citizens::beneficiaries;
use cowin_store::citizens::booking::{self, AppointmentError};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use uuid::Uuid;

use self::checks::{eligible, open_session};
pub use self::error::BookingError;
use crate::certificates::render::Renderer;
use crate::i18n::Localizer;
use crate::tenants::TenantRegistry;

/// Beneficiaries named in a request: not empty, no one twice.
pub fn beneficiary_list(texts: &[String], parameter: &'static str) -> Result<Vec<BeneficiaryRef>, BookingError> {
    let mut parsed = Vec::with_capacity(texts.len());
    for text in texts {
        let reference = BeneficiaryRef::parse(text.trim()).ok_or(BookingError::InvalidField(parameter))?;
        if parsed.contains(&reference) {
            return Err(BookingError::InvalidField(parameter));
        }
        parsed.push(reference);
    }
    if parsed.is_empty() {
        return Err(BookingError::InvalidField(parameter));
    }
    Ok(parsed)
}

/// A booking to make.
#[derive(Debug, Clone)]
pub struct NewBooking {
    /// The dose number (1 for the first).
    pub dose: u8,
    /// The session.
    pub session: Uuid,
    /// One of its slots.
    pub slot: String,
    /// Members of the account, all booked or none.
    pub beneficiaries: Vec<BeneficiaryRef>,
}

/// Citizens' bookings.
#[derive(Debug)]
pub struct Booking<'a> {
    /// The pool.
    pub db: &'a Databases,
    /// Renders slips.
    pub renderer: &'a Arc<Renderer>,
    /// The slips' labels.
    pub localizer: &'a Arc<Localizer>,
    /// The licence a slip names.
    pub tenants: &'a TenantRegistry,
}

impl Booking<'_> {
    /// Books every member into the session, all or none; returns the appointment (confirmation) id.
    pub async fn schedule(&self, tenant: &TenantRecord, account: Uuid, booking: &NewBooking) -> Result<Uuid, BookingError> {
        if booking.dose == 0 {
            return Err(BookingError::InvalidField("dose"));
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let session = open_session(&txn, tenant, booking.session, &booking.slot).await?;
        for reference in &booking.beneficiaries {
            eligible(&txn, tenant, account, *reference, booking.dose, &session).await?;
        }
        let dose = i16::from(booking.dose);
        let count = i32::try_from(booking.beneficiaries.len()).map_err(|_| BookingError::InvalidField("beneficiaries"))?;
        if !booking::reserve(&txn, session.id, dose, count).await? {
            return Err(BookingError::NoCapacity);
        }
        let appointment = Uuid::new_v4();
        for reference in &booking.beneficiaries {
            match booking::insert(&txn, appointment, session.id, &reference.to_string(), dose, &booking.slot).await {
                Ok(()) => {}
                Err(AppointmentError::AlreadyBooked) => return Err(BookingError::AlreadyBooked),
                Err(AppointmentError::Database(error)) => return Err(error.into()),
            }
        }
        txn.commit().await?;
        Ok(appointment)
    }

    /// Moves every live part of a booking to another session and slot, or nothing.
    pub async fn reschedule(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        appointment: Uuid,
        session: Uuid,
        slot: &str,
    ) -> Result<(), BookingError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let parts = booking::of_booking(&txn, account, appointment).await?;
        if parts.iter().any(|part| part.status == "completed") {
            return Err(BookingError::AppointmentCompleted);
        }
        let live: Vec<_> = parts.into_iter().filter(|part| part.status == "booked").collect();
        if live.is_empty() {
            return Err(BookingError::AppointmentNotFound);
        }
        let session = open_session(&txn, tenant, session, slot).await?;
        for part in &live {
            let reference = BeneficiaryRef::parse(&part.beneficiary_id).ok_or_else(|| BookingError::Stored("a reference".to_owned()))?;
            let dose = u8::try_from(part.dose).map_err(|error| BookingError::Stored(error.to_string()))?;
            eligible(&txn, tenant, account, reference, dose, &session).await?;
        }
        for part in &live {
            booking::release(&txn, part.session_id, part.dose, 1).await?;
            if !booking::reserve(&txn, session.id, part.dose, 1).await? {
                // Dropping the transaction rolls back the releases and reservations made so far.
                return Err(BookingError::NoCapacity);
            }
            booking::move_to(&txn, part.id, &part.beneficiary_id, session.id, slot).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// Cancels the named members' parts of a booking and frees their places.
    pub async fn cancel(
        &self,
        tenant: &TenantRecord,
        account: Uuid,
        appointment: Uuid,
        members: &[BeneficiaryRef],
    ) -> Result<(), BookingError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let parts = booking::of_booking(&txn, account, appointment).await?;
        let chosen: Vec<_> = parts
            .iter()
            .filter(|part| members.iter().any(|member| member.to_string() == part.beneficiary_id))
            .collect();
        if chosen.len() != members.len() || chosen.iter().any(|part| part.status == "cancelled") {
            return Err(BookingError::AppointmentNotFound);
        }
        if chosen.iter().any(|part| part.status == "completed") {
            return Err(BookingError::AppointmentCompleted);
        }
        for part in chosen {
            booking::cancel(&txn, part.id, &part.beneficiary_id).await?;
            booking::release(&txn, part.session_id, part.dose, 1).await?;
        }
        txn.commit().await?;
        Ok(())
    }

    /// The slip of a live appointment of a member of `account` (the first member of the booking unless one is
    /// named): who, where, when and the security code, as a PDF.
    pub async fn slip(
        &self,
        tenant: &Arc<TenantRecord>,
        account: Uuid,
        appointment: Uuid,
        member: Option<BeneficiaryRef>,
    ) -> Result<Vec<u8>, BookingError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let appointments = booking::live_of_account(&txn, account).await?;
        let people = beneficiaries::of_account(&txn, account).await?;
        txn.commit().await?;
        let wanted = member.map(|reference| reference.to_string());
        let found = appointments
            .iter()
            .find(|a| a.id == appointment && wanted.as_ref().is_none_or(|reference| a.beneficiary_id == *reference))
            .ok_or(BookingError::AppointmentNotFound)?;
        let name = people
            .iter()
            .find(|person| person.reference_id == found.beneficiary_id)
            .map(|person| person.name.clone())
            .unwrap_or_default();
        let localised = |value: &serde_json::Value| {
            value
                .get(tenant.default_locale.as_str())
                .or_else(|| value.get(LocaleTag::english().as_str()))
                .and_then(serde_json::Value::as_str)
                .unwrap_or_default()
                .to_owned()
        };
        let rows = vec![
            ("name".to_owned(), name),
            ("reference".to_owned(), found.beneficiary_id.clone()),
            ("appointment".to_owned(), found.id.to_string()),
            (
                "centre".to_owned(),
                format!("{}, {}", localised(&found.center_name), localised(&found.district_name)),
            ),
            // In the tenant's language as written there, like the centre's name above.
            (
                "date".to_owned(),
                self.localizer.date(&tenant.default_locale, tenant.code, found.date),
            ),
            ("slot".to_owned(), found.slot.clone()),
            ("booked-dose".to_owned(), found.dose.to_string()),
        ];
        let licence = self
            .tenants
            .licence(tenant.code)
            .and_then(|licence| licence.as_ref().as_ref().ok().map(|verified| verified.id().to_owned()));
        let (renderer, localizer, record, code) = (
            Arc::clone(self.renderer),
            Arc::clone(self.localizer),
            Arc::clone(tenant),
            found.security_code.clone(),
        );
        tokio::task::spawn_blocking(move || renderer.slip(&record, &localizer, rows, &code, licence))
            .await
            .map_err(|error| BookingError::Rendering(error.to_string()))?
            .map_err(|error| BookingError::Rendering(error.to_string()))
    }
}
