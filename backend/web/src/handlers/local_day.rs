//! Today, where the tenant is.

use chrono::NaiveDate;
use cowin_store::tenants::TenantRecord;

/// Today's date in the tenant's time zone (validated at `tenant check`; UTC if it were ever unreadable).
pub(crate) fn today(tenant: &TenantRecord) -> NaiveDate {
    let now = chrono::Utc::now();
    match tenant.time_zone.parse::<chrono_tz::Tz>() {
        Ok(zone) => now.with_timezone(&zone).date_naive(),
        Err(_) => now.date_naive(),
    }
}
