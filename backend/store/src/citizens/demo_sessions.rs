//! Demo availability: sessions for the next days at every configured facility, so `make demo` shows
//! real search results before staff can publish sessions themselves.

use chrono::{Days, NaiveDate, NaiveTime, Timelike};
use cowin_core::eligibility::Catalogue;
use cowin_tenant_config::TenantConfig;
use sea_orm::DbErr;
use uuid::Uuid;

use crate::TenantTxn;

/// Two-hour slots between opening and closing, in CoWIN's `09:00AM-11:00AM` form.
pub fn slots(opens: NaiveTime, closes: NaiveTime) -> Vec<String> {
    let label = |time: NaiveTime| {
        let (pm, hour) = time.hour12();
        format!("{hour:02}:{:02}{}", time.minute(), if pm { "PM" } else { "AM" })
    };
    let mut slots = Vec::new();
    let mut start = opens;
    while start < closes {
        let end = (start + chrono::Duration::hours(2)).min(closes);
        if end <= start {
            break;
        }
        slots.push(format!("{}-{}", label(start), label(end)));
        start = end;
    }
    slots
}

/// Creates sessions for `days` days from `today` at every facility: up to two vaccines in force each day,
/// chosen by rotation so centres differ. Existing sessions are left as they are. Returns sessions created.
pub async fn seed(txn: &TenantTxn, config: &TenantConfig, catalogue: &Catalogue, today: NaiveDate, days: u32) -> Result<u64, DbErr> {
    let mut created = 0;
    for (facility_index, facility) in config.facilities.iter().enumerate() {
        let opens = NaiveTime::parse_from_str(&facility.opens, "%H:%M").map_err(|error| DbErr::Custom(error.to_string()))?;
        let closes = NaiveTime::parse_from_str(&facility.closes, "%H:%M").map_err(|error| DbErr::Custom(error.to_string()))?;
        let slots = slots(opens, closes);
        for offset in 0..days {
            let date = today.checked_add_days(Days::new(u64::from(offset))).unwrap_or(today);
            let in_force: Vec<_> = config
                .vaccines
                .iter()
                .filter_map(|v| catalogue.rules(&v.code, date).map(|rules| (v, rules)))
                .collect();
            for pick in 0..in_force.len().min(2) {
                let Some((vaccine, rules)) = in_force.get((facility_index + offset as usize + pick) % in_force.len()) else {
                    continue;
                };
                let capacity = 40 + 10 * i32::try_from((facility_index + pick) % 5).unwrap_or(0);
                created += txn
                    .execute(
                        "INSERT INTO sessions (id, facility_id, date, vaccine_code, min_age, max_age, capacity_dose1, capacity_dose2, slots) \
                         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) ON CONFLICT (facility_id, date, vaccine_code) DO NOTHING",
                        vec![
                            Uuid::new_v4().into(),
                            facility.id.into(),
                            date.into(),
                            vaccine.code.as_str().into(),
                            i16::from(rules.min_age).into(),
                            rules.max_age.map(i16::from).into(),
                            capacity.into(),
                            capacity.into(),
                            slots.clone().into(),
                        ],
                    )
                    .await?;
            }
        }
    }
    Ok(created)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slots_cover_opening_hours_in_two_hour_steps() {
        let time = |text: &str| NaiveTime::parse_from_str(text, "%H:%M").unwrap();
        assert_eq!(
            slots(time("09:00"), time("17:00")),
            vec!["09:00AM-11:00AM", "11:00AM-01:00PM", "01:00PM-03:00PM", "03:00PM-05:00PM"]
        );
        assert_eq!(
            slots(time("08:00"), time("13:00")),
            vec!["08:00AM-10:00AM", "10:00AM-12:00PM", "12:00PM-01:00PM"]
        );
    }
}
