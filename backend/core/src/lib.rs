//! Domain types and rules of CoWIN Global.
//!
//! Nothing here does I/O or knows about actix or sea-orm, so the rules can be tested in microseconds.
//! Values arrive here already parsed: every type has private fields and a `parse` constructor.

/// The platform attribution every page and certificate carries, outside what tenant branding controls (MoU:
/// attribution kept).
pub const ATTRIBUTION: &str = "CoWIN — provided free by the National Health Authority, Government of India; not for sale";

pub mod beneficiary_ref;
pub mod document_number;
pub mod dose_judgement;
pub mod eligibility;
pub mod error_code;
pub mod hostname;
pub mod idempotency_key;
mod iso3166;
pub mod locale;
pub mod localised_text;
pub mod mobile;
pub mod passport_number;
pub mod person_name;
pub mod staff_role;
pub mod staff_scope;
pub mod tenant;
pub mod tenant_code;
pub mod vaccine;

pub use beneficiary_ref::BeneficiaryRef;
pub use document_number::DocumentNumber;
pub use error_code::{ErrorCode, MessageArg};
pub use hostname::Hostname;
pub use idempotency_key::IdempotencyKey;
pub use locale::LocaleTag;
pub use localised_text::LocalisedText;
pub use mobile::Mobile;
pub use passport_number::PassportNumber;
pub use person_name::PersonName;
pub use staff_role::StaffRole;
pub use staff_scope::StaffScope;
pub use tenant::TenantStatus;
pub use tenant_code::{SchemaName, TenantCode};
