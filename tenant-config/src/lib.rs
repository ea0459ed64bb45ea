//! A country's configuration as code: `tenant-config/<CODE>/tenant.toml` and its branding assets.
//!
//! [`load_dir`] reads and validates a folder; every problem is reported with the file, the key and the
//! reason, all at once, so a ministry can fix a file in one pass.

mod licence_file;
mod load;
mod model;
mod pattern;
mod problem;
pub(crate) mod validate;
mod write;

pub use licence_file::{LICENCE_FILE, read_licence};
pub use load::{LocaleCatalogue, load_dir};
pub use model::*;
pub use pattern::Pattern;

/// The demo countries whose folders `tenant-config/` ships, in the order `make demo` applies them.
pub const DEMO_COUNTRIES: [&str; 6] = ["IN", "BR", "EG", "UZ", "KE", "SN"];
pub use problem::{ConfigProblem, InvalidConfig};
pub use validate::facility::facility_problems;
pub use write::{WriteError, to_toml, write_dir};
