//! A signed-in staff member as the use cases see them: who, which role, where their role reaches.

use cowin_core::{StaffRole, StaffScope};
use cowin_store::operations::{self, FacilityListing, FacilityPlace};
use cowin_store::{DbErr, TenantTxn};
use uuid::Uuid;

/// A staff member whose token verified and whose role the policy allowed for the action at hand.
#[derive(Debug, Clone)]
pub struct StaffMember {
    /// Staff id.
    pub id: Uuid,
    /// Display name.
    pub name: String,
    /// Role.
    pub role: StaffRole,
    /// Districts (district admins).
    pub district_ids: Vec<i32>,
    /// Facilities (facility managers, vaccinators).
    pub facility_ids: Vec<i64>,
}

impl StaffMember {
    /// Where this person's role reaches.
    pub fn scope(&self) -> StaffScope {
        StaffScope::of(self.role, &self.district_ids, &self.facility_ids)
    }

    /// Whether this person works at `facility` (in `district`): tenant admins everywhere, district admins in
    /// their districts, facility managers and vaccinators at their facilities.
    pub fn works_at(&self, facility: i64, district: i32) -> bool {
        self.scope().covers_facility(facility, district)
    }

    /// Whether this person runs `district`: tenant admins everywhere, district admins their own.
    pub fn runs_district(&self, district: i32) -> bool {
        self.scope().runs_district(district)
    }

    /// The facility, if it exists and this person works there (an unknown facility and one elsewhere are the same
    /// answer, so ids cannot be probed).
    pub async fn facility(&self, txn: &TenantTxn, facility: i64) -> Result<Option<FacilityPlace>, DbErr> {
        Ok(operations::facility_place(txn, facility)
            .await?
            .filter(|place| self.works_at(facility, place.district_id)))
    }

    /// The facilities this person works at: every facility of the tenant, of their districts, or their own.
    pub async fn facilities(&self, txn: &TenantTxn) -> Result<Vec<FacilityListing>, DbErr> {
        match self.scope() {
            StaffScope::Everywhere => operations::facilities(txn, None, None).await,
            StaffScope::Districts(districts) => operations::facilities(txn, Some(&districts), None).await,
            StaffScope::Facilities(facilities) => operations::facilities(txn, None, Some(&facilities)).await,
            StaffScope::Nowhere => Ok(Vec::new()),
        }
    }

    /// How the audit log names this person.
    pub fn actor(&self) -> String {
        self.id.to_string()
    }
}
