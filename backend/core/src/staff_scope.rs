//! Where a staff member may act: the whole tenant, some districts, some facilities, or nowhere.

use crate::StaffRole;

/// The places a staff member's role reaches.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum StaffScope {
    /// Tenant admins: every district and facility.
    Everywhere,
    /// District admins: these districts and their facilities.
    Districts(Vec<i32>),
    /// Facility managers and vaccinators: these facilities.
    Facilities(Vec<i64>),
    /// Verifiers and partner apps work at no facility.
    Nowhere,
}

impl StaffScope {
    /// The scope of `role` with the districts and facilities assigned to the person.
    pub fn of(role: StaffRole, districts: &[i32], facilities: &[i64]) -> Self {
        match role {
            StaffRole::TenantAdmin => Self::Everywhere,
            StaffRole::DistrictAdmin => Self::Districts(districts.to_vec()),
            StaffRole::FacilityManager | StaffRole::Vaccinator => Self::Facilities(facilities.to_vec()),
            StaffRole::Verifier | StaffRole::PartnerApp => Self::Nowhere,
        }
    }

    /// Whether the scope covers `facility`, which lies in `district`.
    pub fn covers_facility(&self, facility: i64, district: i32) -> bool {
        match self {
            Self::Everywhere => true,
            Self::Districts(districts) => districts.contains(&district),
            Self::Facilities(facilities) => facilities.contains(&facility),
            Self::Nowhere => false,
        }
    }

    /// Whether the scope runs all of `district` (facility staff run none).
    pub fn runs_district(&self, district: i32) -> bool {
        match self {
            Self::Everywhere => true,
            Self::Districts(districts) => districts.contains(&district),
            Self::Facilities(_) | Self::Nowhere => false,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_role_reaches_only_its_places() {
        let admin = StaffScope::of(StaffRole::TenantAdmin, &[], &[]);
        assert!(admin.covers_facility(9, 9) && admin.runs_district(9));
        let district = StaffScope::of(StaffRole::DistrictAdmin, &[5], &[]);
        assert!(district.covers_facility(1, 5) && !district.covers_facility(1, 6));
        assert!(district.runs_district(5) && !district.runs_district(6));
        let vaccinator = StaffScope::of(StaffRole::Vaccinator, &[5], &[1]);
        assert!(vaccinator.covers_facility(1, 6) && !vaccinator.covers_facility(2, 5));
        assert!(!vaccinator.runs_district(5));
        let verifier = StaffScope::of(StaffRole::Verifier, &[5], &[1]);
        assert!(!verifier.covers_facility(1, 5) && !verifier.runs_district(5));
    }
}
