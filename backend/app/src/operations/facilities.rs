//! Facilities created and changed by ministry staff (those of tenant.toml change there), checked by the same rules
//! as the configuration's, each change audited; and many at once from a CSV file, line by line.

use std::collections::BTreeMap;

use cowin_core::LocalisedText;
use cowin_store::audit::record_in_tenant;
use cowin_store::operations::{FacilityListing, create_facility, deactivate_facility, facility_place, update_facility};
use cowin_store::tenants::TenantRecord;
use cowin_store::{Databases, TenantTxn};
use cowin_tenant_config::{Facility, FeeType, facility_problems};
use serde::Deserialize;
use serde_json::json;

use super::error::OperationsError;
use crate::staff::StaffMember;

/// The first problem of a facility by the configuration's rules, named by its field.
fn checked(tenant: &TenantRecord, facility: &Facility) -> Result<(), OperationsError> {
    match facility_problems(&tenant.config, facility).into_iter().next() {
        Some((field, _)) => Err(OperationsError::InvalidField(field)),
        None => Ok(()),
    }
}

/// One line of a facility import.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportedLine {
    /// The line of the file (the header is line 1).
    pub line: usize,
    /// The new centre's id, or why the line was refused.
    pub outcome: Result<i64, String>,
}

/// The columns of an import: `name,district_id,block,address,postal_code,lat,long,opens,closes,fee_type`.
#[derive(Debug, Deserialize)]
struct Row {
    name: String,
    district_id: i32,
    block: String,
    address: String,
    postal_code: String,
    lat: f64,
    long: f64,
    opens: String,
    closes: String,
    fee_type: String,
}

/// A tenant's facilities.
#[derive(Debug)]
pub struct Facilities<'a> {
    /// The pool.
    pub db: &'a Databases,
}

impl Facilities<'_> {
    /// The facilities `staff` works at, by district and id.
    pub async fn list(&self, tenant: &TenantRecord, staff: &StaffMember) -> Result<Vec<FacilityListing>, OperationsError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let found = staff.facilities(&txn).await?;
        txn.commit().await?;
        Ok(found)
    }

    /// Creates a facility in a district `staff` runs; its id.
    pub async fn create(&self, tenant: &TenantRecord, staff: &StaffMember, facility: &Facility) -> Result<i64, OperationsError> {
        checked(tenant, facility)?;
        if !staff.runs_district(facility.district_id) {
            return Err(OperationsError::Forbidden);
        }
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let id = create_facility(&txn, facility).await?;
        record_in_tenant(
            &txn,
            staff.id,
            "facility.create",
            id.to_string(),
            json!({ "district_id": facility.district_id }),
        )
        .await?;
        txn.commit().await?;
        Ok(id)
    }

    /// Replaces a staff-created facility, in (and into) a district `staff` runs.
    pub async fn update(&self, tenant: &TenantRecord, staff: &StaffMember, id: i64, facility: &Facility) -> Result<(), OperationsError> {
        checked(tenant, facility)?;
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let place = facility_place(&txn, id).await?.ok_or(OperationsError::FacilityNotFound)?;
        if !staff.runs_district(place.district_id) || !staff.runs_district(facility.district_id) {
            return Err(OperationsError::Forbidden);
        }
        if place.managed_by_config {
            return Err(OperationsError::ManagedByConfig);
        }
        update_facility(&txn, id, facility).await?;
        record_in_tenant(
            &txn,
            staff.id,
            "facility.update",
            id.to_string(),
            json!({ "district_id": facility.district_id }),
        )
        .await?;
        txn.commit().await?;
        Ok(())
    }

    /// Closes a staff-created facility to new sessions.
    pub async fn deactivate(&self, tenant: &TenantRecord, staff: &StaffMember, id: i64) -> Result<(), OperationsError> {
        let txn = TenantTxn::begin(self.db, tenant.code).await?;
        let place = facility_place(&txn, id).await?.ok_or(OperationsError::FacilityNotFound)?;
        if !staff.runs_district(place.district_id) {
            return Err(OperationsError::Forbidden);
        }
        if place.managed_by_config {
            return Err(OperationsError::ManagedByConfig);
        }
        deactivate_facility(&txn, id).await?;
        record_in_tenant(&txn, staff.id, "facility.deactivate", id.to_string(), json!({})).await?;
        txn.commit().await?;
        Ok(())
    }

    /// Imports facilities from CSV (names in the tenant's default language), each line created or refused on its
    /// own by the configuration's rules; one result per data line, each also handed to `progress` as it is known
    /// (a long file shows its progress). `by` is the staff member importing (lines outside their districts are
    /// refused, each facility is audited as theirs), or `None` for the operator's command line.
    pub async fn import(
        &self,
        tenant: &TenantRecord,
        by: Option<&StaffMember>,
        csv: &[u8],
        mut progress: impl FnMut(&ImportedLine),
    ) -> Result<Vec<ImportedLine>, OperationsError> {
        let localised = |text: &str| LocalisedText::new(BTreeMap::from([(tenant.default_locale.clone(), text.trim().to_owned())]));
        let mut reader = csv::Reader::from_reader(csv);
        let mut lines = Vec::new();
        for (index, row) in reader.deserialize::<Row>().enumerate() {
            // Line 1 is the header, so the first data row is line 2 of the file.
            let line = index + 2;
            let facility = row.map_err(|error| error.to_string()).and_then(|row| {
                let fee_type = match row.fee_type.trim() {
                    "Free" => FeeType::Free,
                    "Paid" => FeeType::Paid,
                    other => {
                        return Err(format!(
                            "fee_type: {other:?} is not Free or Paid (fees of paid facilities are set over the API)"
                        ));
                    }
                };
                let facility = Facility {
                    id: 0,
                    name: localised(&row.name),
                    district_id: row.district_id,
                    block: localised(&row.block),
                    address: row.address.trim().to_owned(),
                    postal_code: row.postal_code.trim().to_owned(),
                    lat: row.lat,
                    long: row.long,
                    opens: row.opens.trim().to_owned(),
                    closes: row.closes.trim().to_owned(),
                    fee_type,
                    vaccine_fees: Vec::new(),
                };
                let problems: Vec<String> = facility_problems(&tenant.config, &facility)
                    .into_iter()
                    .map(|(field, reason)| format!("{field}: {reason}"))
                    .collect();
                if !problems.is_empty() {
                    Err(problems.join("; "))
                } else if by.is_some_and(|staff| !staff.runs_district(facility.district_id)) {
                    Err(format!("district_id: {} is not one of your districts", facility.district_id))
                } else {
                    Ok(facility)
                }
            });
            let outcome = match facility {
                Ok(facility) => {
                    let txn = TenantTxn::begin(self.db, tenant.code).await?;
                    let id = create_facility(&txn, &facility).await?;
                    if let Some(staff) = by {
                        let detail = json!({ "district_id": facility.district_id, "imported": true });
                        record_in_tenant(&txn, staff.id, "facility.create", id.to_string(), detail).await?;
                    }
                    txn.commit().await?;
                    Ok(id)
                }
                Err(reason) => Err(reason),
            };
            let imported = ImportedLine { line, outcome };
            progress(&imported);
            lines.push(imported);
        }
        Ok(lines)
    }
}
