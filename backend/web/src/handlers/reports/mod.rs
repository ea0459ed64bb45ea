//! Campaign reports for ministries: doses by day, area, vaccine and dose number, and coverage; as JSON for the
//! console's charts and as CSV for spreadsheets.

pub(crate) mod dose_csv;
pub(crate) mod doses;
mod view;
